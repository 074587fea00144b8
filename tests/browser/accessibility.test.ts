/**
 * axe-core finds no violation (WCAG 2.0/2.1 A and AA, best practices) on any page the demo site or
 * the test data's site generates, on a laptop screen and on a phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, withPage as withPageIn } from "../helpers/browser.ts";
import { runAxe, type AxeViolation } from "../helpers/axe.ts";
import { sitePages } from "../helpers/site-pages.ts";

const sites = inject("sites");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** axe is injected into the page, so its context bypasses the page's CSP (tested on its own). */
const withPage = <T>(url: string, run: (page: Page) => Promise<T>) => withPageIn(browser, run, { url, bypassCSP: true });

it("the check can fail: an image without alt is reported", async () => {
  const violations = await withPage(`${sites.demo.origin}/publications/plans-action-ministeres/`, async (page) => {
    await page.evaluate(() => document.querySelector("img")?.removeAttribute("alt"));
    return runAxe(page);
  });
  expect(violations.map((v) => v.id)).toContain("image-alt");
});

for (const [name, site] of Object.entries(sites)) {
  const pages = await sitePages(site.dir);

  describe(`axe on every page of the ${name} site`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ bypassCSP: true });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it("finds the pages in the build output", () => {
      expect(pages).toContain("/");
      expect(pages).toContain("/publications/plans-action-ministeres/");
    });

    for (const url of pages) {
      it(`${url}: no violation at 1366 px nor at 320 px`, async () => {
        await page.setViewportSize({ width: 1366, height: 800 });
        await page.goto(site.origin + url);
        const found: Record<string, AxeViolation[]> = { "1366": await runAxe(page) };
        await page.setViewportSize({ width: 320, height: 800 });
        found["320"] = await runAxe(page);
        expect(found).toEqual({ "1366": [], "320": [] });
      });
    }
  });
}
