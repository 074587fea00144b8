/**
 * The plugin as a guest in a DSFR site that is not ours (tests/fixtures/host-site): CommonJS
 * config importing the packed plugin, its own base layout with its own header and footer, a page
 * layout chained by front matter with a side menu from eleventy-navigation, Markdown through
 * Liquid, its own passthrough copies and sitemap, published under the path prefix /site/.
 *
 * Built once without the plugin (a page written by hand at the plans' URL) and once per way of
 * using it: the generated page in the site's layout, the site's own page with the shortcodes
 * (`page: false`), and a Nunjucks page of the site showing the grid; then with a long list, in the
 * site's layout, in `page: false`, and in a layout that prints the title and date itself.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser, withPage } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { copySiteContent, eleventy, installPacked, pack } from "../helpers/packed.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const MODES = ["none", "layout", "page-false", "shortcodes-njk"] as const;
/** The same ways, with a list longer than `cards`: rows in pages of 5 (13 plans, 3 pages). */
const LONG_MODES = ["layout", "page-false", "layout-title"] as const;
const LONG_OPTIONS = { cards: 3, pageSize: 5 };
type Mode = (typeof MODES)[number] | `${(typeof LONG_MODES)[number]}-long`;
const PREFIX = "/site/";
const PLANS = "publications/plans-action-ministeres/index.html";
const MINISTRY = "publications/plans-action-ministeres/ministere-de-la-culture/index.html";

let tmp: string;
let site: string;
const servers = new Map<Mode, StaticServer>();
let browser: Browser;

/** The output of a mode: `www-MODE/site/…`, served as `/site/…`. */
const out = (mode: Mode, file = "") => path.join(tmp, `www-${mode}`, "site", file);
const read = (mode: Mode, file: string) => readFileSync(out(mode, file), "utf8");

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(html|xml)$/.test(f)).sort();
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "plans-action-host-"));
  const packed = await pack(tmp);
  site = path.join(tmp, "host");
  mkdirSync(site);
  cpSync(path.join(PROJECT_ROOT, "tests/fixtures/host-site"), site, { recursive: true });
  const own = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8"));
  await installPacked(site, `../${packed.filename}`, { "@11ty/eleventy-navigation": own.dependencies["@11ty/eleventy-navigation"] });
  copySiteContent(site);
  for (const mode of MODES) {
    await eleventy(site, ["--config=eleventy.config.cjs", `--pathprefix=${PREFIX}`, `--output=${out(mode)}`], { HOST_MODE: mode });
  }
  for (const mode of LONG_MODES) {
    const args = ["--config=eleventy.config.cjs", `--pathprefix=${PREFIX}`, `--output=${out(`${mode}-long`)}`];
    await eleventy(site, args, { HOST_MODE: mode, HOST_PLUGIN_OPTIONS: JSON.stringify(LONG_OPTIONS) });
  }
  // Each mode's output served as the host would: /site/… from www-MODE.
  for (const mode of [...MODES, ...LONG_MODES.map((m) => `${m}-long` as const)]) servers.set(mode, await serveStatic(path.join(tmp, `www-${mode}`)));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map((s) => s.close()));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.each(["layout", "page-false"] as const)("the plans page, %s", (mode) => {
  const page = () => parse(read(mode, PLANS));

  it("wears the site's header and footer, not the plugin's, and leaks no front matter", () => {
    const html = read(mode, PLANS);
    expect(page().querySelector("header#entete-du-site")).not.toBeNull();
    expect(page().querySelector("footer#pied-du-site")).not.toBeNull();
    expect(page().querySelectorAll("header")).toHaveLength(1);
    expect(page().querySelectorAll("html")).toHaveLength(1);
    expect(html).not.toMatch(/^---|layout:|eleventyNavigation/m);
  });

  it("shows the 13 cards, the filter by ministry and the open data", () => {
    expect(page().querySelectorAll("main ul.fr-grid-row > li > .fr-card")).toHaveLength(13);
    expect(page().querySelectorAll("main .fr-tags-group a.fr-tag").length).toBeGreaterThan(1);
    expect(page().querySelector('main a[href$="plans-action.csv"]')).not.toBeNull();
  });

  it("has the site's side menu with the page's siblings", () => {
    const links = page()
      .querySelectorAll("nav.fr-sidemenu a")
      .map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/site/publications/guides/", "/site/publications/rapports/", "/site/publications/plans-action-ministeres/"]);
  });

  it("has ministry pages in the site's layout", () => {
    const ministry = parse(read(mode, MINISTRY));
    expect(ministry.querySelector("header#entete-du-site")).not.toBeNull();
    expect(ministry.querySelector("h1")?.text).toBe("Ministère de la Culture");
    expect(ministry.querySelectorAll("main ul.fr-grid-row > li > .fr-card")).toHaveLength(1);
  });

  it("has no accessibility violation (axe)", async () => {
    const violations = await withPage(browser, (p) => runAxe(p), {
      url: `${servers.get(mode)!.origin}${PREFIX}publications/plans-action-ministeres/`,
    });
    expect(violations).toEqual([]);
  });
});

describe("the generated page in the site's layout", () => {
  it("is listed by the site's own collection (frontMatter tags) with its title", () => {
    const titles = parse(read("layout", "publications/index.html")).querySelectorAll("main li a").map((a) => a.text);
    expect(titles).toContain("Plans d’action des ministères pour la réduction de l’empreinte environnementale du numérique");
  });
});

describe("a Nunjucks page of the site with {% plansActionGrid \"plansAction\", 3 %}", () => {
  it("shows the 13 cards titled h3", () => {
    const root = parse(read("shortcodes-njk", "a-la-une/index.html"));
    expect(root.querySelectorAll("main ul.fr-grid-row > li h3.fr-card__title")).toHaveLength(13);
    expect(root.querySelector("header#entete-du-site")).not.toBeNull();
  });
});

describe.each(["layout", "page-false", "shortcodes-njk", "layout-long", "page-false-long", "layout-title-long"] as const)("the whole site, %s", (mode) => {
  it("writes every root URL with the prefix /site/, each resolving to a file of the output", () => {
    const missing: string[] = [];
    const unprefixed: string[] = [];
    for (const file of files(out(mode)).filter((f) => f.endsWith(".html"))) {
      const root = parse(read(mode, file));
      const urls = [
        ...root.querySelectorAll("[href]").map((e) => e.getAttribute("href")!),
        ...root.querySelectorAll("[src]").map((e) => e.getAttribute("src")!),
        ...root.querySelectorAll("[srcset]").flatMap((e) => e.getAttribute("srcset")!.split(",").map((c) => c.trim().split(/\s+/)[0]!)),
      ].filter((u) => u.startsWith("/"));
      for (const url of urls) {
        if (!url.startsWith(PREFIX)) unprefixed.push(`${file}: ${url}`);
        const target = out(mode, decodeURI(url.slice(PREFIX.length).split("#")[0]!));
        if (!existsSync(target) || (target.endsWith("/") && !existsSync(path.join(target, "index.html")))) missing.push(`${file}: ${url}`);
      }
    }
    expect(unprefixed).toEqual([]);
    expect(missing).toEqual([]);
  });

  it("leaves the site's other pages byte-identical to the site without the plugin", () => {
    const own = files(out("none")).filter((f) => f !== PLANS && f !== "sitemap.xml");
    expect(own.length).toBeGreaterThan(3);
    for (const file of own) expect(read(mode, file), file).toBe(read("none", file));
  });

  it("keeps the site's own sitemap, with the ministry pages added to it", () => {
    const sitemap = read(mode, "sitemap.xml");
    expect(sitemap).toContain("<!-- Le sitemap du site lui-même. -->");
    for (const line of read("none", "sitemap.xml").split("\n").filter((l) => l.includes("<loc>"))) expect(sitemap).toContain(line);
    expect(sitemap).toContain("<loc>https://exemple.gouv.fr/site/publications/plans-action-ministeres/ministere-de-la-culture/</loc>");
  });

  it("writes no DSFR stylesheet, font or favicon of its own (the site loads its DSFR)", () => {
    expect(existsSync(out(mode, "assets"))).toBe(false);
    for (const file of files(out(mode)).filter((f) => f.endsWith(".html"))) {
      expect(read(mode, file), file).not.toContain("/assets/dsfr/");
    }
  });

  it("publishes the open data and the feed with the prefix in their absolute URLs", () => {
    const json = JSON.parse(read(mode, "publications/plans-action-ministeres/plans-action.json"));
    expect(json.page).toBe("https://exemple.gouv.fr/site/publications/plans-action-ministeres/");
    const feed = readFileSync(out(mode, "publications/plans-action-ministeres/plans-action.atom"), "utf8");
    expect(feed).toContain('href="https://exemple.gouv.fr/site/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf"');
  });
});

describe.each(["layout", "page-false"] as const)("a list longer than `cards`, %s", (base) => {
  const mode = `${base}-long` as const;
  const LIST = "publications/plans-action-ministeres/";
  const at = (n: number) => (n === 1 ? `${LIST}index.html` : `${LIST}page/${n}/index.html`);
  const page = (n: number) => parse(read(mode, at(n)));

  it("cuts the 13 plans into 3 pages of download links, each in the site's layout", () => {
    const rows = [1, 2, 3].map((n) => page(n).querySelectorAll("main ul.fr-links-group--download > li").length);
    expect(rows).toEqual([5, 5, 3]);
    expect(existsSync(out(mode, at(4)))).toBe(false);
    for (const n of [1, 2, 3]) {
      expect(page(n).querySelector("header#entete-du-site"), `page ${n}`).not.toBeNull();
      expect(page(n).querySelectorAll("header"), `page ${n}`).toHaveLength(1);
      expect(page(n).querySelectorAll("main .fr-card"), `page ${n}`).toHaveLength(0);
    }
  });

  it("gives pages 2 and 3 their own title in the site's <title>, and DSFR pagination with the prefix", () => {
    expect(page(2).querySelector("title")!.text).toContain("page 2 sur 3");
    expect(page(3).querySelector("title")!.text).toContain("page 3 sur 3");
    for (const n of [1, 2, 3]) {
      const hrefs = page(n).querySelectorAll("nav.fr-pagination a[href]").map((a) => a.getAttribute("href")!);
      expect(hrefs.length, `page ${n}`).toBeGreaterThanOrEqual(3);
      for (const href of hrefs) {
        expect(href.startsWith(PREFIX), href).toBe(true);
        expect(existsSync(out(mode, path.join(href.slice(PREFIX.length), "index.html"))), href).toBe(true);
      }
      const current = page(n).querySelector('nav.fr-pagination [aria-current="page"]');
      expect(current?.text.trim()).toBe(String(n));
    }
  });

  it("lists pages 2 and 3 in the site's sitemap", () => {
    const sitemap = read(mode, "sitemap.xml");
    for (const n of [2, 3]) expect(sitemap).toContain(`https://exemple.gouv.fr${PREFIX}${LIST}page/${n}/`);
  });

  it("has no accessibility violation on page 2 (axe)", async () => {
    const violations = await withPage(browser, (p) => runAxe(p), { url: `${servers.get(mode)!.origin}${PREFIX}${LIST}page/2/`, bypassCSP: true });
    expect(violations).toEqual([]);
  });
});

/*
 * A site's layout that prints `<h1>{{ title }}</h1>` and `date` (layouts/article.njk, the shape of
 * most DSFR sites' layouts), and one that prints neither (layouts/page.njk): each page the plugin
 * writes has one of each (`layoutTitle: "auto"`).
 */
describe.each([
  ["layout-title-long", "the site's layout", /^Dernière mise à jour le 1 avril 2022$/],
  ["layout-long", "the plugin's body", /^Dernière mise à jour : 1er avril 2022$/],
] as const)("one <h1> and one update date, %s (printed by %s)", (mode, _by, date) => {
  const pages = { "the list page": PLANS, "page 2": "publications/plans-action-ministeres/page/2/index.html", "a ministry page": MINISTRY };

  it.each(Object.entries(pages))("%s", (_name, file) => {
    const main = parse(read(mode, file)).querySelector("main")!;
    expect(main.querySelectorAll("h1"), file).toHaveLength(1);
    const dates = main.querySelectorAll("p").filter((p) => p.text.includes("Dernière mise à jour"));
    expect(dates.map((p) => p.text.replace(/\s+/g, " ").trim()), file).toEqual([expect.stringMatching(date)]);
    expect(read(mode, file), file).not.toContain("plans-action:titre");
  });

  it("has no accessibility violation on page 2 and a ministry page (axe)", async () => {
    for (const url of ["publications/plans-action-ministeres/page/2/", "publications/plans-action-ministeres/ministere-de-la-culture/"]) {
      const violations = await withPage(browser, (p) => runAxe(p), { url: `${servers.get(mode)!.origin}${PREFIX}${url}`, bypassCSP: true });
      expect(violations, url).toEqual([]);
    }
  });
});

describe("a second list of another kind (links under categories), in the layout that prints the title", () => {
  const FILE = "publications/ressources/index.html";
  const page = () => parse(read("layout-title-long", FILE)).querySelector("main")!;

  it("has one <h1> and one date, its category headings in order, and every target with the prefix", () => {
    expect(page().querySelectorAll("h1").map((h) => h.text)).toEqual(["Ressources sur le numérique responsable"]);
    expect(page().querySelectorAll("p").filter((p) => p.text.includes("Dernière mise à jour"))).toHaveLength(1);
    expect(page().querySelectorAll("h2").map((h) => h.text.trim())).toEqual(expect.arrayContaining(["Guides", "Données", "Vidéos"]));
    const hrefs = page().querySelectorAll("a[href]").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        "/site/publications/guides/",
        "/site/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf",
        "https://www.youtube.com/watch?v=o4_DLOuGToQ",
      ]),
    );
    const video = page().querySelector('a[href="https://www.youtube.com/watch?v=o4_DLOuGToQ"]')!;
    expect([video.getAttribute("target"), video.getAttribute("title")]).toEqual(["_blank", expect.stringMatching(/ - nouvelle fenêtre$/)]);
  });

  it("has no accessibility violation (axe)", async () => {
    const violations = await withPage(browser, (p) => runAxe(p), { url: `${servers.get("layout-title-long")!.origin}${PREFIX}publications/ressources/`, bypassCSP: true });
    expect(violations).toEqual([]);
  });
});
