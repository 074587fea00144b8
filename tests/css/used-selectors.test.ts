/**
 * The selectors the purge keeps rules for are read from the pages in one pass; they must be
 * exactly those purgecss-from-html (PurgeCSS's HTML extractor) reads, or the purged stylesheet
 * would lose rules the pages use.
 */
import purgeHtmlModule from "purgecss-from-html";
import { beforeAll, describe, expect, it } from "vitest";
import { usedSelectors } from "../../src/css/purge-dsfr.ts";
import { buildSite } from "../helpers/build.ts";

// CommonJS (`module.exports = extractor`) with types declaring `export default`.
const purgeHtml = purgeHtmlModule as unknown as typeof purgeHtmlModule.default;

let pages: string[];
beforeAll(async () => {
  pages = [...(await buildSite()).values()].filter((html) => /^<!doctype html>/i.test(html.trimStart()));
});

function viaPurgecss(html: readonly string[]): Record<string, string[]> {
  const sets = { tags: new Set<string>(), classes: new Set<string>(), ids: new Set<string>(), names: new Set<string>(), values: new Set<string>() };
  for (const page of html) {
    const found = purgeHtml(page);
    for (const x of found.tags) sets.tags.add(x);
    for (const x of found.classes) sets.classes.add(x);
    for (const x of found.ids) sets.ids.add(x);
    for (const x of found.attributes.names) sets.names.add(x);
    for (const x of found.attributes.values) sets.values.add(x);
  }
  return Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, [...v].sort()]));
}

describe("usedSelectors", () => {
  it("reads the demo's pages exactly as purgecss-from-html does", async () => {
    expect(pages.length).toBeGreaterThan(3);
    const selectors = await usedSelectors(pages);
    expect(selectors.classes).toContain("fr-card");
    expect(selectors).toEqual(viaPurgecss(pages));
  });

  it("skips script and style elements and text, as purgecss-from-html does", async () => {
    const page = '<!doctype html><html><head><style class="no">p{}</style></head><body><p id="a b" class="x  y" data-k="v w">fr-text</p><script type="module">1</script></body></html>';
    const selectors = await usedSelectors([page]);
    expect(selectors).toEqual(viaPurgecss([page]));
    expect(selectors.classes).not.toContain("no");
  });
});
