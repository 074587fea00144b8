/**
 * `npm run bench:page`: what each page of the demo site costs a visitor, measured as the budget
 * test measures it (Chromium, 1366×768, cache disabled, gzip, scrolled to the end): bytes
 * transferred, requests, DOM elements, EcoIndex. Prints a table, the plans page's resources,
 * and the figures as JSON so runs can be compared over time.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeSite } from "../tests/helpers/build.ts";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { measurePage, PAGE_BUDGET, type PageFigures } from "../tests/helpers/measure-page.ts";
import { sitePages } from "../tests/helpers/site-pages.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";

const PLANS = "/publications/plans-action-ministeres/";

const dir = await mkdtemp(path.join(tmpdir(), "plans-action-bench-"));
await writeSite(dir);
const server = await serveStatic(dir);
const browser = await launchBrowser();
try {
  const results: PageFigures[] = [];
  for (const url of await sitePages(dir)) results.push(await measurePage(browser, server.origin + url));

  console.log(`\nPoids des pages à 1366×768, cache désactivé, gzip (budget de ${PLANS} : ≤ ${PAGE_BUDGET.kilobytes} Ko, ≤ ${PAGE_BUDGET.requests} requêtes, ≤ ${PAGE_BUDGET.domElements} éléments, EcoIndex > ${PAGE_BUDGET.ecoIndex})\n`);
  console.table(
    results.map((f) => ({
      page: new URL(f.url).pathname,
      "Ko transférés": Number(f.kilobytes.toFixed(1)),
      requêtes: f.requests,
      "éléments DOM": f.domElements,
      EcoIndex: Number(f.ecoIndex.toFixed(1)),
      note: f.grade,
    })),
  );
  const plans = results.find((f) => new URL(f.url).pathname === PLANS);
  if (plans) {
    console.log(`\nRessources de ${PLANS} :`);
    const byType = new Map<string, { count: number; bytes: number }>();
    for (const r of plans.resources) {
      const t = byType.get(r.type) ?? { count: 0, bytes: 0 };
      byType.set(r.type, { count: t.count + 1, bytes: t.bytes + r.bytes });
    }
    console.table([...byType].map(([type, t]) => ({ type, requêtes: t.count, Ko: Number((t.bytes / 1024).toFixed(1)) })));
  }
  console.log(
    JSON.stringify(
      results.map(({ url, kilobytes, bytes, requests, domElements, ecoIndex, grade }) => ({
        page: new URL(url).pathname,
        kilobytes: Number(kilobytes.toFixed(1)),
        bytes,
        requests,
        domElements,
        ecoIndex: Number(ecoIndex.toFixed(1)),
        grade,
      })),
    ),
  );
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
