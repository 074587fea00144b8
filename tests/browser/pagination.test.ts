/**
 * A 1,000-plan list (the bench's generated plans) built on disk with the default page size, and
 * served like a real host: the DSFR pagination's markup and links, the URLs, canonical links,
 * breadcrumbs and sitemap of its pages, and, in Chromium, the budget of each kind of page (first,
 * middle and last plans page, a ministry's first and later page): ≤ 300 DOM elements, ≤ 180 KB,
 * EcoIndex A, axe 0 violations, html-validate 0 errors.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedPlans } from "../../bench/sites.ts";
import { runAxe } from "../helpers/axe.ts";
import { launchBrowser, withPage } from "../helpers/browser.ts";
import { PROJECT_ROOT, writeSite } from "../helpers/build.ts";
import { attr, parseHtml } from "../helpers/html.ts";
import { formatFigures, measurePage, PAGE_BUDGET } from "../helpers/measure-page.ts";
import { sitePages } from "../helpers/site-pages.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const SITE_URL = "https://exemple.gouv.fr";
const LIST = "/publications/plans-action-ministeres/";
const MINISTRY = `${LIST}ministere-de-la-culture/`;
/** The default `pageSize`: a list longer than `cards` (13) shows rows, 50 a page. */
const PAGE_SIZE = 50;
const TOTAL = Math.ceil(1000 / PAGE_SIZE);
const MIDDLE = Math.ceil(TOTAL / 2);

let dir: string;
let server: StaticServer;
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "plans-action-1000-"));
  await writeFile(path.join(dir, "plans.yaml"), generatedPlans(1000));
  // Covers are not the point here (and rows have none): the fastest build.
  await writeSite(path.join(dir, "_site"), { dataFile: path.join(dir, "plans.yaml"), siteUrl: SITE_URL, images: false });
  server = await serveStatic(path.join(dir, "_site"));
  browser = await launchBrowser();
  pages = await sitePages(path.join(dir, "_site"));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const html = (url: string) => parseHtml(readFileSync(path.join(dir, "_site", ...url.split("/").filter(Boolean), "index.html"), "utf8"));
const written = (href: string) => existsSync(path.join(dir, "_site", ...href.split("/").filter(Boolean), "index.html"));

describe("the pages of a 1,000-plan list", () => {
  it(`has ${TOTAL} plans pages of ${PAGE_SIZE} documents, as download links: page 1 at the list's URL, page N at page/N/`, () => {
    const listPages = pages.filter((p) => p === LIST || p.startsWith(`${LIST}page/`));
    expect(listPages.sort()).toEqual([LIST, ...Array.from({ length: TOTAL - 1 }, (_, i) => `${LIST}page/${i + 2}/`)].sort());
    const rows = listPages.map((url) => html(url).querySelectorAll("ul.fr-links-group--download > li"));
    expect(rows.map((r) => r.length)).toEqual(Array(TOTAL).fill(PAGE_SIZE));
    for (const url of listPages) expect(html(url).querySelectorAll(".fr-card"), url).toEqual([]);
    // Every document once, over the pages: the numbers in the generated titles are 1..1000.
    const numbers = rows.flat().map((li) => Number(/n° (\d+)/.exec(li.text)![1]));
    expect(new Set(numbers).size).toBe(1000);
  });

  it("shows each document as a DSFR download: title and ministry, then format and size; « À paraître » without a link", () => {
    const [published, forthcoming] = html(`${LIST}page/2/`).querySelectorAll("ul.fr-links-group--download > li");
    const link = published!.querySelector("a.fr-link")!;
    expect(link.text.replace(/\s+/g, " ").trim()).toMatch(/^Plan d’action numérique responsable n° \d+ – Ministère .+ PDF - \d,\d Mo$/);
    expect(link.querySelector(".fr-link__detail")!.text).toMatch(/^PDF - \d,\d Mo$/);
    expect(attr(link, "href")).toMatch(/^https:\/\/www\.numerique\.gouv\.fr\/plans\/plan-\d+\.pdf$/);
    expect(forthcoming!.querySelector("a")).toBeNull();
    expect(forthcoming!.text.trim()).toMatch(/^Plan d’action numérique responsable n° \d+ – .+ – À paraître$/);
    // On a ministry's page, the ministry is the title: its rows leave it out.
    const ministryRow = html(`${MINISTRY}page/2/`).querySelector("ul.fr-links-group--download > li")!;
    expect(ministryRow.text).not.toContain("Ministère de la Culture");
  });

  it("marks the current page, disables first and previous on page 1, links the rest to written pages", () => {
    const nav = html(LIST).querySelector("nav.fr-pagination")!;
    expect(attr(nav, "aria-label")).toBe("Pagination");
    const links = nav.querySelectorAll(".fr-pagination__link");
    const current = links.filter((a) => attr(a, "aria-current") === "page");
    expect(current.map((a) => [a.text.trim(), attr(a, "href"), attr(a, "title")])).toEqual([["1", undefined, "Page 1"]]);
    for (const kind of ["first", "prev"]) {
      const a = nav.querySelector(`.fr-pagination__link--${kind}`)!;
      expect([attr(a, "aria-disabled"), attr(a, "href")]).toEqual(["true", undefined]);
    }
    expect(attr(nav.querySelector(".fr-pagination__link--next")!, "href")).toBe(`${LIST}page/2/`);
    expect(attr(nav.querySelector(".fr-pagination__link--last")!, "href")).toBe(`${LIST}page/${TOTAL}/`);
    expect(nav.querySelector(".fr-pagination__link--last")!.text.trim()).toBe("Dernière page");
  });

  it("links every page of every list to pages that exist", () => {
    for (const url of [LIST, `${LIST}page/${MIDDLE}/`, `${LIST}page/${TOTAL}/`, MINISTRY, `${MINISTRY}page/2/`]) {
      const hrefs = html(url).querySelectorAll("nav.fr-pagination a[href]").map((a) => attr(a, "href")!);
      expect(hrefs.length, url).toBeGreaterThanOrEqual(3);
      for (const href of hrefs) expect(written(href), `${url} → ${href}`).toBe(true);
    }
    const middle = html(`${LIST}page/${MIDDLE}/`);
    expect(middle.querySelectorAll(".fr-pagination__link[title]").map((a) => a.text.trim())).toEqual(
      ["1", MIDDLE - 1, MIDDLE, MIDDLE + 1, TOTAL].map(String),
    );
  });

  it("gives each page its own title, its own canonical link and « Page N » as last crumb", () => {
    const page = html(`${LIST}page/2/`);
    expect(page.querySelector("title")!.text).toContain(`page 2 sur ${TOTAL}`);
    expect(attr(page.querySelector('link[rel="canonical"]')!, "href")).toBe(`${SITE_URL}${LIST}page/2/`);
    expect(attr(html(LIST).querySelector('link[rel="canonical"]')!, "href")).toBe(`${SITE_URL}${LIST}`);
    const crumbs = page.querySelectorAll(".fr-breadcrumb__link");
    expect(crumbs.at(-1)!.text.trim()).toBe("Page 2");
    expect(attr(crumbs.at(-2)!, "href")).toBe(LIST);
    // Its JSON-LD: the page, naming its published documents by URL (the open data describes them).
    const graph = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text)["@graph"];
    expect(graph.map((n: { "@type": string }) => n["@type"])).toEqual(["CollectionPage"]);
    const published = page.querySelectorAll("ul.fr-links-group--download a.fr-link").map((a) => attr(a, "href"));
    expect(graph[0].hasPart.map((p: { "@id": string }) => p["@id"])).toEqual(published);
    const titles = pages.filter((p) => p.startsWith(LIST)).map((p) => html(p).querySelector("title")!.text);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("reaches any year from page 1, and shows the filters and open data on page 1 only", () => {
    const first = html(LIST);
    const years = first.querySelectorAll("main p a").filter((a) => /^\d{4}$/.test(a.text));
    expect(years.map((a) => a.text)).toEqual(["2024", "2023", "2022", "2021", "2020"]);
    for (const a of years) {
      // The page where the year starts, at the year's heading.
      const [target, fragment] = attr(a, "href")!.split("#");
      expect(written(target!)).toBe(true);
      expect(fragment).toBe(`annee-${a.text}`);
      expect(html(target!).querySelector(`h2#${fragment}`)?.text).toBe(a.text);
    }
    expect(first.querySelector(".fr-tags-group")).not.toBeNull();
    expect(first.querySelectorAll("a[download]").length).toBeGreaterThan(0);
    expect(html(`${LIST}page/2/`).querySelector(".fr-tags-group")).toBeNull();
  });

  it("lists every page in the sitemap", () => {
    const sitemap = readFileSync(path.join(dir, "_site/sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const url of pages) expect(locs, url).toContain(`${SITE_URL}${url}`);
  });
});

describe("a page of download links, in Chromium", () => {
  it("10.11: at 320 px wide nothing scrolls sideways, and each row's format and size shows below its title", async () => {
    const url = `${server.origin}${LIST}page/2/`;
    const figures = await withPage(
      browser,
      (page) =>
        page.evaluate(() => {
          const row = document.querySelector("ul.fr-links-group--download > li a.fr-link")!;
          const detail = row.querySelector(".fr-link__detail")!.getBoundingClientRect();
          const link = row.getBoundingClientRect();
          return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, detailTop: detail.top, linkTop: link.top, detailRight: detail.right };
        }),
      { url, viewport: { width: 320, height: 640 } },
    );
    expect(figures.viewport).toBe(320);
    expect(figures.page).toBeLessThanOrEqual(320);
    expect(figures.detailTop).toBeGreaterThan(figures.linkTop);
    expect(figures.detailRight).toBeLessThanOrEqual(320);
  });

  it("keeps the outline: one h1, then a heading per year, no level skipped", async () => {
    const levels = await withPage(browser, (page) => page.$$eval("h1, h2, h3, h4, h5, h6", (hs) => hs.map((h) => [h.tagName, h.textContent!.trim()])), {
      url: `${server.origin}${LIST}page/2/`,
    });
    expect(levels[0]![0]).toBe("H1");
    const years = levels.filter(([, text]) => /^\d{4}$/.test(text!));
    expect(years.length).toBeGreaterThan(0);
    expect(years.every(([tag]) => tag === "H2")).toBe(true);
  });
});

describe("the budget of each kind of page, in Chromium", () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData);
  const KINDS = { "first plans page": LIST, "a middle plans page": `${LIST}page/${MIDDLE}/`, "the last plans page": `${LIST}page/${TOTAL}/`, "a ministry's first page": MINISTRY, "a ministry's later page": `${MINISTRY}page/2/` };
  for (const [kind, url] of Object.entries(KINDS)) {
    it(`${kind}: ≤ ${PAGE_BUDGET.domElements} DOM elements, ≤ ${PAGE_BUDGET.kilobytes} KB, EcoIndex A, axe and html-validate clean`, async () => {
      const figures = await measurePage(browser, server.origin + url);
      console.log(`1 000 plans : ${formatFigures(figures)}`);
      expect(figures.domElements).toBeLessThanOrEqual(PAGE_BUDGET.domElements);
      expect(figures.kilobytes).toBeLessThanOrEqual(PAGE_BUDGET.kilobytes);
      expect(figures.grade).toBe("A");
      const violations = await withPage(browser, (page) => runAxe(page), { url: server.origin + url, bypassCSP: true });
      expect(violations).toEqual([]);
      const report = await validator.validateString(readFileSync(path.join(dir, "_site", ...url.split("/").filter(Boolean), "index.html"), "utf8"), url);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    });
  }
});
