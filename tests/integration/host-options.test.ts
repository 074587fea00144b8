/**
 * The options a host site sets, each on a real Eleventy build in memory: the labels' language and
 * the site's own words, the path prefix (with and without the site's HtmlBasePlugin), and the
 * outputs a site turns off.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy, { HtmlBasePlugin } from "@11ty/eleventy";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import plansAction, { type PlansActionOptions } from "../../src/index.ts";
import { buildSite, PROJECT_ROOT, writeSite } from "../helpers/build.ts";

const PAGE = "/publications/plans-action-ministeres/";

async function build(options: PlansActionOptions, setup: { pathPrefix?: string; configure?: (c: any) => void } = {}) {
  const input = path.join(PROJECT_ROOT, "site");
  const elev = new Eleventy(input, path.join(PROJECT_ROOT, "_site-test"), {
    quietMode: true,
    configPath: false,
    ...(setup.pathPrefix ? { pathPrefix: setup.pathPrefix } : {}),
    config(eleventyConfig: any) {
      eleventyConfig.setIncludesDirectory("../_includes");
      setup.configure?.(eleventyConfig);
      eleventyConfig.addPlugin(plansAction, { root: PROJECT_ROOT, ...options });
    },
  } as unknown as ConstructorParameters<typeof Eleventy>[2]);
  const pages = (await elev.toJSON()) as unknown as Array<{ url: string; content: string }>;
  return new Map(pages.map((p) => [p.url, p.content]));
}

describe("the labels", () => {
  it("are French by default", async () => {
    const root = parse((await buildSite()).get(PAGE)!);
    expect(root.querySelector("html")?.getAttribute("lang")).toBe("fr");
    expect(root.querySelector("main p.fr-text--sm")?.text).toBe("Dernière mise à jour : 1er avril 2022");
  });

  it("are English with lang: \"en\": words, date and file details", async () => {
    const root = parse((await buildSite({ lang: "en" })).get(PAGE)!);
    expect(root.querySelector("html")?.getAttribute("lang")).toBe("en");
    expect(root.querySelector("main p.fr-text--sm")?.text).toBe("Last updated: 1 April 2022");
    const details = root.querySelectorAll("main .fr-card__end .fr-card__detail").map((p) => p.text);
    expect(details).toContain("Forthcoming");
    expect(details).toContain("PDF - 1.06 MB - 8 pages - French");
    expect(root.querySelector("main h2.fr-mt-6w")?.text).toBe("Open data");
    expect(root.querySelector("main a[href$='.csv']")?.text).toMatch(/^Download the list of documents \(CSV - [\d.]+ kB\)$/);
    expect(root.text).not.toMatch(/À paraître|Filtrer par ministère|Données ouvertes|Dernière mise à jour|Sauf mention|Accès rapide/);
  });

  it("are English on every page of a long list too: rows, pagination, titles", async () => {
    const pages = await buildSite({ lang: "en", cards: 3, pageSize: 5 });
    const [first, second] = [PAGE, `${PAGE}page/2/`].map((url) => parse(pages.get(url)!));
    expect(first!.querySelectorAll("main ul.fr-links-group--download > li")).toHaveLength(5);
    expect(second!.querySelector("title")!.text).toContain("page 2 of 3");
    expect(first!.querySelector("nav.fr-pagination")?.getAttribute("aria-label")).toBe("Pagination");
    expect(first!.querySelector(".fr-pagination__link--next")?.text.trim()).toBe("Next page");
    const details = [first!, second!].flatMap((p) => p.querySelectorAll("main .fr-link__detail").map((d) => d.text));
    expect(details.some((d) => /^PDF - [\d.]+ MB - \d+ pages - French$/.test(d)), details.join(" | ")).toBe(true);
    for (const page of [first!, second!]) {
      expect(page.querySelector("main")!.text).not.toMatch(/À paraître|Par année|Page suivante|Données ouvertes|Mo - |Français/);
    }
  });

  it("take the site's own words over the language's", async () => {
    const html = (await buildSite({ labels: { forthcoming: "Bientôt en ligne" } })).get(PAGE)!;
    expect(html).toContain("Bientôt en ligne");
    expect(html).not.toContain("À paraître");
  });
});

describe("the path prefix", () => {
  it("is written into every link, cover and stylesheet of the plugin's pages", async () => {
    const root = parse((await build({}, { pathPrefix: "/depot/" })).get(PAGE)!);
    const urls = [
      ...root.querySelectorAll("[href]").map((e) => e.getAttribute("href")!),
      ...root.querySelectorAll("[src]").map((e) => e.getAttribute("src")!),
    ].filter((u) => u.startsWith("/"));
    expect(urls.length).toBeGreaterThan(30);
    expect(urls.filter((u) => !u.startsWith("/depot/"))).toEqual([]);
    expect(root.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe("/depot/assets/dsfr/dsfr.css");
  });

  it("is left to the site's HtmlBasePlugin when it has one (no prefix written twice)", async () => {
    const root = parse(
      (await build({}, { pathPrefix: "/depot/", configure: (c) => c.addPlugin(HtmlBasePlugin) })).get(PAGE)!,
    );
    const hrefs = root.querySelectorAll("main a[href^='/']").map((a) => a.getAttribute("href")!);
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((u) => !u.startsWith("/depot/") || u.startsWith("/depot/depot/"))).toEqual([]);
  });
});

describe("what a site turns off", () => {
  it("page: false writes no page at the URL, but the ministry pages and the open data", async () => {
    const pages = await build({ page: false });
    expect(pages.has(PAGE)).toBe(false);
    expect(pages.has(`${PAGE}ministere-de-la-culture/`)).toBe(true);
    expect(pages.has(`${PAGE}plans-action.csv`)).toBe(true);
  });

  it("ministryPages, openData and feed false write none of them, and the page links none", async () => {
    const pages = await build({ ministryPages: false, openData: false, feed: false, siteUrl: "https://exemple.gouv.fr" });
    const urls = [...pages.keys()];
    expect(urls.filter((u) => u.startsWith(PAGE) && u !== PAGE)).toEqual([]);
    const root = parse(pages.get(PAGE)!);
    expect(root.querySelector(".fr-tags-group")).toBeNull();
    expect(root.querySelector("main a[href$='.csv']")).toBeNull();
    expect(root.querySelector('link[type="application/atom+xml"]')).toBeNull();
  });

  it("eleventy-navigation is not added again when the site has it", async () => {
    const { default: EleventyNavigation } = await import("@11ty/eleventy-navigation");
    let added = 0;
    await build({}, {
      configure: (c) => {
        c.addPlugin(EleventyNavigation);
        const addPlugin = c.addPlugin.bind(c);
        c.addPlugin = (plugin: unknown, opts: unknown) => {
          if (plugin === EleventyNavigation) added += 1;
          return addPlugin(plugin, opts);
        };
      },
    });
    expect(added).toBe(0);
  });
});

describe("DSFR's stylesheet", () => {
  it("is purged against the pages that link it, not against the site's other pages", async () => {
    const output = mkdtempSync(path.join(tmpdir(), "plans-action-purge-"));
    try {
      await writeSite(output, {}, undefined, (c) => {
        // A page of the site with its own chrome: a DSFR class no page of the plugin's layout uses.
        c.addTemplate("autre.njk", '<!DOCTYPE html><html lang="fr"><title>Autre</title><p class="fr-h1">Autre</p></html>', {
          permalink: "/autre/",
        });
      });
      const css = readFileSync(path.join(output, "assets/dsfr/dsfr.css"), "utf8");
      expect(css).toContain(".fr-card");
      expect(css).not.toContain(".fr-h1");
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  });

  it("is not written when no page links it (a site's own layout)", async () => {
    const output = mkdtempSync(path.join(tmpdir(), "plans-action-purge-"));
    try {
      await writeSite(output, { layout: "layouts/site.njk" });
      expect(existsSync(path.join(output, "publications/plans-action-ministeres/index.html"))).toBe(true);
      expect(existsSync(path.join(output, "assets"))).toBe(false);
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  });
});
