/**
 * Builds the demo site with the tests' two-year data and a site URL, and reads what the plugin
 * publishes besides the page: open data, feed, sitemap, structured data, ministry pages.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv } from "ajv";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseHtml, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { fileDetail } from "../../src/format/file-details.ts";
import { buildSite, writeSite } from "../helpers/build.ts";
import { SITE_URL, TWO_YEARS } from "../helpers/fixtures.ts";

const BASE = "/publications/plans-action-ministeres/";
const MINISTRIES = {
  culture: `${BASE}ministere-de-la-culture/`,
  mte: `${BASE}ministere-de-la-transition-ecologique/`,
  education: `${BASE}ministere-de-l-education-nationale-de-la-jeunesse-et-des-sports/`,
};

let site: Map<string, string>;
let demo: Map<string, string>;
beforeAll(async () => {
  site = await buildSite({ dataFile: TWO_YEARS, siteUrl: SITE_URL });
  demo = await buildSite();
});

function file(url: string, from = site): string {
  const content = from.get(url);
  if (content === undefined) throw new Error(`nothing at ${url}; built: ${[...from.keys()].join(", ")}`);
  return content;
}

const html = (url: string, from = site) => parseHtml(file(url, from));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "url", "link"].includes(name) });

/** Headings of the main column as « h2 2023 », their visible text only (no `fr-sr-only` part). */
function headings(root: HTMLElement): string[] {
  return root.querySelectorAll("main h1, main h2, main h3, main h4").map((h) => {
    const visible = h.clone() as HTMLElement;
    for (const hidden of visible.querySelectorAll(".fr-sr-only")) hidden.remove();
    return `${h.tagName.toLowerCase()} ${visible.text.trim()}`;
  });
}

describe("open data", () => {
  it("plans-action.json validates against the schema published next to it, one record per plan", () => {
    const schema = JSON.parse(file(`${BASE}plans-action.schema.json`));
    const json = JSON.parse(file(`${BASE}plans-action.json`));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.$schema).toBe(`${SITE_URL}${BASE}plans-action.schema.json`);
    expect(schema.$id).toBe(json.$schema);
    expect(json.plans).toHaveLength(5);
  });

  it("plans-action.csv parses back to the JSON's records", () => {
    const json = JSON.parse(file(`${BASE}plans-action.json`)) as { plans: Array<Record<string, unknown>> };
    const rows = parseCsv(file(`${BASE}plans-action.csv`), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual(json.plans.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? "" : String(v)]))));
  });

  it("the page links both files with their real format and size", () => {
    const links = html(BASE).querySelectorAll("main a[download]").filter((a) => !a.closest(".fr-card"));
    const expected = [
      [`${BASE}plans-action.csv`, "CSV"],
      [`${BASE}plans-action.json`, "JSON"],
    ].map(([url, format]) => [url, `(${fileDetail({ format: format!, bytes: Buffer.byteLength(file(url!)) })})`]);
    expect(links.map((a) => [a.getAttribute("href"), a.querySelector(".fr-link__detail")?.text])).toEqual(expected);
  });
});

describe("Atom feed", () => {
  const feedUrl = `${BASE}plans-action.atom`;

  it("is well-formed XML, announced in the page's head", () => {
    expect(XMLValidator.validate(file(feedUrl))).toBe(true);
    const alternate = html(BASE).querySelector('head link[rel="alternate"][type="application/atom+xml"]');
    expect(alternate?.getAttribute("href")).toBe(feedUrl);
  });

  it("has the elements RFC 4287 requires, and one entry per published document, newest first", () => {
    const { feed } = xml.parse(file(feedUrl));
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${SITE_URL}${feedUrl}`);
    expect(feed.updated).toBe("2023-05-15T00:00:00Z");
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(`${SITE_URL}${feedUrl}`);
    const entries = feed.entry as Array<Record<string, any>>;
    expect(entries.map((e) => [e.category["@term"], e.title])).toEqual([
      ["2023", 'Plan « sobriété », dit "numérique responsable", édition 2023'],
      ["2023", "Digital action plan 2023 </script><!-- & more"],
      ["2022", "Bilan 2020-2021 sur la thématique Mesure"],
    ]);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^https:\/\//);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(entry.author.name).toBeTruthy();
      expect(entry.link[0]["@href"]).toBe(entry.id);
    }
    expect(entries[2]!.link[0]).toMatchObject({
      "@href": `${SITE_URL}/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf`,
      "@type": "application/pdf",
      "@length": "1058899",
    });
    expect(entries[1]!.link[0]["@hreflang"]).toBe("en");
    expect(entries.map((e) => e["@xml:lang"])).toEqual([undefined, "en", undefined]);
  });
});

describe("sitemap.xml", () => {
  it("is well-formed and lists every page with absolute URLs, and no data file", () => {
    const text = file("/sitemap.xml");
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = xml.parse(text).urlset.url as Array<{ loc: string; lastmod?: string }>;
    const locs = urls.map((u) => u.loc);
    expect(locs).toEqual(
      expect.arrayContaining([
        `${SITE_URL}/`,
        `${SITE_URL}/publications/`,
        `${SITE_URL}/accessibilite/`,
        `${SITE_URL}/mentions-legales/`,
        `${SITE_URL}${BASE}`,
        ...Object.values(MINISTRIES).map((u) => `${SITE_URL}${u}`),
      ]),
    );
    expect(locs).toHaveLength(8);
    expect(urls.find((u) => u.loc === `${SITE_URL}${BASE}`)?.lastmod).toBe("2023-05-15");
  });
});

describe("structured data and metadata", () => {
  it("has one JSON-LD block that parses, with one DigitalDocument per published plan", () => {
    const scripts = html(BASE).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const graph = JSON.parse(scripts[0]!.text)["@graph"] as Array<Record<string, any>>;
    expect(graph.filter((n) => n["@type"] === "CollectionPage")).toHaveLength(1);
    const documents = graph.filter((n) => n["@type"] === "DigitalDocument");
    expect(documents.map((d) => d.name).sort()).toEqual(
      ["Bilan 2020-2021 sur la thématique Mesure", "Digital action plan 2023 </script><!-- & more", 'Plan « sobriété », dit "numérique responsable", édition 2023'].sort(),
    );
    expect(documents.every((d) => d.encodingFormat && d.contentSize && d.inLanguage && d.publisher["@type"] === "GovernmentOrganization")).toBe(true);
  });

  it("no title can end the JSON-LD script early", () => {
    const raw = file(BASE);
    const start = raw.indexOf('<script type="application/ld+json">');
    expect(raw.slice(start, raw.indexOf("</script>", start))).not.toMatch(/<\/|<!--/);
  });

  it("has a canonical URL, Open Graph and Twitter metadata from the page's data", () => {
    const head = html(BASE).querySelector("head")!;
    const meta = (attr: string, name: string) => head.querySelector(`meta[${attr}="${name}"]`)?.getAttribute("content");
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${SITE_URL}${BASE}`);
    expect(meta("property", "og:title")).toBe("Plans d’action des ministères (données de test)");
    expect(meta("property", "og:description")).toBe("Deux années de plans d’action, pour les tests.");
    expect(meta("property", "og:image")).toBe(`${SITE_URL}/img/plans-action/couverture-dinum.png`);
    expect(meta("name", "twitter:card")).toBe("summary_large_image");
  });
});

describe("several years", () => {
  it("groups the plans by year, newest first, with card titles one level below the year", () => {
    expect(headings(html(BASE))).toEqual([
      "h1 Plans d’action des ministères (données de test)",
      "h2 2023",
      'h3 Plan « sobriété », dit "numérique responsable", édition 2023',
      "h3 Digital action plan 2023 </script><!-- & more",
      "h3 Feuille de route 2023",
      "h2 2022",
      "h3 Plan d’action 2022 de la Culture",
      "h3 Bilan 2020-2021 sur la thématique Mesure",
      "h2 Données ouvertes",
    ]);
  });

  it("keeps one grid of h2 cards for the demo's single year", () => {
    const list = headings(html(BASE, demo));
    expect(list.filter((h) => h.startsWith("h2"))).toHaveLength(14);
    expect(list.at(-1)).toBe("h2 Données ouvertes");
    expect(list.some((h) => /^h\d 2022$/.test(h))).toBe(false);
    expect(html(BASE, demo).querySelectorAll("main ul.fr-grid-row")).toHaveLength(1);
  });
});

describe("a page per ministry", () => {
  it("is linked from the plans page as DSFR tags", () => {
    const tags = html(BASE).querySelectorAll("main ul.fr-tags-group a.fr-tag");
    expect(tags.map((a) => [a.text, a.getAttribute("href")])).toEqual([
      ["Ministère de la Culture", MINISTRIES.culture],
      ["Ministère de la Transition écologique", MINISTRIES.mte],
      ["Ministère de l’Éducation nationale, de la Jeunesse et des Sports", MINISTRIES.education],
    ]);
  });

  it("lists that ministry's documents of every year, grouped by year, under its name as h1", () => {
    expect(headings(html(MINISTRIES.culture))).toEqual([
      "h1 Ministère de la Culture",
      "h2 2023",
      "h3 Digital action plan 2023 </script><!-- & more",
      "h2 2022",
      "h3 Plan d’action 2022 de la Culture",
    ]);
    expect(headings(html(MINISTRIES.education))).toEqual([
      "h1 Ministère de l’Éducation nationale, de la Jeunesse et des Sports",
      'h2 Plan « sobriété », dit "numérique responsable", édition 2023',
    ]);
  });

  it("has the breadcrumb from the navigation data, the page being a child of the plans page", () => {
    const crumbs = html(MINISTRIES.mte)
      .querySelectorAll(".fr-breadcrumb__link")
      .map((a) => [a.text, `${a.getAttribute("href")}${a.getAttribute("aria-current") === "page" ? " (courante)" : ""}`]);
    expect(crumbs).toEqual([
      ["Accueil", "/"],
      ["Publications", "/publications/"],
      ["Plans d’action des ministères", BASE],
      ["Ministère de la Transition écologique", `${MINISTRIES.mte} (courante)`],
    ]);
  });

  it("leads to the other ministries and back to all, and has its own title and JSON-LD", () => {
    const root = html(MINISTRIES.mte);
    expect(root.querySelectorAll("ul.fr-tags-group a").map((a) => a.getAttribute("href"))).toEqual([BASE, MINISTRIES.culture, MINISTRIES.education]);
    expect(root.querySelector("title")?.text).toMatch(/^Ministère de la Transition écologique - Plans d’action des ministères/);
    const graph = JSON.parse(root.querySelector('script[type="application/ld+json"]')!.text)["@graph"];
    expect(graph[0]).toMatchObject({ "@type": "CollectionPage", "@id": `${SITE_URL}${MINISTRIES.mte}` });
    expect(graph).toHaveLength(2);
  });

  it("does not turn the plans page's side menu on (the tags list the ministries)", () => {
    expect(html(BASE).querySelector(".fr-sidemenu")).toBeNull();
  });
});

describe("without a site URL", () => {
  it("publishes the open data with site paths, and no feed, sitemap or canonical link", () => {
    const json = JSON.parse(file(`${BASE}plans-action.json`, demo));
    expect(json.plans.find((p: { statut: string }) => p.statut === "publié").url_document).toBe("/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf");
    expect(demo.has(`${BASE}plans-action.atom`)).toBe(false);
    expect(demo.has("/sitemap.xml")).toBe(false);
    const head = html(BASE, demo).querySelector("head")!;
    expect(head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(head.querySelector('link[type="application/atom+xml"]')).toBeNull();
    expect(head.querySelector('meta[property="og:title"]')).not.toBeNull();
  });
});

describe("invalid data", () => {
  it("writes nothing at all: no page, no open data, no feed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "plans-outputs-"));
    const data = path.join(dir, "plans.yaml");
    writeFileSync(data, "page:\n  title: T\n  description: D\n  date: 2022-04-01\nplans:\n  - ministry: M\n    title: T\n    link: '#'\n");
    const output = path.join(dir, "_site");
    await expect(writeSite(output, { dataFile: data, siteUrl: SITE_URL })).rejects.toThrow();
    expect(existsSync(output) ? readdirSync(output, { recursive: true }) : []).toEqual([]);
  });
});
