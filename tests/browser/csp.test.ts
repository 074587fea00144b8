/**
 * The strict Content-Security-Policy every page declares (nothing from another origin, no script,
 * no inline style), and that no page trips, on a phone or a laptop.
 */
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "../helpers/browser.ts";
import { sitePages } from "../helpers/site-pages.ts";

const sites = inject("sites");
const PLANS = "/publications/plans-action-ministeres/";
const { page: withPage } = sharedBrowser();

describe("Content-Security-Policy", () => {
  it("every page declares a strict policy: nothing from another origin, no script, no inline style", async () => {
    for (const site of Object.values(sites)) {
      await withPage(async (page) => {
        for (const url of await sitePages(site.dir)) {
          await page.goto(site.origin + url);
          const found = await page.evaluate(() => ({
            policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
            inline: document.querySelectorAll("style, [style], script:not([type='application/ld+json'])").length,
          }));
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
      });
    }
  });

  it("no page trips it nor logs an error, on a phone or a laptop", async () => {
    const errors: string[] = [];
    for (const site of Object.values(sites)) {
      for (const width of [320, 1366]) {
        await withPage(
          async (page) => {
            let url = "";
            page.on("console", (message) => {
              if (message.type() === "error" || message.type() === "warning") errors.push(`${url} : ${message.text().slice(0, 200)}`);
            });
            page.on("pageerror", (error) => errors.push(`${url} : ${error.message.slice(0, 200)}`));
            for (url of await sitePages(site.dir)) {
              await page.goto(site.origin + url);
              await page.evaluate(async () => {
                for (const img of document.images) img.loading = "eager";
                await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
              });
            }
          },
          { viewport: { width, height: 800 } },
        );
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
