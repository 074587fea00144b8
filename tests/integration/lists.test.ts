/**
 * Several lists of documents on one site: the demo's plans and a second list (the tests' guides),
 * each registered by its own `addPlugin`, written on disk as `npm run build` would. Each list has
 * its page, ministry pages, open data and feed at its own URLs; the site has one stylesheet and
 * one sitemap; conflicting registrations stop the build with a French message.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parse as parseHtml } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plansAction, { type PlansActionOptions } from "../../src/index.ts";
import { buildSite, PROJECT_ROOT, writeSite, type Configure } from "../helpers/build.ts";
import { SITE_URL } from "../helpers/fixtures.ts";

const PLANS = "/publications/plans-action-ministeres/";
const GUIDES = "/publications/guides/";
const GUIDES_OPTIONS = { root: PROJECT_ROOT, dataFile: "tests/fixtures/guides.yaml", url: GUIDES, dataKey: "guides", siteUrl: SITE_URL };
const DINUM = `${GUIDES}direction-interministerielle-du-numerique/`;

/** A page of the site's own, with the guides' cards by shortcode and what global data holds. */
const addGuidesPage: Configure = (eleventyConfig) => {
  eleventyConfig.addPlugin(plansAction, GUIDES_OPTIONS);
  eleventyConfig.addTemplate(
    "nos-guides.njk",
    '<div id="grid">{% plansActionGrid "guides", 3 %}</div>\n' +
      '<p id="data">{{ plansAction.page.title }} | {{ guides.page.title }} | {% for key, list in plansActionLists %}{{ key }}={{ list.data.plans.length }};{% endfor %}</p>',
    { permalink: "/nos-guides/", layout: "layouts/site.njk", title: "Nos guides" },
  );
};

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "plans-lists-"));
  temporary.push(dir);
  return dir;
}

let output: string;
beforeAll(async () => {
  output = tempDir();
  await writeSite(output, { siteUrl: SITE_URL }, undefined, addGuidesPage);
});

function read(url: string): string {
  const file = path.join(output, ...url.split("/").filter(Boolean), ...(url.endsWith("/") ? ["index.html"] : []));
  if (!existsSync(file)) throw new Error(`nothing at ${url} (${file})`);
  return readFileSync(file, "utf8");
}
const html = (url: string) => parseHtml(read(url));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "url"].includes(name) });
/** The cards' visible titles (without their `fr-sr-only` part). */
const cardTitles = (url: string) =>
  html(url)
    .querySelectorAll("main .fr-card__title")
    .map((title) => {
      for (const hidden of title.querySelectorAll(".fr-sr-only")) hidden.remove();
      return title.text.trim();
    });

/** Every message along an error's chain of causes (Eleventy wraps the plugin's and the template's). */
async function failure(build: Promise<unknown>): Promise<string> {
  const error = await build.then(
    () => undefined,
    (e: unknown) => e,
  );
  const messages: string[] = [];
  for (let e = error as { message?: string; cause?: unknown; originalError?: unknown } | undefined; e; e = (e.cause ?? e.originalError) as typeof e) {
    messages.push(String(e.message));
  }
  if (messages.length === 0) throw new Error("the build did not fail");
  return messages.join("\n");
}

describe("two lists on one site", () => {
  it("writes each list's page at its own URL, with its own title and cards", () => {
    expect(html(PLANS).querySelector("h1")?.text).toBe(
      "Plans d’action des ministères pour la réduction de l’empreinte environnementale du numérique",
    );
    expect(html(PLANS).querySelectorAll("main .fr-card")).toHaveLength(13);
    const guides = html(GUIDES);
    expect(guides.querySelector("h1")?.text).toBe("Guides du numérique responsable");
    expect(guides.querySelector("title")?.text).toBe("Guides du numérique responsable - Numérique responsable");
    // Two years: grouped, newest first.
    expect(guides.querySelectorAll("main h2").map((h) => h.text)).toEqual(["2024", "2023", "Données ouvertes"]);
    expect(cardTitles(GUIDES)).toEqual([
      "Guide d’écoconception des sites culturels",
      "Guide des achats numériques responsables",
      "Guide de mesure de l’empreinte des services numériques",
    ]);
    expect(guides.querySelector(`link[rel="canonical"]`)?.getAttribute("href")).toBe(`${SITE_URL}${GUIDES}`);
    const jsonLd = JSON.parse(guides.querySelector('script[type="application/ld+json"]')!.text);
    expect(jsonLd["@graph"][0].url).toBe(`${SITE_URL}${GUIDES}`);
    expect(jsonLd["@graph"][0].hasPart).toHaveLength(2); // the published guides
  });

  it("shows a list in the site's own layout (layout option), with its own cards and ministry pages", async () => {
    const pages = await buildSite({}, undefined, (c) => c.addPlugin(plansAction, { ...GUIDES_OPTIONS, layout: "layouts/site.njk" }));
    const guides = parseHtml(pages.get(GUIDES)!);
    expect(guides.querySelector("h1")?.text).toBe("Guides du numérique responsable");
    expect(guides.querySelectorAll("main .fr-card")).toHaveLength(3);
    expect(guides.querySelectorAll("main .fr-tags-group a").map((a) => a.getAttribute("href"))).toEqual([DINUM, `${GUIDES}ministere-de-la-culture/`]);
    const dinum = parseHtml(pages.get(DINUM)!);
    expect(dinum.querySelectorAll("main .fr-card")).toHaveLength(2);
    expect(dinum.querySelector("main .fr-tags-group a")?.getAttribute("href")).toBe(GUIDES);
    expect(parseHtml(pages.get(PLANS)!).querySelectorAll("main .fr-card")).toHaveLength(13);
  });

  it("writes each list's ministry pages, linking back to their own list", () => {
    const dinum = html(DINUM);
    expect(dinum.querySelector("h1")?.text).toBe("Direction interministérielle du numérique");
    expect(cardTitles(DINUM)).toEqual(["Guide des achats numériques responsables", "Guide de mesure de l’empreinte des services numériques"]);
    expect(dinum.querySelector("title")?.text).toContain("Direction interministérielle du numérique - Guides");
    const tags = dinum.querySelectorAll("main .fr-tags-group a").map((a) => a.getAttribute("href"));
    expect(tags).toEqual([GUIDES, `${GUIDES}ministere-de-la-culture/`]);
    expect(html(`${PLANS}ministere-de-la-culture/`).querySelector("main .fr-tags-group a")?.getAttribute("href")).toBe(PLANS);
    expect(existsSync(path.join(output, "publications/guides/ministere-de-la-justice"))).toBe(false);
  });

  it("publishes each list's open data and feed beside its page, with its own content and URLs", () => {
    const guidesJson = JSON.parse(read(`${GUIDES}plans-action.json`));
    const plansJson = JSON.parse(read(`${PLANS}plans-action.json`));
    expect(guidesJson.page).toBe(`${SITE_URL}${GUIDES}`);
    expect(guidesJson.titre).toBe("Guides du numérique responsable");
    expect(guidesJson.plans).toHaveLength(3);
    expect(plansJson.page).toBe(`${SITE_URL}${PLANS}`);
    expect(plansJson.plans).toHaveLength(13);
    const schema = JSON.parse(read(`${GUIDES}plans-action.schema.json`));
    expect(schema.$id).toBe(`${SITE_URL}${GUIDES}plans-action.schema.json`);
    expect(guidesJson.$schema).toBe(schema.$id);
    expect(JSON.parse(read(`${PLANS}plans-action.schema.json`)).$id).toBe(`${SITE_URL}${PLANS}plans-action.schema.json`);
    expect(read(`${GUIDES}plans-action.csv`).trim().split("\n")).toHaveLength(4);

    const feed = xml.parse(read(`${GUIDES}plans-action.atom`)).feed;
    expect(feed.title).toBe("Guides du numérique responsable");
    expect(feed.id).toBe(`${SITE_URL}${GUIDES}plans-action.atom`);
    expect(feed.entry.map((e: { title: string }) => e.title)).toEqual([
      "Guide d’écoconception des sites culturels",
      "Guide de mesure de l’empreinte des services numériques",
    ]);
    expect(xml.parse(read(`${PLANS}plans-action.atom`)).feed.id).toBe(`${SITE_URL}${PLANS}plans-action.atom`);
    expect(html(GUIDES).querySelector('link[type="application/atom+xml"]')?.getAttribute("href")).toBe(`${GUIDES}plans-action.atom`);
    const downloads = html(GUIDES).querySelectorAll("main a[download]").map((a) => a.getAttribute("href"));
    expect(downloads).toContain(`${GUIDES}plans-action.csv`);
  });

  it("copies each list's documents and covers", () => {
    expect(existsSync(path.join(output, "docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf"))).toBe(true);
    const cover = html(GUIDES).querySelector("main .fr-card img")?.getAttribute("src");
    expect(cover && existsSync(path.join(output, cover))).toBe(true);
  });

  it("writes one sitemap that lists both lists' pages and ministry pages", () => {
    const urls = xml.parse(read("/sitemap.xml")).urlset.url.map((u: { loc: string }) => u.loc);
    for (const url of [PLANS, GUIDES, DINUM, `${PLANS}ministere-de-la-culture/`, "/nos-guides/"]) expect(urls).toContain(`${SITE_URL}${url}`);
    const guides = xml.parse(read("/sitemap.xml")).urlset.url.find((u: { loc: string }) => u.loc === `${SITE_URL}${GUIDES}`);
    expect(guides?.lastmod).toBe("2024-02-01");
    expect(readdirSync(output).filter((f) => f.startsWith("sitemap"))).toEqual(["sitemap.xml"]);
  });

  it("writes one DSFR stylesheet, linked by both pages", () => {
    const stylesheets = readdirSync(output, { recursive: true }).map(String).filter((f) => f.endsWith("dsfr.css"));
    expect(stylesheets).toEqual([path.join("assets", "dsfr", "dsfr.css")]);
    for (const url of [PLANS, GUIDES, DINUM]) {
      expect(html(url).querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe("/assets/dsfr/dsfr.css");
    }
  });

  it("puts both lists in the navigation: the publications page, breadcrumbs", () => {
    const publications = html("/publications/").querySelectorAll("main .fr-card__title a").map((a) => a.getAttribute("href"));
    expect(publications).toEqual(expect.arrayContaining([PLANS, GUIDES]));
    const crumbs = (url: string) => html(url).querySelectorAll(".fr-breadcrumb__link").map((a) => a.text.trim());
    expect(crumbs(GUIDES)).toEqual(["Accueil", "Publications", "Guides"]);
    expect(crumbs(DINUM)).toEqual(["Accueil", "Publications", "Guides", "Direction interministérielle du numérique"]);
    expect(crumbs(PLANS)).toEqual(["Accueil", "Publications", "Plans d’action des ministères"]);
  });

  it("gives each list's data to the site's own pages, and its cards to a shortcode that names it", () => {
    const page = html("/nos-guides/");
    expect(page.querySelector("#data")?.text).toBe(
      "Plans d’action des ministères pour la réduction de l’empreinte environnementale du numérique | Guides du numérique responsable | plansAction=13;guides=3;",
    );
    expect(page.querySelectorAll("#grid h3").map((h) => h.text)).toEqual(["2024", "2023"]);
    expect(page.querySelectorAll("#grid h4.fr-card__title")).toHaveLength(3);
  });
});

describe("registrations that cannot live together", () => {
  const build = (options: PlansActionOptions, configure: Configure) => buildSite(options, undefined, configure);

  it("the same options twice register one list", async () => {
    const pages = await build({}, (c) => {
      c.addPlugin(plansAction, { root: PROJECT_ROOT });
      c.addTemplate("lists.njk", "{% for key, l in plansActionLists %}{{ key }};{% endfor %}", { permalink: "/lists.txt" });
    });
    expect(pages.get("/lists.txt")).toBe("plansAction;");
  });

  it.each([
    ["dataKey", { ...GUIDES_OPTIONS, dataKey: "plansAction" }, "la même dataKey « plansAction »"],
    ["url", { ...GUIDES_OPTIONS, url: PLANS }, `la même adresse url « ${PLANS} »`],
    ["dataFile", { ...GUIDES_OPTIONS, dataFile: "data/plans-action.yaml" }, "le même fichier de données « data/plans-action.yaml »"],
  ])("the same %s stops the build, naming both registrations", async (_, second, clash) => {
    const message = await failure(build({}, (c) => c.addPlugin(plansAction, second)));
    expect(message).toContain(`plans-action : deux listes ont ${clash}`);
    expect(message).toContain('addPlugin(plansAction, { dataFile: "data/plans-action.yaml", url: "/publications/plans-action-ministeres/", dataKey: "plansAction" })');
    expect(message).toContain(`addPlugin(plansAction, { dataFile: "${second.dataFile}", url: "${second.url}", dataKey: "${second.dataKey}" })`);
    expect(message).toContain("Donnez à chaque liste son propre fichier (dataFile), sa propre adresse (url) et son propre nom (dataKey).");
  });

  it("a shortcode without a list's name, on a site with two, stops the build saying which to write", async () => {
    const message = await failure(
      build({}, (c) => {
        c.addPlugin(plansAction, GUIDES_OPTIONS);
        c.addTemplate("grille.njk", "{% plansActionGrid %}", { permalink: "/grille/" });
      }),
    );
    expect(message).toContain(
      '{% plansActionGrid %} ne dit pas quelle liste afficher, et le site en a 2 (plansAction, guides). Écrivez par exemple {% plansActionGrid "plansAction" %}.',
    );
  });

  it("one list's invalid data file stops the build with its located problems, and nothing is written", async () => {
    const dir = tempDir();
    const broken = path.join(dir, "guides.yaml");
    writeFileSync(broken, "page:\n  title: Guides\n  description: D\n  date: 2024-02-01\nplans:\n  - ministry: M\n    title: T\n    link: '#'\n");
    const output = path.join(dir, "_site");
    const message = await failure(writeSite(output, {}, undefined, (c) => c.addPlugin(plansAction, { ...GUIDES_OPTIONS, dataFile: broken })));
    expect(message).toMatch(/guides\.yaml:8:11 erreur plans\[0\]\.link : le lien « # » ne mène à aucun document/);
    expect(message).toContain("Le fichier de données contient 1 erreur, 0 avertissement ; rien n’a été écrit.");
    expect(existsSync(output)).toBe(false);
  });

  it("both lists' invalid files: one error naming every problem of each file", async () => {
    const dir = tempDir();
    const broken = (name: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, "page:\n  title: Liste\n  description: D\n  date: 2024-02-01\nplans:\n  - ministry: M\n    titel: T\n");
      return file;
    };
    const message = await failure(
      buildSite({ dataFile: broken("plans.yaml") }, undefined, (c) => c.addPlugin(plansAction, { ...GUIDES_OPTIONS, dataFile: broken("guides.yaml") })),
    );
    expect(message).toContain("Les fichiers de données contiennent 2 erreurs, 0 avertissement ; rien n’a été écrit.");
    expect(message).toMatch(/plans\.yaml:7:5 erreur plans\[0\]\.titel/);
    expect(message).toMatch(/guides\.yaml:7:5 erreur plans\[0\]\.titel/);
  });
});
