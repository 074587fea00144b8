/**
 * The page must not move while it loads (Core Web Vitals' cumulative layout shift; the original
 * page scored 0.008, « good » is ≤ 0.1): on every page of the demo as it ships, at a phone's, a
 * tablet's and a desktop's width, fonts and covers loaded at network speed (a throttled fast 4G,
 * cache off), the page scrolled to its end. Prints each page's figures and the font its heading was
 * drawn in (Marianne, or the metric-matched fallback when Marianne missed its 100 ms).
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { measureLayoutShift } from "../helpers/layout-shift.ts";
import { sitePages } from "../helpers/site-pages.ts";

const { demo } = inject("sites");
const WIDTHS = [320, 768, 1366];
/** The target: at most the original page's shift, rounded up. */
const MAX_CLS = 0.01;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it(`no page moves by more than ${MAX_CLS} while it loads, at ${WIDTHS.join(", ")} px`, async () => {
  const over: string[] = [];
  for (const url of await sitePages(demo.dir)) {
    // The three widths at once: a page's loads are independent, and this halves the time.
    const results = await Promise.all(WIDTHS.map((width) => measureLayoutShift(browser, demo.origin + url, width)));
    console.log(`Décalage cumulé ${url} : ${results.map((r) => `${r.width} px ${r.cls.toFixed(4)} (${r.headingFont})`).join(", ")}`);
    for (const r of results) {
      if (r.cls > MAX_CLS) over.push(`${url} à ${r.width} px : ${r.cls.toFixed(4)} — ${JSON.stringify(r.shifts)}`);
    }
  }
  expect(over).toEqual([]);
}, 180_000);
