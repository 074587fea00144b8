/**
 * `npm run bench:page -- --lists 13,1000`: the generic lists of the budget test (issue 21), in
 * each presentation × grouping at each length, built with the demo's options and measured as the
 * test measures them: the DOM elements of every page, and each representative page (page 1, the
 * last page, a publisher's first and last page) at 1366×768, cache disabled, gzip. Prints one
 * table per length, the same figures side by side as Markdown (documentation/accessibilite.md
 * quotes it), then as JSON so runs can be compared over time.
 */
import type { Browser } from "playwright-core";
import { buildItemList, listCases } from "../tests/helpers/item-lists.ts";
import { figuresRow, measureList, summarize, type ListFigures } from "../tests/helpers/list-figures.ts";
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
  console.log(`\n${markdownTable(all, counts)}\n`);
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

const decimal = (n: number) => n.toFixed(1).replace(".", ",");

/** One row per presentation × grouping, and for each length: DOM max, KB, requests, EcoIndex. */
function markdownTable(all: readonly ListFigures[], counts: readonly number[]): string {
  const head = counts.map((c) => `${c.toLocaleString("fr-FR")} éléments : DOM max · Ko · requêtes · EcoIndex`);
  const lines = [`| présentation | regroupement | ${head.join(" | ")} |`, `| --- | --- | ${counts.map(() => "---").join(" | ")} |`];
  const keys = [...new Set(all.map((f) => `${f.listCase.presentation} ${f.listCase.groupBy}`))];
  for (const key of keys) {
    const cells = counts.map((count) => {
      const f = all.find((x) => `${x.listCase.presentation} ${x.listCase.groupBy}` === key && x.listCase.count === count);
      if (!f) return "—";
      const s = summarize(f);
      return `${s.domMax} · ${decimal(s.kilobytes)} · ${s.requests} · ${decimal(s.worst.ecoIndex)} (${s.worst.grade})`;
    });
    lines.push(`| ${key.replace(" ", " | ")} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}
