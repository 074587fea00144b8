/**
 * The eco-design budget of the 13-document page (RGESN 6.1), as EcoIndex measures a page: cache
 * disabled, served with gzip, scrolled to the end; on the demo as it ships (its own options,
 * siteUrl included), at EcoIndex's 1366×768 and at a phone's and a tablet's width. The test fails
 * when a figure goes over budget, and prints the four figures so they can be compared from run to run.
 * The original page transferred 551 KB in 26 requests for 349 DOM elements: EcoIndex 76 (B).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { BUDGET_VIEWPORT, formatFigures, measurePage, PAGE_BUDGET as BUDGET, type PageFigures } from "../helpers/measure-page.ts";

const { demo } = inject("sites");
const VIEWPORTS = [{ width: 320, height: 640 }, { width: 768, height: 1024 }, BUDGET_VIEWPORT];
let browser: Browser;
const measured = new Map<number, PageFigures>();

beforeAll(async () => {
  browser = await launchBrowser();
  for (const viewport of VIEWPORTS) {
    const figures = await measurePage(browser, `${demo.origin}/publications/plans-action-ministeres/`, viewport);
    measured.set(viewport.width, figures);
    console.log(`Budget de la page : ${formatFigures(figures)}`);
    console.log(
      figures.resources
        .map((r) => `  ${String(r.bytes).padStart(7)} o  ${r.status}  ${r.type.padEnd(10)} ${new URL(r.url).pathname}`)
        .join("\n"),
    );
  }
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORTS)("at $width×$height", ({ width }) => {
  const figures = () => measured.get(width)!;

  it("every request succeeded, from the site's own origin", () => {
    for (const r of figures().resources) {
      expect(r.status, r.url).toBe(200);
      expect(new URL(r.url).origin, r.url).toBe(demo.origin);
    }
  });

  it(`transfers at most ${BUDGET.kilobytes} KB`, () => {
    expect(figures().kilobytes).toBeLessThanOrEqual(BUDGET.kilobytes);
  });

  it(`makes at most ${BUDGET.requests} requests`, () => {
    expect(figures().requests).toBeLessThanOrEqual(BUDGET.requests);
  });

  it(`has at most ${BUDGET.domElements} DOM elements`, () => {
    expect(figures().domElements).toBeLessThanOrEqual(BUDGET.domElements);
  });

  it("gets EcoIndex grade A (score above 80)", () => {
    expect(figures().ecoIndex).toBeGreaterThan(BUDGET.ecoIndex);
    expect(figures().grade).toBe("A");
  });

  it("counts every cover: all the page's images were loaded when measured", () => {
    expect(figures().images.total).toBeGreaterThanOrEqual(13);
    expect(figures().images.loaded).toBe(figures().images.total);
  });
});
