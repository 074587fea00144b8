/**
 * What an items list (`items:`) publishes besides its page, built on the demo site beside the
 * plans: its Atom feed (dated items only, each by its own date), its JSON-LD (a node per item,
 * by kind of target), its publisher pages (« éditeur », not « ministère »), its open data under its
 * own names; and the neutral shortcodes, which render what the first names render.
 */
import { XMLParser } from "fast-xml-parser";
import { parse as parseHtml } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import plansAction from "../../src/index.ts";
import { buildSite, PROJECT_ROOT, type Configure } from "../helpers/build.ts";
import { SITE_URL } from "../helpers/fixtures.ts";
import { ITEMS_FILE, PDF, PLAIN_FILE } from "../helpers/items.ts";

const URL = "/ressources/";
const OPTIONS = { root: PROJECT_ROOT, dataFile: ITEMS_FILE, url: URL, dataKey: "ressources", siteUrl: SITE_URL };
const PAIRS = [
  ["documentList", "plansActionBody"],
  ["documentListItems", "plansActionGrid"],
  ["documentListPublishers", "plansActionMinistries"],
  ["documentListDownloads", "plansActionDownloads"],
  ["documentListHead", "plansActionHead"],
] as const;

/** A page of the site's own that calls each shortcode by both its names. */
const addItems: Configure = (eleventyConfig) => {
  eleventyConfig.addPlugin(plansAction, OPTIONS);
  eleventyConfig.addPlugin(plansAction, { ...OPTIONS, dataFile: PLAIN_FILE, url: "/liens/", dataKey: "liens" });
  const body = PAIRS.map(([neutral, first]) => `<div id="${neutral}">{% ${neutral} "ressources" %}</div><div id="${first}">{% ${first} "ressources" %}</div>`);
  eleventyConfig.addTemplate("noms.njk", body.join("\n"), { permalink: "/noms/" });
};

let pages: Map<string, string>;
beforeAll(async () => {
  pages = await buildSite({ siteUrl: SITE_URL }, undefined, addItems);
});
const page = (url: string) => {
  const content = pages.get(url);
  if (content === undefined) throw new Error(`nothing at ${url}`);
  return content;
};
/** The URLs the build writes (a page with `permalink: false` is rendered, not written). */
const urls = () => [...pages.keys()].filter((url): url is string => typeof url === "string");
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link"].includes(name) });
const jsonLdOf = (url: string) => JSON.parse(parseHtml(page(url)).querySelector('script[type="application/ld+json"]')!.text);

describe("an items list's feed", () => {
  it("is named after the list, holds only dated items with a target, newest first, each by its own date", () => {
    const { feed } = xml.parse(page(`${URL}ressources.atom`));
    expect(feed.entry.map((e: { title: string; updated: string }) => [e.title, e.updated])).toEqual([
      ["Tableau des indicateurs", "2024-06-13T00:00:00Z"],
      ["Guide de sensibilisation", "2024-05-01T00:00:00Z"],
      ["Étude externe, « chiffrée »", "2023-01-01T00:00:00Z"],
      ["Page externe", "2022-01-15T00:00:00Z"],
    ]);
    // « Sans date » (undated) and « Étude à venir » (nothing to link to) are left out.
    expect(feed.updated).toBe("2024-09-06T00:00:00Z");
  });

  it("has the list as author, and each publisher on its own entries", () => {
    const { feed } = xml.parse(page(`${URL}ressources.atom`));
    expect(feed.author.name).toBe("Ressources de l’ADEME");
    expect(feed.entry.map((e: { author?: { name: string } }) => e.author?.name)).toEqual(["Ministère de la Culture", "ADEME", "ADEME", undefined]);
    expect(feed.entry.map((e: { category: { "@term": string } }) => e.category["@term"])).toEqual(["Études", "Guides", "Études", "Guides"]);
  });

  it("links a document's first file as the entry, its other formats as enclosures, a page as HTML", () => {
    const { feed } = xml.parse(page(`${URL}ressources.atom`));
    const links = (i: number) => feed.entry[i].link.map((l: Record<string, string>) => [l["@rel"], l["@href"], l["@type"], l["@length"]]);
    expect(links(0)).toEqual([
      ["alternate", "https://example.gouv.fr/indicateurs.pdf", "application/pdf", "2000000"],
      ["enclosure", "https://example.gouv.fr/indicateurs.ods", "application/vnd.oasis.opendocument.spreadsheet", "12000"],
      ["enclosure", "https://example.gouv.fr/indicateurs.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "101000"],
    ]);
    expect(links(1)).toEqual([["alternate", `${SITE_URL}${PDF}`, "application/pdf", "1058899"]]);
    expect(links(3)).toEqual([["alternate", "https://www.ademe.fr/guide/", "text/html", undefined]]);
  });

  it("is the one the page links, beside its open data", () => {
    const head = parseHtml(page(URL)).querySelector('link[type="application/atom+xml"]');
    expect(head?.getAttribute("href")).toBe(`${URL}ressources.atom`);
    expect(JSON.parse(page(`${URL}ressources.json`)).colonnes).toContain("editeur");
    expect(page(`${URL}ressources.csv`).split("\r\n")[0]).toMatch(/^titre,url,type_cible,/);
    expect(pages.has(`${URL}plans-action.json`)).toBe(false);
  });

  it("is not published, nor linked, for a list none of whose items is dated", () => {
    expect(urls().filter((url) => url.startsWith("/liens/")).sort()).toEqual(["/liens/", "/liens/liens.csv", "/liens/liens.json", "/liens/liens.schema.json"]);
    const liens = parseHtml(page("/liens/"));
    expect(liens.querySelector('link[type="application/atom+xml"]')).toBeNull();
    expect(liens.querySelector('a[type="application/atom+xml"]')).toBeNull();
  });
});

describe("an items list's JSON-LD", () => {
  it("is a CollectionPage whose parts are its items, by kind of target", () => {
    const graph = jsonLdOf(URL)["@graph"] as Array<Record<string, unknown>>;
    const [collection, ...nodes] = graph;
    expect(collection).toMatchObject({ "@type": "CollectionPage", "@id": `${SITE_URL}${URL}`, name: "Ressources de l’ADEME" });
    expect(nodes.map((n) => [n["@type"], n.name])).toEqual([
      ["DigitalDocument", "Guide de sensibilisation"],
      ["DigitalDocument", "Étude externe, « chiffrée »"],
      ["DigitalDocument", "Tableau des indicateurs"],
      ["WebPage", "Page externe"],
      ["DigitalDocument", "Sans date"],
    ]);
    expect(collection!.hasPart).toEqual(nodes.map((n) => ({ "@id": n["@id"] })));
  });

  it("describes a file, a document in several formats (encoding per file) and a publisher", () => {
    const nodes = (jsonLdOf(URL)["@graph"] as Array<Record<string, unknown>>).slice(1);
    expect(nodes[0]).toMatchObject({
      url: `${SITE_URL}${PDF}`,
      encodingFormat: "application/pdf",
      contentSize: "1.06 MB",
      datePublished: "2024-05",
      genre: "Guides",
      publisher: { "@type": "Organization", name: "ADEME" },
    });
    expect(nodes[2]!.encoding).toEqual([
      { "@type": "MediaObject", contentUrl: "https://example.gouv.fr/indicateurs.pdf", name: "PDF", inLanguage: "fr", encodingFormat: "application/pdf", contentSize: "2 MB" },
      expect.objectContaining({ contentUrl: "https://example.gouv.fr/indicateurs.ods", name: "Tableur ODS", contentSize: "12 kB" }),
      expect.objectContaining({ contentUrl: "https://example.gouv.fr/indicateurs.xlsx", name: "XLSX" }),
    ]);
    expect(nodes[3]).not.toHaveProperty("publisher");
    expect(nodes[3]).not.toHaveProperty("encodingFormat");
  });
});

describe("an items list's publisher pages", () => {
  it("gives each publisher a page, and leaves items without a publisher on the list's page only", () => {
    const ademe = parseHtml(page(`${URL}ademe/`));
    expect(ademe.querySelector("h1")?.text).toBe("ADEME");
    expect(ademe.querySelector("main")!.text).toContain("2 éléments de cet éditeur.");
    expect(ademe.querySelector("main")!.text).toContain("Autres éditeurs :");
    expect(ademe.querySelector("main")!.text).not.toMatch(/ministère :|ministères :|Tous les ministères/i);
    expect(parseHtml(page(`${URL}ministere-de-la-culture/`)).querySelector("main")!.text).toContain("1 élément de cet éditeur.");
    const publisherPages = urls().filter((url) => url.startsWith(URL) && url.endsWith("/") && url !== URL);
    expect(publisherPages.sort()).toEqual([`${URL}ademe/`, `${URL}ministere-de-la-culture/`]);
  });

  it("says « éditeur » in the list's filter and in each page's description", () => {
    expect(parseHtml(page(URL)).querySelector("main")!.text).toContain("Filtrer par éditeur :");
    const description = parseHtml(page(`${URL}ademe/`)).querySelector('meta[name="description"]')?.getAttribute("content");
    expect(description).toBe("Ressources de l’ADEME : ADEME, 2 documents (2024, 2023).");
  });

  it("keeps « ministère » on the plans list of the same site", () => {
    expect(parseHtml(page("/publications/plans-action-ministeres/")).querySelector("main")!.text).toContain("Filtrer par ministère :");
  });
});

describe("the neutral shortcodes", () => {
  it("render exactly what the first names render", () => {
    const doc = parseHtml(page("/noms/"));
    for (const [neutral, first] of PAIRS) {
      const a = doc.querySelector(`#${neutral}`)!.innerHTML;
      expect(a.trim().length, neutral).toBeGreaterThan(0);
      expect(a, neutral).toBe(doc.querySelector(`#${first}`)!.innerHTML);
    }
  });
});
