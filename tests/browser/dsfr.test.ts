/**
 * DSFR conformity in the browser: the purged stylesheet renders every page exactly as DSFR's own
 * stylesheets do; the markup only uses DSFR's classes; the fonts are DSFR's files, unmodified,
 * only the weights the page shows, with `font-display: swap`; no script; and a strict
 * Content-Security-Policy that the page never trips.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import purgeHtmlModule from "purgecss-from-html";
import { DSFR_STYLESHEETS, dsfrDistFolder } from "../../src/assets.ts";
import { rebaseUrls } from "../../src/css/purge-dsfr.ts";
import { launchBrowser, withPage as withPageIn } from "../helpers/browser.ts";
import { sitePages } from "../helpers/site-pages.ts";

const purgeHtml = purgeHtmlModule as unknown as typeof purgeHtmlModule.default;
const sites = inject("sites");
const PLANS = "/publications/plans-action-ministeres/";
const dist = dsfrDistFolder();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withPage = <T>(run: (page: Page) => Promise<T>, options: BrowserContextOptions = {}) => withPageIn(browser, run, options);

/** Loads every image (lazy ones too) and the fonts, then shoots the whole page. */
async function fullPageShot(page: Page): Promise<Buffer> {
  await page.evaluate(async () => {
    for (const img of document.images) img.loading = "eager";
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
  return page.screenshot({ fullPage: true });
}

describe("the purged stylesheet", () => {
  // DSFR's own per-component stylesheets, whole, joined as the site would load them unpurged.
  const fullCss = DSFR_STYLESHEETS.map((sheet) =>
    rebaseUrls(readFileSync(path.join(dist, sheet), "utf8"), path.posix.dirname(sheet), "."),
  ).join("\n");

  for (const [name, site] of Object.entries(sites)) {
    it(`renders every page of the ${name} site exactly as DSFR's whole stylesheets, at 320 and 1366 px`, async () => {
      const differ: string[] = [];
      for (const url of await sitePages(site.dir)) {
        for (const width of [320, 1366]) {
          const options = { viewport: { width, height: 800 } };
          const purged = await withPage(async (page) => {
            await page.goto(site.origin + url);
            return fullPageShot(page);
          }, options);
          const whole = await withPage(async (page) => {
            await page.route("**/assets/dsfr/dsfr.css", (route) => route.fulfill({ body: fullCss, contentType: "text/css" }));
            // Fonts and icons the whole CSS refers to, straight from the DSFR package.
            await page.route(/\/assets\/dsfr\/(fonts|icons)\//, (route) =>
              route.fulfill({ path: path.join(dist, new URL(route.request().url()).pathname.replace("/assets/dsfr/", "")) }),
            );
            await page.goto(site.origin + url);
            return fullPageShot(page);
          }, options);
          if (!purged.equals(whole)) differ.push(`${url} à ${width} px`);
        }
      }
      expect(differ).toEqual([]);
    });
  }

  it("is much smaller than DSFR's whole stylesheets", async () => {
    const purged = await readFile(path.join(sites.demo.dir, "assets/dsfr/dsfr.css"), "utf8");
    expect(purged.length).toBeLessThan(fullCss.length / 4);
  });
});

describe("DSFR markup", () => {
  // Every fr-* class DSFR defines in its CSS or shows in its components' documented markup
  // (some, like fr-footer__content-item, are markup only).
  const dsfrClasses = new Set<string>();
  const docs = readdirSync(path.join(dist, "../src/dsfr/component"), { recursive: true, encoding: "utf8" })
    .filter((f) => /_part[\\/]doc[\\/].*\.md$/.test(f))
    .map((f) => readFileSync(path.join(dist, "../src/dsfr/component", f), "utf8"));
  for (const text of [readFileSync(path.join(dist, "dsfr.min.css"), "utf8"), ...docs]) {
    for (const [token] of text.matchAll(/fr-[a-z0-9]+(?:[_-]+[a-z0-9]+)*/g)) dsfrClasses.add(token);
  }
  const isDsfrClass = (cls: string) => dsfrClasses.has(cls);

  it("every fr-* class the pages use is one of DSFR's", async () => {
    const unknown = new Set<string>();
    for (const site of Object.values(sites)) {
      for (const url of await sitePages(site.dir)) {
        const file = path.join(site.dir, ...url.split("/").filter(Boolean), url.endsWith("/") ? "index.html" : "");
        for (const cls of purgeHtml(await readFile(file, "utf8")).classes) {
          if (cls.startsWith("fr-") && !isDsfrClass(cls)) unknown.add(`${cls} (${url})`);
        }
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it("the check can fail: an invented class is not DSFR's", () => {
    expect(isDsfrClass("fr-card__title")).toBe(true);
    expect(isDsfrClass("fr-card__titre")).toBe(false);
  });
});

describe("fonts", () => {
  it("only Marianne regular and bold are downloaded, and they are DSFR's files unmodified", async () => {
    const fonts: string[] = [];
    for (const width of [320, 1366]) {
      await withPage(
        async (page) => {
          page.on("requestfinished", (request) => {
            if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
          });
          await page.goto(sites.demo.origin + PLANS);
          await page.evaluate(() => document.fonts.ready);
        },
        { viewport: { width, height: 800 } },
      );
    }
    expect(new Set(fonts)).toEqual(new Set(["/assets/dsfr/fonts/Marianne-Regular.woff2", "/assets/dsfr/fonts/Marianne-Bold.woff2"]));
    for (const font of new Set(fonts)) {
      const served = await readFile(path.join(sites.demo.dir, font));
      expect(served.equals(await readFile(path.join(dist, font.replace("/assets/dsfr/", "")))), font).toBe(true);
    }
  });

  it("every font face the stylesheet declares is Marianne with font-display: swap", async () => {
    const faces = await withPage(async (page) => {
      await page.goto(sites.demo.origin + PLANS);
      return page.evaluate(() =>
        [...document.styleSheets].flatMap((sheet) =>
          [...sheet.cssRules]
            .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
            .map((rule) => ({ family: rule.style.getPropertyValue("font-family"), display: rule.style.getPropertyValue("font-display") })),
        ),
      );
    });
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) expect(face).toEqual({ family: "Marianne", display: "swap" });
  });
});

describe("Content-Security-Policy", () => {
  it("every page declares a strict policy: nothing from another origin, no script, no inline style", async () => {
    for (const site of Object.values(sites)) {
      for (const url of await sitePages(site.dir)) {
        const found = await withPage(async (page) => {
          await page.goto(site.origin + url);
          return page.evaluate(() => ({
            policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
            inline: document.querySelectorAll("style, [style], script:not([type='application/ld+json'])").length,
          }));
        });
        const directives: Record<string, string[]> = Object.fromEntries(
          found.policy.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
        );
        expect(directives["default-src"], url).toEqual(["'none'"]);
        expect(directives["script-src"], url).toBeUndefined(); // so default-src 'none' forbids every script
        for (const [directive, values] of Object.entries(directives)) {
          // `data:` images only: DSFR's logo is drawn with SVG data URIs.
          const allowed = directive === "img-src" ? ["'self'", "data:"] : ["'self'", "'none'"];
          for (const value of values) expect(allowed, `${url} : ${directive} ${value}`).toContain(value);
        }
        expect(found.inline, url).toBe(0);
      }
    }
  });

  it("no page trips it nor logs an error, on a phone or a laptop", async () => {
    const errors: string[] = [];
    for (const site of Object.values(sites)) {
      for (const url of await sitePages(site.dir)) {
        for (const width of [320, 1366]) {
          await withPage(
            async (page) => {
              page.on("console", (message) => {
                if (message.type() === "error" || message.type() === "warning") errors.push(`${url} : ${message.text().slice(0, 200)}`);
              });
              page.on("pageerror", (error) => errors.push(`${url} : ${error.message.slice(0, 200)}`));
              await page.goto(site.origin + url);
              await page.evaluate(async () => {
                for (const img of document.images) img.loading = "eager";
                await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
              });
            },
            { viewport: { width, height: 800 } },
          );
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it("the check can fail: an inline style is refused and reported", async () => {
    const errors: string[] = [];
    await withPage(async (page) => {
      page.on("console", (message) => errors.push(message.text().slice(0, 200)));
      await page.goto(sites.demo.origin + PLANS);
      await page.evaluate(() => {
        const style = document.createElement("style");
        style.textContent = "body { color: red }";
        document.head.append(style);
      });
    });
    expect(errors.join("\n")).toMatch(/Content Security Policy/);
  });
});
