/**
 * The figures of a generic list's pages, for its budget test and `npm run bench:page -- --lists`:
 * the DOM elements of every page (Chromium, once loaded), and what each representative page costs
 * a visitor, measured as EcoIndex measures it (`measurePage`).
 */
import type { Browser } from "playwright-core";
import { caseName, pageKinds, type BuiltList, type ListCase } from "./item-lists.ts";
import { BUDGET_VIEWPORT, measurePage, type PageFigures } from "./measure-page.ts";

/**
 * DOM elements of each page at `origin + url`, as Chromium counts them once the page has loaded
 * and its scripts have run (two frames after `load`). One tab for all: about 0.15 s a page.
 */
export async function countDomElements(browser: Browser, origin: string, urls: readonly string[]): Promise<Map<string, number>> {
  const context = await browser.newContext({ viewport: BUDGET_VIEWPORT });
  try {
    const tab = await context.newPage();
    const counts = new Map<string, number>();
    for (const url of urls) {
      await tab.goto(origin + url, { waitUntil: "load" });
      const count = await tab.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return document.getElementsByTagName("*").length;
      });
      counts.set(url, count);
    }
    return counts;
  } finally {
    await context.close();
  }
}

export interface ListFigures {
  listCase: ListCase;
  pages: number;
  /** The most DOM elements on any page of the list, and that page. */
  domMax: { count: number; url: string };
  /** Each representative page (`pageKinds`), measured. */
  kinds: Record<string, PageFigures>;
}

/** Counts every page's DOM elements and measures the list's representative pages. */
export async function measureList(browser: Browser, list: BuiltList): Promise<ListFigures> {
  const counts = await countDomElements(browser, list.origin, list.pages);
  const [url, count] = [...counts].reduce((most, entry) => (entry[1] > most[1] ? entry : most));
  const kinds: Record<string, PageFigures> = {};
  for (const [kind, page] of Object.entries(pageKinds(list.pages))) kinds[kind] = await measurePage(browser, list.origin + page);
  return { listCase: list.listCase, pages: list.pages.length, domMax: { count, url }, kinds };
}

/**
 * A list's figures in four: its largest DOM, and over its representative pages the most bytes
 * and requests, and the lowest EcoIndex (with the page that has it).
 */
export function summarize(f: ListFigures): { domMax: number; kilobytes: number; requests: number; worst: { kind: string; ecoIndex: number; grade: string } } {
  const measured = Object.entries(f.kinds);
  const [kind, page] = measured.reduce((low, entry) => (entry[1].ecoIndex < low[1].ecoIndex ? entry : low));
  return {
    domMax: f.domMax.count,
    kilobytes: Math.max(...measured.map(([, p]) => p.kilobytes)),
    requests: Math.max(...measured.map(([, p]) => p.requests)),
    worst: { kind, ecoIndex: page.ecoIndex, grade: page.grade },
  };
}

/** One row of `summarize` for `console.table`. */
export function figuresRow(f: ListFigures): Record<string, string | number> {
  const s = summarize(f);
  return {
    liste: caseName(f.listCase),
    pages: f.pages,
    "éléments DOM (max)": s.domMax,
    "Ko transférés (max)": Number(s.kilobytes.toFixed(1)),
    "requêtes (max)": s.requests,
    "EcoIndex (min)": `${s.worst.ecoIndex.toFixed(1)} (${s.worst.grade})`,
    "page la moins bonne": s.worst.kind,
  };
}
