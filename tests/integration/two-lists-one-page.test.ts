/**
 * Two lists grouped alike on one page of the site (two `{% documentListItems %}`), as a site that
 * shows its guides and its studies under the same categories: every heading keeps an anchor of
 * its own (RGAA 8.2: no `id` twice), each summary link reaches its own list's heading, and the
 * site's first list keeps the anchors its own page has always had.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plansAction from "../../src/index.ts";
import { buildSite } from "../helpers/build.ts";

const CATEGORIES = ["Guides", "Études", "Vidéos", "Outils"];

/** A list of links under the four categories, one item each: the page starts with its summary. */
function listYaml(title: string): string {
  const items = CATEGORIES.map((c, i) => `  - title: ${title} ${i + 1}\n    link: https://exemple.gouv.fr/${title.toLowerCase()}/${i + 1}/\n    category: ${c}\n`);
  return [
    "page:",
    `  title: ${title}`,
    `  description: Les ${title.toLowerCase()}.`,
    "  date: 2024-09-06",
    "list:",
    "  presentation: links",
    "  groupBy: category",
    `  categories: [${CATEGORIES.join(", ")}]`,
    "items:",
    ...items,
  ].join("\n");
}

let root: string;
let pages: Map<string, string>;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "plans-two-lists-"));
  writeFileSync(path.join(root, "ressources.yaml"), listYaml("Ressources"));
  writeFileSync(path.join(root, "etudes.yaml"), listYaml("Études"));
  pages = await buildSite({ root, dataFile: path.join(root, "ressources.yaml"), url: "/ressources/", ministryPages: false }, undefined, (eleventyConfig) => {
    eleventyConfig.addPlugin(plansAction, { root, dataFile: path.join(root, "etudes.yaml"), url: "/etudes/", dataKey: "etudes", ministryPages: false });
    eleventyConfig.addTemplate("deux-listes.njk", '<main>{% documentListItems "plansAction", 2 %}{% documentListItems "etudes", 2 %}</main>', {
      permalink: "/deux-listes/",
    });
  });
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("two lists grouped alike on one page", () => {
  it("gives every heading and summary an id of its own", () => {
    const ids = parse(pages.get("/deux-listes/")!)
      .querySelectorAll("[id]")
      .map((e) => e.getAttribute("id")!);
    expect(ids).toHaveLength(2 * (CATEGORIES.length + 1));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("categorie-etudes");
    expect(ids).toContain("etudes-categorie-etudes");
    expect(ids).toContain("etudes-sommaire-titre");
  });

  it("has each summary link to its own list's heading", () => {
    const page = parse(pages.get("/deux-listes/")!);
    const summaries = page.querySelectorAll("nav.fr-summary");
    expect(summaries).toHaveLength(2);
    for (const summary of summaries) {
      const labelled = summary.getAttribute("aria-labelledby")!;
      expect(summary.querySelector(`#${labelled}`)).not.toBeNull();
      for (const link of summary.querySelectorAll("a")) {
        const heading = page.querySelector(link.getAttribute("href")!);
        expect(heading?.text).toBe(link.text);
        // The heading is followed by its own list's links, not the other list's.
        const list = summary === summaries[0] ? "ressources" : "études";
        expect(heading?.nextElementSibling?.querySelector("a")?.getAttribute("href")).toContain(`/${list}/`);
      }
    }
  });

  it("keeps the first list's anchors on its own page, and the second's prefixed on its own", () => {
    const anchors = (url: string) =>
      parse(pages.get(url)!)
        .querySelectorAll("main h2[id]")
        .map((h) => h.getAttribute("id"));
    expect(anchors("/ressources/")).toEqual(["categorie-guides", "categorie-etudes", "categorie-videos", "categorie-outils"]);
    expect(anchors("/etudes/")).toEqual(["etudes-categorie-guides", "etudes-categorie-etudes", "etudes-categorie-videos", "etudes-categorie-outils"]);
  });
});
