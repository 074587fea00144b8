/**
 * The page without JavaScript, on a phone (320 px): its content, documents' links, breadcrumb and
 * side menu show and work, and nothing needs a script to open.
 */
import { describe, expect, inject, it } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { sharedBrowser } from "../helpers/browser.ts";

const sites = inject("sites");
const PLANS = "/publications/plans-action-ministeres/";
const shared = sharedBrowser();
const withPage = <T>(url: string, run: (page: Page) => Promise<T>, options: BrowserContextOptions = {}) =>
  shared.page(run, { url, ...options });

describe("without JavaScript, on a phone", () => {
  const noScript = { javaScriptEnabled: false, viewport: { width: 320, height: 640 } };

  it("the content, the documents' links and the breadcrumb show and work", async () => {
    await withPage(
      sites.demo.origin + PLANS,
      async (page) => {
        await expect(page.locator("h1").isVisible()).resolves.toBe(true);
        const cards = page.locator(".fr-card");
        expect(await cards.count()).toBe(13);
        for (const card of await cards.all()) expect(await card.isVisible()).toBe(true);
        const download = page.getByRole("link", { name: /Bilan 2020-2021 sur la thématique Mesure/ });
        expect(await download.isVisible()).toBe(true);
        expect(await download.getAttribute("href")).toBe("/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf");

        const crumbs = page.locator(".fr-breadcrumb__list a");
        expect(await crumbs.allTextContents()).toEqual(["Accueil", "Publications", "Plans d’action des ministères"]);
        // The current page: a link to itself (crawlable), announced as the current page.
        expect(await crumbs.last().getAttribute("href")).toBe(PLANS);
        expect(await crumbs.last().getAttribute("aria-current")).toBe("page");
        for (const crumb of await crumbs.all()) expect(await crumb.isVisible()).toBe(true);
        // No toggle that would need a script to open anything.
        expect(await page.locator("button, [aria-expanded]").count()).toBe(0);
        await page.getByRole("link", { name: "Publications", exact: true }).click();
        await page.waitForURL(/\/publications\/$/);
        expect(await page.locator("h1").textContent()).toBe("Publications");
      },
      noScript,
    );
  });

  it("the side menu shows its links and they lead to their pages", async () => {
    await withPage(
      sites.langues.origin + PLANS,
      async (page) => {
        const menu = page.getByRole("navigation", { name: "Plans d’action des ministères" });
        expect(await menu.isVisible()).toBe(true);
        const item = menu.getByRole("link", { name: "Plans d’action 2023" });
        expect(await item.isVisible()).toBe(true);
        await item.click();
        await page.waitForURL(/\/2023\/$/);
        expect(await page.locator("h1").textContent()).toBe("Plans d’action 2023");
      },
      noScript,
    );
  });
});
