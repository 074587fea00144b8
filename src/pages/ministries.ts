/**
 * One static page per ministry, so visitors filter the plans without JavaScript: a stable,
 * readable slug, the ministry's plans of every year, and its place in the navigation under the
 * plans page.
 */
import type { Plan, PlansData } from "../model.ts";
import { besidePage } from "../export/urls.ts";
import { PAGE_SEGMENT } from "./pagination.ts";

export interface MinistryPage {
  /** The ministry's name as the data writes it. */
  title: string;
  /** `ministere-de-la-culture`. */
  slug: string;
  /** `/publications/plans-action-ministeres/ministere-de-la-culture/`. */
  url: string;
  plans: Plan[];
  /** Its years, newest first. */
  years: number[];
}

/** Latin letters that Unicode does not decompose into a base letter and its accents. */
const UNSPLIT_LETTERS: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss", ø: "o", Ø: "o", đ: "d", Đ: "d", ł: "l", Ł: "l" };

/**
 * `Ministère de l’Éducation nationale` → `ministere-de-l-education-nationale`: accents removed by
 * Unicode decomposition (NFKD), `œ` and `æ` spelt out, `&` read « et », everything but letters and
 * digits a hyphen. On French names it gives the slugs of @sindresorhus/slugify, Eleventy's
 * `slugify` filter (a test compares them), but keeps `œ` (« Œuvre » → `oeuvre`, where slugify
 * drops it: `uvre`), and without its cost: slugify builds some 2,000 regular expressions per
 * call (documentation/performances.md).
 */
export function ministrySlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[œŒæÆßøØđĐłŁ]/g, (letter) => UNSPLIT_LETTERS[letter]!)
    .replace(/&/g, " et ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The ministries in the order they first appear in the data. Two names that fold to the same
 * slug get `-2`, `-3`… in that order, so no page overwrites another. `page` is taken from the
 * start: the plans page's pages 2..N live at `<url>page/N/` (a ministry named « Page » gets `page-2`).
 */
export function ministryPages(data: PlansData, pageUrl: string): MinistryPage[] {
  const byName = new Map<string, Plan[]>();
  for (const plan of data.plans) {
    if (plan.ministry === undefined) continue; // an item without a publisher is on the list's page only
    const list = byName.get(plan.ministry);
    if (list) list.push(plan);
    else byName.set(plan.ministry, [plan]);
  }
  const taken = new Set<string>([PAGE_SEGMENT]);
  return [...byName].map(([title, plans]) => {
    const base = ministrySlug(title) || (data.list.itemsKey === "items" ? "editeur" : "ministere");
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    const years = [...new Set(plans.flatMap((p) => (p.year === undefined ? [] : [p.year])))].sort((a, b) => b - a);
    return { title, slug, url: besidePage(pageUrl, `${slug}/`), plans, years };
  });
}
