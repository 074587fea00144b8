/**
 * `npm run bench:page -- --lists 13,1000`: the generic lists of the budget test (issue 21), in
 * each presentation × grouping at each length, built with the demo's options and measured as the
 * test measures them: the DOM elements of every page, and each representative page (page 1, the
 * last page, a publisher's first and last page) at 1366×768, cache disabled, gzip. Prints one
 * table per length, then the figures as JSON so runs can be compared over time.
 */
import type { Browser } from "playwright-core";
import { buildItemList, listCases } from "../tests/helpers/item-lists.ts";
import { figuresRow, measureList, type ListFigures } from "../tests/helpers/list-figures.ts";
import { PAGE_BUDGET } from "../tests/helpers/measure-page.ts";

export async function benchLists(browser: Browser, counts: readonly number[]): Promise<void> {
  const all: ListFigures[] = [];
  for (const count of counts) {
    const rows: Array<Record<string, string | number>> = [];
    for (const listCase of listCases([count])) {
      const list = await buildItemList(listCase);
      try {
        const figures = await measureList(browser, list);
        all.push(figures);
        rows.push(figuresRow(figures));
      } finally {
        await list.close();
      }
    }
    console.log(
      `\nListes de ${count} éléments, par présentation et regroupement : le plus d’éléments DOM sur toutes leurs pages (budget ≤ ${PAGE_BUDGET.domElements}), ` +
        `et sur leurs pages représentatives le plus de Ko et de requêtes, le plus bas EcoIndex (1366×768, cache désactivé, gzip)\n`,
    );
    console.table(rows);
  }
  console.log(
    JSON.stringify(
      all.map((f) => ({
        ...f.listCase,
        pages: f.pages,
        domMax: f.domMax,
        kinds: Object.fromEntries(
          Object.entries(f.kinds).map(([kind, p]) => [
            kind,
            { page: new URL(p.url).pathname, kilobytes: Number(p.kilobytes.toFixed(1)), requests: p.requests, domElements: p.domElements, ecoIndex: Number(p.ecoIndex.toFixed(1)), grade: p.grade },
          ]),
        ),
      })),
    ),
  );
}
