/**
 * The page's building blocks as universal shortcodes, for a site that writes its own page in any
 * template language (Nunjucks, Liquid, 11ty.js, Markdown through either):
 *
 *   {% documentList %}                    title, update date, intro, filter, items, open data
 *   {% documentListItems %}               the items, grouped as the list says; on a long list,
 *                                         page 1's and the pagination to pages 2..N
 *   {% documentListItems "guides", 3 %}   …of the list `guides`, items titled h3 (groups h3, items h4)
 *   {% documentListPublishers %}          the filter by publisher (links to the publisher pages)
 *   {% documentListDownloads %}           the open-data files and the feed
 *   {% documentListHead %}                for <head>: the feed's link and the JSON-LD
 *
 * The first names still work: plansActionBody, plansActionGrid, plansActionMinistries,
 * plansActionDownloads, plansActionHead.
 *
 * The first argument names the list (its `dataKey`); it may be left out when the site has one.
 * Each renders the same Nunjucks component the plugin's own page includes.
 */
import type { ListState } from "./state.ts";
import { plansPageJsonLd } from "./pages/page-meta.ts";

const BODY = "plans-action/body.njk";
const ITEMS = "plans-action/list.njk";
const PUBLISHERS = "plans-action/ministries.njk";
const DOWNLOADS = "plans-action/downloads.njk";
const HEAD = "plans-action/head.njk";

/**
 * Each shortcode's component. The neutral names (`documentList…`) read naturally for any list; the
 * first names (`plansAction…`) keep working and render the same.
 */
export const SHORTCODES = {
  documentList: BODY,
  documentListItems: ITEMS,
  documentListPublishers: PUBLISHERS,
  documentListDownloads: DOWNLOADS,
  documentListHead: HEAD,
  plansActionBody: BODY,
  plansActionGrid: ITEMS,
  plansActionMinistries: PUBLISHERS,
  plansActionDownloads: DOWNLOADS,
  plansActionHead: HEAD,
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
    plansActionJsonLd: SHORTCODES[shortcode] === HEAD ? (list.outputs?.pages[0]?.meta?.jsonLd ?? plansPageJsonLd(list.data, list.opts, list.base)) : undefined,
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
