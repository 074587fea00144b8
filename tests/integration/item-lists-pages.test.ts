/**
 * A generic list of 1,000 items in each presentation and grouping: cut into pages of rows that
 * follow its headings from page to page, each page valid for html-validate and within 300 DOM
 * elements, page 1 linking where each heading starts (years, categories, publishers).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GROUPINGS, PRESENTATIONS } from "../../src/schema-items.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { attr, elements, parseHtml } from "../helpers/html.ts";
import { buildItems, CATEGORIES, ITEMS_URL, itemsRoot, itemsYaml, manyItems } from "../helpers/items-site.ts";

const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
const validator = new HtmlValidate(config);
const root = itemsRoot();
afterAll(() => root.remove());
const ITEMS = manyItems(1000);

/** The list's pages 1..N, in order. */
function listPages(pages: Map<string, string>): string[] {
  const out = [pages.get(ITEMS_URL)!];
  for (let n = 2; pages.has(`${ITEMS_URL}page/${n}/`); n += 1) out.push(pages.get(`${ITEMS_URL}page/${n}/`)!);
  return out;
}
/** The headings of the list, page after page, a heading continued on the next page counted once. */
function headingRun(htmls: string[]): string[] {
  const run: string[] = [];
  for (const html of htmls) {
    for (const h of parseHtml(html).querySelectorAll("main h2[id]")) if (run.at(-1) !== h.text) run.push(h.text);
  }
  return run;
}

describe.each(PRESENTATIONS)("1,000 items, presentation %s", (presentation) => {
  describe.each(GROUPINGS)("grouped by %s", (groupBy) => {
    let pages: Map<string, string>;
    let htmls: string[];
    beforeAll(async () => {
      pages = await buildItems(root.root, itemsYaml(presentation, groupBy, ITEMS), `many-${presentation}-${groupBy}`);
      htmls = listPages(pages);
    });

    it("cuts the list into pages of 50 rows, each valid and within 300 DOM elements", async () => {
      expect(htmls).toHaveLength(20);
      const budgets = [...pages].filter(([url]) => url?.startsWith(ITEMS_URL) && url.endsWith("/"));
      for (const [url, html] of budgets) expect(elements(parseHtml(html)).length, url).toBeLessThanOrEqual(300);
      for (const html of [htmls[0]!, htmls[1]!, htmls.at(-1)!]) {
        const report = await validator.validateString(html, "page.html");
        expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
      }
    });

    it("shows rows: links stay links, the other presentations become downloads", () => {
      const rows = parseHtml(htmls[1]!).querySelectorAll("main ul.fr-links-group > li");
      expect(rows).toHaveLength(50);
      const files = parseHtml(htmls[1]!).querySelectorAll('main li > a[href$=".pdf"]');
      expect(files.length).toBeGreaterThan(0);
      expect(files.map((a) => attr(a, "class"))).toEqual(files.map(() => (presentation === "links" ? "fr-link" : "fr-link fr-link--download")));
      const detail = presentation === "links" ? "(PDF - 1 Mo)" : "PDF - 1 Mo";
      expect(files.every((a) => a.querySelector(".fr-link__detail")?.text === detail)).toBe(true);
      expect(parseHtml(htmls[0]!).querySelector("main .fr-card, main .fr-tile, main .fr-summary")).toBeNull();
    });

    it("follows its headings from page to page, and links where each starts from page 1", () => {
      const expected = {
        category: [...CATEGORIES],
        year: Array.from({ length: 25 }, (_, i) => String(2024 - i)),
        publisher: Array.from({ length: 7 }, (_, i) => `Éditeur ${i}`),
        none: [],
      }[groupBy];
      expect(headingRun(htmls)).toEqual(expected);
      const first = parseHtml(htmls[0]!);
      const jumps = first.querySelectorAll("main p > a[href*='#']").map((a) => [a.text, attr(a, "href")!.split("#")[1]]);
      const ids = new Map(htmls.flatMap((html) => parseHtml(html).querySelectorAll("main h2[id]").map((h) => [h.text, attr(h, "id")])));
      expect(jumps).toEqual(expected.map((title) => [title, ids.get(title)]));
      for (const a of first.querySelectorAll("main p > a[href*='#']")) {
        const [url, id] = attr(a, "href")!.split("#");
        expect(parseHtml(pages.get(url!)!).querySelector(`h2[id="${id}"]`), `${url}#${id}`).not.toBeNull();
      }
    });
  });
});
