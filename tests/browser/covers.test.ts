/**
 * What a visitor's browser does with the covers: Chromium picks AVIF, at the smallest width that
 * fills the card (so `sizes` matches the real layout), and each cover costs a few KB.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";

const PAGE_URL = "/publications/plans-action-ministeres/";
// The demo site, built and served (gzip, no cache) by the global setup.
const site = inject("sites").demo;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Loaded {
  url: string;
  type: string;
  bytes: number;
}

/** Opens the page at a viewport; returns the cover responses and, per loaded cover, its choice. */
async function visit(width: number, height: number, deviceScaleFactor = 1) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor });
  const covers: Loaded[] = [];
  page.on("response", async (response) => {
    if (!response.url().includes("/couvertures/")) return;
    covers.push({ url: response.url(), type: response.headers()["content-type"] ?? "", bytes: (await response.body()).length });
  });
  await page.goto(`${site.origin}${PAGE_URL}`, { waitUntil: "networkidle" });
  const choices = await page.$$eval(".fr-card__img img", (elements) =>
    (elements as HTMLImageElement[])
      .filter((img) => img.complete && img.currentSrc)
      .map((img) => {
        const source = img.closest("picture")?.querySelector("source[type='image/avif']");
        const candidates = (source?.getAttribute("srcset") ?? "").split(", ").map((c) => Number(c.split(" ")[1]!.slice(0, -1)));
        return { src: img.currentSrc, shown: img.getBoundingClientRect().width, candidates };
      }),
  );
  await page.close();
  return { covers, choices };
}

/** Chromium's pick: the smallest candidate covering the card's pixels, or the largest there is. */
function expectSmallestThatFits(choice: { src: string; shown: number; candidates: number[] }, dpr: number): void {
  const chosen = Number(/-(\d+)\.avif$/.exec(choice.src)![1]);
  const fits = choice.candidates.filter((w) => w >= choice.shown * dpr);
  expect(chosen).toBe(fits.length ? Math.min(...fits) : Math.max(...choice.candidates));
}

describe("covers in Chromium", () => {
  it("at 1366×768, AVIF files of a few KB, at the smallest width that fills the card", async () => {
    const { covers, choices } = await visit(1366, 768);
    expect(covers.length).toBeGreaterThanOrEqual(3);
    for (const cover of covers) {
      expect(cover.type).toBe("image/avif");
      expect(cover.bytes).toBeLessThan(8_000);
    }
    expect(choices.length).toBeGreaterThanOrEqual(3);
    for (const choice of choices) expectSmallestThatFits(choice, 1);
  });

  it("on a phone (375 px, 2×), the sharpest cover there is, still a few KB", async () => {
    const { covers, choices } = await visit(375, 667, 2);
    expect(covers.every((c) => c.type === "image/avif" && c.bytes < 12_000)).toBe(true);
    expect(choices.length).toBeGreaterThanOrEqual(1);
    for (const choice of choices) expectSmallestThatFits(choice, 2);
  });

  it("at 1000 px (three columns, narrower cards), the 320 px files", async () => {
    const { choices } = await visit(1000, 800);
    expect(choices[0]!.shown).toBeLessThan(320);
    for (const choice of choices) expectSmallestThatFits(choice, 1);
    expect(choices[0]!.src).toMatch(/-320\.avif$/);
  });
});
