/**
 * A generic list (`items:`) in each presentation and each grouping, built by the real Eleventy
 * with the plugin: the markup each item gets (DSFR cards, tiles, download links, links; the
 * link's target, `download`, new-window attributes; description, badge, files, dates), the
 * headings' order and anchors, html-validate on every page, and every page ≤ 300 DOM elements.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GROUPINGS, PRESENTATIONS } from "../../src/schema-items.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { attr, byClass, elements, parseHtml, type Element } from "../helpers/html.ts";
import { buildItems, ITEMS_URL, itemsRoot, itemsYaml } from "../helpers/items-site.ts";

const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
const validator = new HtmlValidate(config);
const root = itemsRoot();
afterAll(() => root.remove());

/** The list's own pages (its page, its publisher pages, pages 2..N), by URL. */
function listPages(pages: Map<string, string>): Array<[string, string]> {
  return [...pages].filter(([url]) => url?.startsWith(ITEMS_URL) && url.endsWith("/"));
}
const main = (html: string) => parseHtml(html).querySelector("main")!;
/** The list's headings (h2), without the items' titles and the open data's. */
const headings = (html: string) =>
  main(html)
    .querySelectorAll("h2")
    .filter((h) => !h.classList.contains("fr-card__title") && !h.classList.contains("fr-tile__title") && h.text !== "Données ouvertes")
    .map((h) => [h.text.trim(), attr(h, "id")]);
/** The element that holds an item: its card, tile or row, found by the item's title. */
function item(html: string, title: string, selector: string): Element {
  const found = main(html)
    .querySelectorAll(selector)
    .find((e) => e.text.includes(title));
  if (!found) throw new Error(`no ${selector} holds « ${title} »`);
  return found;
}

describe.each(PRESENTATIONS)("presentation %s", (presentation) => {
  describe.each(GROUPINGS)("grouped by %s", (groupBy) => {
    let pages: Map<string, string>;
    beforeAll(async () => {
      pages = await buildItems(root.root, itemsYaml(presentation, groupBy), `${presentation}-${groupBy}`);
    });

    it("has valid HTML and at most 300 DOM elements on every page", async () => {
      const listed = listPages(pages);
      expect(listed.length).toBe(4); // the list and its 3 publishers
      for (const [url, html] of listed) {
        const report = await validator.validateString(html, url);
        expect(report.results.flatMap((r) => r.messages.map((m) => `${url} ${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
        expect(elements(parseHtml(html)).length, url).toBeLessThanOrEqual(300);
      }
    });

    it("shows its headings in the grouping's order, each with its anchor", () => {
      const expected = {
        category: [["Guides", "categorie-guides"], ["Études", "categorie-etudes"], ["Vidéos", "categorie-videos"], ["Outils", "categorie-outils"]],
        year: ["2025", "2024", "2023", "2022", "2021", "2020"].map((y) => [y, `annee-${y}`]),
        publisher: [["ADEME", "editeur-ademe"], ["DINUM", "editeur-dinum"], ["Arcep", "editeur-arcep"]],
        none: [],
      }[groupBy];
      expect(headings(pages.get(ITEMS_URL)!)).toEqual(expected);
      // The items are one level below their heading; without headings, at the heading level.
      const itemLevel = groupBy === "none" ? "h2" : "h3";
      if (presentation === "cards" || presentation === "tiles") {
        expect(main(pages.get(ITEMS_URL)!).querySelectorAll(`${itemLevel}.fr-${presentation.slice(0, -1)}__title`)).toHaveLength(13);
      }
    });

    it("links each item to its target the DSFR way", () => {
      const html = pages.get(ITEMS_URL)!;
      const link = (title: string) => main(html).querySelectorAll("a").find((a) => a.text.includes(title))!;
      expect(attr(link("Guide de sensibilisation"), "href")).toBe("/docs/guide.pdf");
      expect(attr(link("Guide de sensibilisation"), "download")).toBe("");
      expect(attr(link("Étude externe"), "download")).toBeUndefined();
      const external = link("Ressource 1");
      expect([attr(external, "target"), attr(external, "rel")]).toEqual(["_blank", "noopener"]);
      expect(attr(external, "title")).toMatch(/^Ressource 1( – .+)? - nouvelle fenêtre$/);
      expect(attr(external, "title")).toContain(external.text.trim());
      expect(attr(link("Page du site"), "href")).toBe("/publications/");
      expect(attr(link("Page du site"), "target")).toBeUndefined();
      const english = link("Video in English");
      expect(attr(english, "hreflang")).toBe("en");
      expect(english.querySelector("span[lang=en]")?.text).toBe("Video in English");
      // A document in several formats: its title is no link; a download link per file.
      expect(main(html).querySelectorAll("a").some((a) => a.text.includes("Tableau des indicateurs"))).toBe(false);
      const files = main(html)
        .querySelectorAll("a.fr-link--download")
        .filter((a) => ["PDF ", "Tableur ODS", "XLSX"].some((l) => a.text.startsWith(l)))
        .map((a) => [a.childNodes[0]!.text.trim(), a.querySelector(".fr-link__detail")?.text, attr(a, "download")]);
      expect(files).toEqual([
        ["PDF", expect.stringMatching(/^PDF - 1,06 Mo/), ""],
        ["Tableur ODS", "ODS - 101 ko", ""],
        ["XLSX", "XLSX - 101 ko", undefined],
      ]);
      expect(main(html).text).toContain("À paraître");
    });
  });
});

describe("what each presentation shows of an item", () => {
  const build = (presentation: (typeof PRESENTATIONS)[number], groupBy: (typeof GROUPINGS)[number] = "category", lang: "fr" | "en" = "fr") =>
    buildItems(root.root, itemsYaml(presentation, groupBy), `show-${presentation}-${groupBy}-${lang}`, lang).then((p) => p.get(ITEMS_URL)!);

  it("cards: the whole card is the link, with description, one badge element, the publisher, the image its editor gives and no other", async () => {
    const html = await build("cards");
    const guide = item(html, "Guide de sensibilisation", ".fr-card");
    expect(guide.classList.contains("fr-enlarge-link")).toBe(true);
    expect(guide.querySelector(".fr-card__desc")?.text).toBe("Un guide pour agir dès aujourd’hui.");
    const badges = byClass(guide, "fr-badge");
    expect(badges.map((b) => [b.tagName, b.text, b.parentNode?.classList.contains("fr-badges-group")])).toEqual([["P", "Nouveau", false]]);
    expect(guide.querySelector(".fr-card__start .fr-card__detail")?.text).toBe("ADEME – 13 mai 2024");
    expect(guide.querySelector(".fr-card__end .fr-card__detail")?.text).toMatch(/^PDF - 1,06 Mo/);
    expect(attr(guide.querySelector("img")!, "alt")).toBe("Un ordinateur portable");
    expect(guide.querySelector(".fr-sr-only")?.text).toMatch(/^ – télécharger \(PDF - 1,06 Mo/);
    // Without a `cover`, no image: not a web page, not an external file (no placeholder), not a
    // site PDF (no first page drawn, unlike a plans list).
    expect(item(html, "Page du site", ".fr-card").querySelector("img")).toBeNull();
    expect(item(html, "Ressource 1", ".fr-card").querySelector("img")).toBeNull();
    expect(item(html, "Étude externe", ".fr-card").querySelector("img")).toBeNull();
    expect(item(html, "Étude externe", ".fr-card").querySelector(".fr-card__end")?.text.trim()).toBe("PDF");
    // Several files: no enlarged link, the links in the card's footer.
    const table = item(html, "Tableau des indicateurs", ".fr-card");
    expect(table.classList.contains("fr-enlarge-link")).toBe(false);
    expect(table.querySelectorAll(".fr-card__footer a.fr-link--download")).toHaveLength(3);
    const later = item(html, "Outil à venir", ".fr-card");
    expect([later.querySelector("a"), later.querySelector(".fr-card__end")?.text.trim()]).toEqual([null, "À paraître"]);
  });

  it("cards: the category when the list is not grouped by it, a year-only date left to the year's heading", async () => {
    const html = await build("cards", "year");
    expect(item(html, "Guide de sensibilisation", ".fr-card").querySelector(".fr-card__start .fr-card__detail")?.text).toBe("ADEME – Guides – 13 mai 2024");
    expect(item(html, "Étude externe", ".fr-card").querySelector(".fr-card__start .fr-card__detail")?.text).toBe("ADEME – Études");
  });

  it("tiles: a horizontal DSFR tile with its description, detail and badge", async () => {
    const html = await build("tiles");
    const guide = item(html, "Guide de sensibilisation", ".fr-tile");
    expect([...guide.classList.values()]).toEqual(["fr-tile", "fr-tile--horizontal", "fr-enlarge-link"]);
    expect(guide.querySelector(".fr-tile__desc")?.text).toBe("Un guide pour agir dès aujourd’hui.");
    expect(guide.querySelector(".fr-tile__detail")?.text).toMatch(/^ADEME – 13 mai 2024 – PDF - 1,06 Mo/);
    expect(guide.querySelector(".fr-tile__start p.fr-badge")?.text).toBe("Nouveau");
    expect(main(html).querySelectorAll(".fr-tile")).toHaveLength(13);
    expect(main(html).querySelector("img")).toBeNull();
  });

  it("a publisher's page names the publisher once, in its title, and says « éditeur »", async () => {
    const pages = await buildItems(root.root, itemsYaml("downloads", "category"), "publisher-page");
    const ademe = main(pages.get(`${ITEMS_URL}ademe/`)!);
    expect(ademe.querySelector("h1")?.text).toBe("ADEME");
    expect(ademe.querySelector("h1 + p")?.text).toBe("3 éléments de cet éditeur.");
    expect(ademe.querySelector(".fr-tags-group a")?.text).toBe("Tous les éditeurs");
    expect(ademe.querySelectorAll("ul.fr-links-group > li > a").map((a) => a.childNodes[0]!.text)).toEqual([
      "Guide de sensibilisation – 13 mai 2024 ",
      "Étude externe – 2023 ",
      "Video in English",
    ]);
  });

  it("downloads: DSFR download links with their detail, plain links for pages, a summary of 4 categories", async () => {
    const html = await build("downloads");
    const guide = item(html, "Guide de sensibilisation", "li").querySelector("a")!;
    expect(attr(guide, "class")).toBe("fr-link fr-link--download");
    expect(guide.querySelector(".fr-link__detail")?.text).toMatch(/^PDF - 1,06 Mo/);
    expect(guide.childNodes[0]!.text).toBe("Guide de sensibilisation – ADEME – 13 mai 2024 ");
    expect(attr(item(html, "Étude externe", "li").querySelector("a")!, "class")).toBe("fr-link fr-link--download");
    expect(attr(item(html, "Page du site", "li").querySelector("a")!, "class")).toBe("fr-link");
    expect(item(html, "Guide de sensibilisation", "li").querySelector("p.fr-badge")?.text).toBe("Nouveau");
    const summary = main(html).querySelector("nav.fr-summary")!;
    expect(summary.querySelectorAll("a.fr-summary__link").map((a) => [a.text, attr(a, "href")])).toEqual(
      headings(html).map(([text, id]) => [text, `#${id}`]),
    );
    expect(attr(summary, "aria-labelledby")).toBe(attr(summary.querySelector(".fr-summary__title")!, "id"));
  });

  it("links: plain DSFR links, no summary when grouped by year, no download icon on a single document", async () => {
    const html = await build("links", "year");
    const guide = item(html, "Guide de sensibilisation", "li").querySelector("a")!;
    expect(attr(guide, "class")).toBe("fr-link");
    expect(guide.querySelector(".fr-link__detail")?.text).toMatch(/^\(PDF - 1,06 Mo.*\)$/);
    expect(main(html).querySelector(".fr-summary")).toBeNull();
    expect(main(html).querySelectorAll("ul.fr-links-group")).toHaveLength(6);
  });

  it("writes dates and the new-window title in English on an English page", async () => {
    const html = await build("cards", "none", "en");
    expect(item(html, "Guide de sensibilisation", ".fr-card").text).toContain("ADEME – Guides – 13 May 2024");
    expect(item(html, "Rapport pesé", ".fr-card").text).toContain("November 2023");
    expect(attr(item(html, "Ressource 1", ".fr-card").querySelector("a")!, "title")).toBe("Ressource 1 - new window");
    expect(parseHtml(html).querySelector("main")!.text).toContain("Filter by publisher:");
  });

  it("keeps the heading of a single category, and follows the heading level a site asks for", async () => {
    const one = "\n  - title: Seul guide\n    link: https://www.example.gouv.fr/seul\n    category: Guides\n";
    const pages = await buildItems(root.root, itemsYaml("links", "category", one), "one-category", "fr", { headingLevel: 3 });
    const html = pages.get(ITEMS_URL)!;
    expect(main(html).querySelectorAll("h3[id]").map((h) => [h.text, attr(h, "id")])).toEqual([["Guides", "categorie-guides"]]);
    expect(main(html).querySelector(".fr-summary")).toBeNull();
    const cards = await buildItems(root.root, itemsYaml("cards", "category", one), "one-category-cards", "fr", { headingLevel: 3 });
    expect(main(cards.get(ITEMS_URL)!).querySelector("h4.fr-card__title")?.text).toBe("Seul guide");
  });
});
