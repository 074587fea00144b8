/**
 * Two plans may not share a link, nor a ministry and a title: the second is reported, naming the
 * first and its line, so an editor finds both.
 */
import type { RuleContext } from "./context.ts";

export function duplicateChecker(ctx: RuleContext): { check(index: number, plan: Record<string, unknown>, linkLeadsSomewhere: boolean): void } {
  const byLink = new Map<string, number>();
  const byTitle = new Map<string, number>();
  return {
    check(index, plan, linkLeadsSomewhere) {
      const at = ["plans", index] as const;
      // Only links that lead somewhere: a wrong link has its own message, not also a duplicate's.
      if (linkLeadsSomewhere && typeof plan.link === "string") {
        const key = plan.link.trim();
        const first = byLink.get(key);
        if (first !== undefined) {
          ctx.report(
            "erreur",
            [...at, "link"],
            `le même lien figure déjà dans plans[${first}] (ligne ${ctx.positions.valueAt(["plans", first, "link"]).line})`,
            "Supprimez le doublon ou corrigez le lien de l’un des deux documents",
          );
        } else byLink.set(key, index);
      }
      if (typeof plan.ministry === "string" && typeof plan.title === "string") {
        const key = `${plan.ministry.trim().toLowerCase()}\u0000${plan.title.trim().toLowerCase()}`;
        const first = byTitle.get(key);
        if (first !== undefined) {
          ctx.report(
            "erreur",
            [...at, "title"],
            `le même ministère a déjà un document de ce titre dans plans[${first}] (ligne ${ctx.positions.valueAt(["plans", first, "title"]).line})`,
            "Supprimez le doublon ou précisez le titre (par exemple avec l’année)",
          );
        } else byTitle.set(key, index);
      }
    },
  };
}
