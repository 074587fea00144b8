/**
 * `npm run screenshots`: builds the demo site into a temporary folder, serves it like a real
 * host and writes a full-page screenshot of every page at 320, 768 and 1366 px wide into
 * `screenshots/` (ignored by git), so a person can look at the pages.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT, writeSite } from "../tests/helpers/build.ts";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { sitePages } from "../tests/helpers/site-pages.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";

const WIDTHS = [320, 768, 1366];
const outDir = path.join(PROJECT_ROOT, "screenshots");

const dir = await mkdtemp(path.join(tmpdir(), "plans-action-screens-"));
const server = await (async () => {
  await writeSite(dir);
  return serveStatic(dir);
})();
const browser = await launchBrowser();
try {
  await mkdir(outDir, { recursive: true });
  for (const url of await sitePages(dir)) {
    const slug = url.replace(/^\/|\/$/g, "").replace(/[/.]+/g, "-") || "accueil";
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(server.origin + url, { waitUntil: "load" });
      // Lazy images: bring each into view so the screenshot shows the page as a reader sees it.
      for (const img of await page.locator("img").all()) await img.scrollIntoViewIfNeeded();
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(outDir, `${slug}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(path.relative(PROJECT_ROOT, file));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
