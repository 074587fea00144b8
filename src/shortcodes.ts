/**
 * The page's building blocks as universal shortcodes, for a site that writes its own page in any
 * template language (Nunjucks, Liquid, 11ty.js, Markdown through either):
 *
 *   {% plansActionBody %}                 title, update date, intro, filter, cards, open data
 *   {% plansActionGrid %}                 the cards, grouped by year when there are several; on a
 *                                         long list, page 1's and the pagination to pages 2..N
 *   {% plansActionGrid "guides", 3 %}     …of the list `guides`, cards titled h3 (years h3, cards h4)
 *   {% plansActionMinistries %}           the filter by ministry (links to the ministry pages)
 *   {% plansActionDownloads %}            the open-data files and the feed
 *   {% plansActionHead %}                 for <head>: the feed's link and the JSON-LD
 *
 * The first argument names the list (its `dataKey`); it may be left out when the site has one.
 * Each renders the same Nunjucks component the plugin's own page includes.
 */
import type { ListState } from "./state.ts";
import { plansPageJsonLd } from "./pages/page-meta.ts";

export const SHORTCODES = {
  plansActionBody: "plans-action/body.njk",
  plansActionGrid: "plans-action/list.njk",
  plansActionMinistries: "plans-action/ministries.njk",
  plansActionDownloads: "plans-action/downloads.njk",
  plansActionHead: "plans-action/head.njk",
} as const;

export type ShortcodeName = keyof typeof SHORTCODES;

export interface Renderer {
  render(name: string, context: Record<string, unknown>): string;
}

export class ShortcodeError extends Error {
  override name = "Error";
}

/** The list a shortcode names, or the only one; a French error naming the lists otherwise. */
export function pickList(lists: ReadonlyMap<string, ListState>, shortcode: string, name: unknown): ListState {
  const names = [...lists.keys()];
  if (name === undefined || name === null || name === "") {
    if (lists.size === 1) return lists.get(names[0]!)!;
    throw new ShortcodeError(
      `plans-action : {% ${shortcode} %} ne dit pas quelle liste afficher, et le site en a ${names.length} (${names.join(", ")}). Écrivez par exemple {% ${shortcode} "${names[0]}" %}.`,
    );
  }
  const list = lists.get(String(name));
  if (list) return list;
  throw new ShortcodeError(
    `plans-action : {% ${shortcode} "${String(name)}" %} : aucune liste ne s’appelle « ${String(name)} ». Listes du site : ${names.join(", ")} (l’option dataKey de chaque addPlugin).`,
  );
}

/**
 * One shortcode's HTML. Blank lines are dropped, so that Markdown keeps the whole block as HTML
 * (a blank line would end it, and the next indented line would become a code block).
 */
export function renderShortcode(
  renderer: Renderer | undefined,
  shortcode: ShortcodeName,
  list: ListState,
  page: unknown,
  headingLevel?: unknown,
): string {
  if (!list.data) return "";
  if (!renderer) {
    throw new ShortcodeError(
      `plans-action : {% ${shortcode} %} ne peut pas s’afficher : le moteur Nunjucks d’Eleventy n’est pas chargé. Ajoutez "njk" aux templateFormats du site.`,
    );
  }
  const level = Number(headingLevel);
  const context = {
    plansActionData: list.data,
    plansActionSettings: list.settings,
    plansActionOutputs: list.outputs,
    // Page 1's, as the generated page 1 has it (on a long list, its first page of documents).
    plansActionJsonLd: shortcode === "plansActionHead" ? (list.outputs?.pages[0]?.meta?.jsonLd ?? plansPageJsonLd(list.data, list.opts, list.base)) : undefined,
    // Page 1 of the list: the generated pages 2..N follow it (see plansPageTemplates).
    listPage: list.outputs?.pages[0],
    plans: list.outputs?.pages[0]?.plans ?? list.data.plans,
    headingLevel: level >= 2 && level <= 6 ? Math.trunc(level) : list.settings.headingLevel,
    page,
  };
  return renderer
    .render(SHORTCODES[shortcode], context)
    .split("\n")
    .filter((line) => line.trim() !== "")
    .join("\n");
}
