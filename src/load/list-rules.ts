/**
 * A list's rules (`list:` in the data file): how it shows its items and what each must have. A
 * plans file without `list:` gets the rules that reproduce the plans page (cards by year, every
 * plan with its ministry).
 */
import type { ListRules } from "../model.ts";
import type { ListInput, Requirable } from "../schema-items.ts";
import type { RuleContext } from "../validate/context.ts";

export function listRules(ctx: RuleContext, itemsKey: ListRules["itemsKey"], input: unknown): ListRules {
  const list = (input && typeof input === "object" && !Array.isArray(input) ? input : {}) as Partial<ListInput>;
  const plans = itemsKey === "plans";
  const categories = Array.isArray(list.categories) ? list.categories.filter((c): c is string => typeof c === "string").map((c) => c.trim()) : [];
  const groupBy = list.groupBy ?? (plans ? "year" : "none");
  if (groupBy === "category" && categories.length === 0) {
    ctx.report(
      "erreur",
      ["list", "groupBy"],
      "la liste est regroupée par catégorie, mais ses catégories ne sont pas déclarées",
      "Ajoutez dans « list: » la liste des catégories dans leur ordre d’affichage, par exemple « categories: [Guides, Études, Vidéos] »",
    );
  }
  const required = new Set<Requirable>(Array.isArray(list.required) ? list.required : []);
  if (plans) required.add("publisher");
  return {
    itemsKey,
    presentation: list.presentation ?? "cards",
    groupBy,
    categories,
    required: [...required],
  };
}

/** Why an item must have `field` in this list: its `required`, or its grouping. */
export function requiredBecause(rules: ListRules, field: Requirable): string | undefined {
  const grouping = { date: "year", category: "category", publisher: "publisher" } as const;
  if (field in grouping && rules.groupBy === grouping[field as keyof typeof grouping]) {
    return `la liste est regroupée par ${{ year: "année", category: "catégorie", publisher: "éditeur" }[rules.groupBy as "year"]} (groupBy: ${rules.groupBy})`;
  }
  return rules.required.includes(field) ? `la liste l’exige (list.required)` : undefined;
}
