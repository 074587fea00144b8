/**
 * The page budgets of a generic list (issue 21), in each presentation (cards, tiles, downloads,
 * links) and each grouping (category, year, publisher, none), at 13 and 1,000 items: the
 * realistic items of `item-lists.ts`, built with the demo's options and served like a real host.
 * - every page of the list (pages 1..N, every publisher's pages): at most 300 DOM elements, as
 *   Chromium counts them once the page has loaded, and valid HTML for html-validate;
 * - its first page and a publisher's first page: EcoIndex grade A as the budget test measures it
 *   (`measurePage`), within the page's 180 KB, and no axe violation.
 * One browser for the whole file; each site is built once, before its tests, and removed after.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser, withPage } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { buildItemList, caseName, listCases, pageKinds, type BuiltList } from "../helpers/item-lists.ts";
import { countDomElements } from "../helpers/list-figures.ts";
import { formatFigures, measurePage, PAGE_BUDGET } from "../helpers/measure-page.ts";

const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData);

/** The kinds of page each length has: a 13-item list fits on one page; 1,000 items take pages. */
const KINDS = {
  13: ["page 1", "page d’un éditeur"],
  1000: ["page 1", "dernière page", "page d’un éditeur", "dernière page d’un éditeur"],
} as const;
/**
 * The pages measured in full (EcoIndex, axe): the list's first page and a publisher's, the two
 * templates a list has. A last page is the same template with fewer items (its DOM is counted
 * with every page's); `npm run bench:page -- --lists` measures it too.
 */
const MEASURED = ["page 1", "page d’un éditeur"] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function htmlErrors(list: BuiltList, url: string): Promise<string[]> {
  const report = await validator.validateString(await readFile(list.fileOf(url), "utf8"), url);
  return report.results.flatMap((r) => r.messages.map((m) => `${url} ${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

const described = listCases().map((c) => [`a list of ${c.count} items as ${c.presentation} grouped by ${c.groupBy}`, c] as const);

describe.each(described)("%s", (_name, listCase) => {
  let list: BuiltList;
  let kinds: Record<string, string>;
  beforeAll(async () => {
    list = await buildItemList(listCase);
    kinds = pageKinds(list.pages);
  }, 180_000);
  afterAll(async () => {
    await list?.close();
  });

  it(`every page of the list has at most ${PAGE_BUDGET.domElements} DOM elements and is valid HTML`, async () => {
    expect(Object.keys(kinds)).toEqual(KINDS[listCase.count as keyof typeof KINDS]);
    const counts = await countDomElements(browser, list.origin, list.pages);
    const over = [...counts].filter(([, count]) => count > PAGE_BUDGET.domElements).map(([url, count]) => `${url} : ${count} éléments`);
    const invalid: string[] = [];
    for (const url of list.pages) invalid.push(...(await htmlErrors(list, url)));
    console.log(`${caseName(listCase)} : ${list.pages.length} pages, au plus ${Math.max(...counts.values())} éléments DOM`);
    expect.soft(over, "pages de plus de 300 éléments DOM").toEqual([]);
    expect.soft(invalid, "html-validate").toEqual([]);
  }, 300_000);

  for (const kind of MEASURED) {
    it(`${kind}: EcoIndex grade A (≤ ${PAGE_BUDGET.domElements} elements, ≤ ${PAGE_BUDGET.kilobytes} KB), no axe violation`, async () => {
      const url = list.origin + kinds[kind]!;
      const figures = await measurePage(browser, url);
      console.log(`${caseName(listCase)}, ${kind} : ${formatFigures(figures)}`);
      const violations = await withPage(browser, (page) => runAxe(page), { url, bypassCSP: true });
      // Soft: a page over one budget still reports the others.
      for (const r of figures.resources) expect.soft(r.status, r.url).toBe(200);
      expect.soft(figures.domElements, "éléments DOM").toBeLessThanOrEqual(PAGE_BUDGET.domElements);
      expect.soft(figures.kilobytes, "Ko transférés").toBeLessThanOrEqual(PAGE_BUDGET.kilobytes);
      expect.soft(figures.grade, `EcoIndex ${figures.ecoIndex.toFixed(1)}`).toBe("A");
      expect.soft(violations, "axe").toEqual([]);
    });
  }
});
