/**
 * The eco-design budget of the 13-document page (RGESN 6.1), as EcoIndex measures a page:
 * 1366×768, cache disabled, served with gzip, scrolled to the end. The test fails when a figure
 * goes over budget, and prints the four figures so they can be compared from run to run.
 * The original page transferred 551 KB in 26 requests for 349 DOM elements: EcoIndex 76 (B).
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { formatFigures, measurePage, PAGE_BUDGET as BUDGET, type PageFigures } from "../helpers/measure-page.ts";

const { demo } = inject("sites");
let browser: Browser;
let figures: PageFigures;

beforeAll(async () => {
  browser = await launchBrowser();
  figures = await measurePage(browser, `${demo.origin}/publications/plans-action-ministeres/`);
  console.log(`Budget de la page : ${formatFigures(figures)}`);
  console.log(
    figures.resources
      .map((r) => `  ${String(r.bytes).padStart(7)} o  ${r.status}  ${r.type.padEnd(10)} ${new URL(r.url).pathname}`)
      .join("\n"),
  );
});
afterAll(async () => {
  await browser?.close();
});

it("every request succeeded, from the site's own origin", () => {
  for (const r of figures.resources) {
    expect(r.status, r.url).toBe(200);
    expect(new URL(r.url).origin, r.url).toBe(demo.origin);
  }
});

it(`transfers at most ${BUDGET.kilobytes} KB`, () => {
  expect(figures.kilobytes).toBeLessThanOrEqual(BUDGET.kilobytes);
});

it(`makes at most ${BUDGET.requests} requests`, () => {
  expect(figures.requests).toBeLessThanOrEqual(BUDGET.requests);
});

it(`has at most ${BUDGET.domElements} DOM elements`, () => {
  expect(figures.domElements).toBeLessThanOrEqual(BUDGET.domElements);
});

it("gets EcoIndex grade A (score above 80)", () => {
  expect(figures.ecoIndex).toBeGreaterThan(BUDGET.ecoIndex);
  expect(figures.grade).toBe("A");
});

it("counts every cover: all the page's images were loaded when measured", () => {
  expect(figures.images.total).toBeGreaterThanOrEqual(13);
  expect(figures.images.loaded).toBe(figures.images.total);
});
