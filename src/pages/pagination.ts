/**
 * A long list cut into pages, computed once per build: Eleventy cannot nest pagination (a page
 * per ministry, then pages of that ministry's plans), so every page a list shows is precomputed
 * here, each with its URL, its number, the total and its plans, and the templates paginate over
 * these chunks one at a time. Page 1 keeps the list's URL; page N is `<url>page/N/`, stable as
 * long as the data's order is.
 *
 * Plans are laid out in the order of the list's headings (newest year first for the plans list,
 * the editor's order within a heading), so that the headings follow each other from page to page,
 * and each heading's first page is known.
 */
import type { Plan } from "../model.ts";
import { besidePage } from "../export/urls.ts";
import { inGroupOrder, type GroupRules } from "./groups.ts";

/** The URL segment of pages 2..N: reserved, so no ministry slug can take it. */
export const PAGE_SEGMENT = "page";

export interface PageLink {
  number: number;
  url: string;
}

/** What the DSFR pagination component shows (`fr-pagination`), without JavaScript. */
export interface PaginationLinks {
  /** Absent on page 1 (the link is then shown disabled, as DSFR asks). */
  previous?: PageLink;
  /** Absent on the last page. */
  next?: PageLink;
  first: PageLink;
  last: PageLink;
  /** The numbered links, in order; `gapBefore`: a « … » comes before this one. */
  pages: Array<PageLink & { current: boolean; gapBefore: boolean }>;
}

export interface ListPage {
  /** The list's own URL (page 1's). */
  listUrl: string;
  url: string;
  /** 1-based. */
  number: number;
  total: number;
  plans: Plan[];
  /**
   * The list is longer than `cards`: its documents show as DSFR download links, 3 DOM elements
   * each instead of a card's 15, so that a page of `pageSize` stays within the page budget and a
   * list of 10,000 documents needs 5 times fewer pages than cards would.
   */
  rows: boolean;
  /** Absent when the list fits on one page: nothing changes then. */
  pagination?: PaginationLinks;
  /** The page's title, description, JSON-LD and crumb, once the list's pages are described (`describePages`). */
  meta?: PageMeta;
}

/** What a page of a list says of itself: in its head, to search engines, in its breadcrumb. */
export interface PageMeta {
  title?: string;
  description?: string;
  /** Serialised, ready for a `<script type="application/ld+json">`. */
  jsonLd?: string;
  /** Pages 2..N: their parent navigation key and their crumb (« Page 2 »). */
  crumb?: { parent: string; title: string };
}

export interface PageSizes {
  /** A list of at most this many documents is one page of cards, as the plugin always showed it. */
  cards: number;
  /** Documents per page of a longer list. */
  pageSize: number;
}

/** `/plans/` → `/plans/page/3/`; page 1 is the list's URL itself. */
export function pageUrl(listUrl: string, number: number): string {
  return number === 1 ? listUrl : besidePage(listUrl, `${PAGE_SEGMENT}/${number}/`);
}

/**
 * Up to `cards` plans: one page of cards, every plan as given. Beyond: rows, in the order of the
 * list's headings (`rules`: by year by default, as the plans list), in pages of `pageSize` (one
 * page, without pagination, when they fit).
 */
export function paginatePlans(
  plans: readonly Plan[],
  listUrl: string,
  { cards, pageSize }: PageSizes,
  rules: GroupRules = { groupBy: "year", categories: [] },
): ListPage[] {
  if (plans.length <= cards) return [{ listUrl, url: listUrl, number: 1, total: 1, plans: [...plans], rows: false }];
  const ordered = inGroupOrder(plans, rules);
  const total = Math.max(1, Math.ceil(ordered.length / pageSize));
  return Array.from({ length: total }, (_, i) => ({
    listUrl,
    url: pageUrl(listUrl, i + 1),
    number: i + 1,
    total,
    plans: ordered.slice(i * pageSize, (i + 1) * pageSize),
    rows: true,
    ...(total > 1 ? { pagination: paginationLinks(listUrl, i + 1, total) } : {}),
  }));
}

/**
 * DSFR's pattern: first, previous, numbers, next, last. The numbers are the first and the last
 * page (so the total is always shown) and the current page with its neighbours, a « … » for each
 * gap: at most 5 numbers, within DSFR's 5 to 7, and few DOM elements on every page.
 */
export function paginationLinks(listUrl: string, current: number, total: number): PaginationLinks {
  const link = (number: number): PageLink => ({ number, url: pageUrl(listUrl, number) });
  const shown = [...new Set([1, current - 1, current, current + 1, total])].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  return {
    first: link(1),
    last: link(total),
    ...(current > 1 ? { previous: link(current - 1) } : {}),
    ...(current < total ? { next: link(current + 1) } : {}),
    pages: shown.map((number, i) => ({ ...link(number), current: number === current, gapBefore: i > 0 && number - shown[i - 1]! > 1 })),
  };
}

export interface YearLink {
  year: number;
  /** The first page showing this year's plans. */
  url: string;
}

/** Where each year starts in a paginated list: a visitor reaches any year in one step. */
export function yearLinks(pages: readonly ListPage[]): YearLink[] {
  if (pages.length < 2) return [];
  const out: YearLink[] = [];
  for (const page of pages) {
    for (const plan of page.plans) {
      if (plan.year !== undefined && out.at(-1)?.year !== plan.year) out.push({ year: plan.year, url: page.url });
    }
  }
  return out;
}
