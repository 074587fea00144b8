/**
 * DSFR conformity in the browser: the purged stylesheet renders every page exactly as DSFR's own
 * stylesheets do; the markup only uses DSFR's classes; the fonts are DSFR's files, unmodified,
 * only the weights the page shows, with `font-display: optional`. The Content-Security-Policy is
 * checked in csp.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import purgeHtmlModule from "purgecss-from-html";
import { DSFR_STYLESHEETS, dsfrDistFolder } from "../../src/assets.ts";
import { fallbackFontFaces, withMarianneFallback } from "../../src/css/font-fallback.ts";
import { rebaseUrls } from "../../src/css/purge-dsfr.ts";
import { sharedBrowser } from "../helpers/browser.ts";
import { sitePages } from "../helpers/site-pages.ts";

const purgeHtml = purgeHtmlModule as unknown as typeof purgeHtmlModule.default;
const sites = inject("sites");
const PLANS = "/publications/plans-action-ministeres/";
const dist = dsfrDistFolder();

const { page: withPage } = sharedBrowser();

/** Loads and decodes every image (lazy ones too) and the fonts, then shoots the whole page. */
async function fullPageShot(page: Page): Promise<Buffer> {
  await page.evaluate(async () => {
    for (const img of document.images) img.loading = "eager";
    await Promise.all(
      [...document.images].map(async (img) => {
        if (!img.complete) {
          await new Promise((resolve) => {
            img.addEventListener("load", resolve, { once: true });
            img.addEventListener("error", resolve, { once: true });
          });
        }
        await img.decode().catch(() => undefined);
      }),
    );
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return page.screenshot({ fullPage: true });
}

/**
 * Every element's computed style and that of its ::before and ::after when they exist, custom
 * properties aside (the purge drops the unused ones), as one hash per element in document order.
 */
function styleHashes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // Let layout settle with the final fonts: heights and widths are part of the computed style.
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const texts: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      const parts: string[] = [];
      for (const pseudo of [null, "::before", "::after"]) {
        const style = getComputedStyle(el, pseudo);
        if (pseudo && style.content === "none") continue;
        for (let i = 0; i < style.length; i++) {
          const prop = style.item(i);
          if (!prop.startsWith("--")) parts.push(`${prop}:${style.getPropertyValue(prop)}`);
        }
      }
      texts.push(parts.join(";"));
    }
    const encoder = new TextEncoder();
    return Promise.all(
      texts.map(async (text) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-1", encoder.encode(text)))))),
    );
  });
}

/** The computed style of the n-th element (with its pseudo-elements), to say what differs. */
function styleOf(page: Page, index: number): Promise<{ element: string; style: Record<string, string> }> {
  return page.evaluate((n) => {
    const el = document.querySelectorAll("*")[n]!;
    const style: Record<string, string> = {};
    for (const pseudo of [null, "::before", "::after"]) {
      const computed = getComputedStyle(el, pseudo);
      for (let i = 0; i < computed.length; i++) {
        const prop = computed.item(i);
        if (!prop.startsWith("--")) style[`${pseudo ?? ""}${prop}`] = computed.getPropertyValue(prop);
      }
    }
    return { element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}`, style };
  }, index);
}

describe("the purged stylesheet", () => {
  // DSFR's own per-component stylesheets, whole, joined as the site would load them unpurged, with
  // the one thing the plugin adds to DSFR's CSS: Marianne's metric-matched fallback (font-fallback.ts).
  const fullCss = withMarianneFallback(
    DSFR_STYLESHEETS.map((sheet) => rebaseUrls(readFileSync(path.join(dist, sheet), "utf8"), path.posix.dirname(sheet), ".")).join("\n"),
  );

  /**
   * The comparison is about CSS rules, not about when the fonts arrive: with the site's
   * `font-display: optional`, a busy machine could draw one side in Marianne and the other in the
   * fallback. Both sides get `swap` here, and wait for the fonts, so both draw in Marianne.
   */
  const swapFonts = (css: string) => css.replaceAll("font-display:optional", "font-display:swap");

  /** A page that gets the site's purged CSS, Marianne in `swap`. */
  async function usePurgedCss(page: Page): Promise<void> {
    await page.route("**/assets/dsfr/dsfr.css", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: swapFonts(await response.text()) });
    });
  }

  /** A page that gets DSFR's whole CSS (and its fonts and icons) instead of the purged one. */
  async function useWholeCss(page: Page): Promise<void> {
    await page.route("**/assets/dsfr/dsfr.css", (route) => route.fulfill({ body: swapFonts(fullCss), contentType: "text/css" }));
    await page.route(/\/assets\/dsfr\/(fonts|icons)\//, (route) =>
      route.fulfill({ path: path.join(dist, new URL(route.request().url()).pathname.replace("/assets/dsfr/", "")) }),
    );
  }

  for (const [name, site] of Object.entries(sites)) {
    it(`gives every element of every page of the ${name} site the same computed style as DSFR's whole CSS, at 320 and 1366 px`, async () => {
      const differ = await withPage(async (purged) =>
        withPage(async (whole) => {
          await Promise.all([usePurgedCss(purged), useWholeCss(whole)]);
          const found: string[] = [];
          for (const url of await sitePages(site.dir)) {
            await Promise.all([purged.goto(site.origin + url), whole.goto(site.origin + url)]);
            for (const width of [320, 1366]) {
              await Promise.all([purged, whole].map((p) => p.setViewportSize({ width, height: 800 })));
              const [a, b] = await Promise.all([styleHashes(purged), styleHashes(whole)]);
              expect(a.length, url).toBe(b.length);
              const first = a.findIndex((hash, i) => hash !== b[i]);
              if (first >= 0) {
                const [sa, sb] = await Promise.all([styleOf(purged, first), styleOf(whole, first)]);
                const props = Object.keys(sb.style).filter((k) => sa.style[k] !== sb.style[k]);
                found.push(`${url} à ${width} px, ${sb.element} : ${props.map((k) => `${k} ${sa.style[k]} ≠ ${sb.style[k]}`).join(", ")}`);
              }
            }
          }
          return found;
        }),
      );
      expect(differ).toEqual([]);
    }, 240_000);

    it(`renders the plans page of the ${name} site pixel for pixel as DSFR's whole CSS, at 320 and 1366 px`, async () => {
      for (const width of [320, 1366]) {
        const options = { viewport: { width, height: 800 } };
        const shot = (whole: boolean) =>
          withPage(async (page) => {
            await (whole ? useWholeCss(page) : usePurgedCss(page));
            await page.goto(site.origin + PLANS);
            return fullPageShot(page);
          }, options);
        const [purged, whole] = [await shot(false), await shot(true)];
        if (!purged.equals(whole)) {
          // Keep both for a person to compare.
          const dir = mkdtempSync(path.join(tmpdir(), "dsfr-pixels-"));
          writeFileSync(path.join(dir, "purgee.png"), purged);
          writeFileSync(path.join(dir, "complete.png"), whole);
          expect.fail(`${PLANS} à ${width} px : rendus différents, voir ${dir}`);
        }
      }
    });
  }

  it("the check can fail: one changed colour is one differing element", async () => {
    // One page, hashed before and after the change: two loads of a busy machine may not get the
    // same font in time (font-display: optional), which changes every box, not only the colour.
    const [a, b] = await withPage(async (page) => {
      await page.goto(sites.demo.origin + PLANS);
      const before = await styleHashes(page);
      await page.evaluate(() => ((document.querySelector(".fr-card__detail") as HTMLElement).style.color = "red"));
      return [before, await styleHashes(page)];
    });
    expect(a.filter((hash, i) => hash !== b[i])).toHaveLength(1);
  });

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

  it("every font face the stylesheet declares is Marianne with font-display: optional, or a local fallback of Marianne's size", async () => {
    const faces = await withPage(async (page) => {
      await page.goto(sites.demo.origin + PLANS);
      return page.evaluate(() =>
        [...document.styleSheets].flatMap((sheet) =>
          [...sheet.cssRules]
            .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
            .map((rule) => ({
              family: rule.style.getPropertyValue("font-family"),
              display: rule.style.getPropertyValue("font-display"),
              src: rule.style.getPropertyValue("src"),
            })),
        ),
      );
    });
    const marianne = faces.filter((face) => face.family === "Marianne");
    expect(marianne.length).toBeGreaterThan(0);
    // optional, not DSFR's swap: the page is never redrawn in another font (css/font-fallback.ts).
    for (const face of marianne) expect(face.display).toBe("optional");
    // The others are the fallback faces, local fonts only: nothing downloaded.
    const fallbacks = faces.filter((face) => face.family !== "Marianne");
    expect(fallbacks.length).toBe(fallbackFontFaces().split("\n").length);
    for (const face of fallbacks) {
      expect(face.family).toMatch(/^"Marianne fallback /);
      expect(face.src).not.toContain("url(");
    }
  });
});
