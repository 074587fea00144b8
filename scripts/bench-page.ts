/**
 * `npm run bench:page`: what each page of the demo site costs a visitor, measured as the budget
 * test measures it (Chromium, 1366×768, cache disabled, gzip, scrolled to the end): bytes
 * transferred, requests, DOM elements, EcoIndex. Prints a table, the plans page's resources,
 * and the figures as JSON so runs can be compared over time. Then the same for the bench's
 * generated 1,000- and 10,000-plan lists (`--sizes 1000,10000` to choose): the first, a middle and
 * the last plans page, and a ministry's first and later page, side by side with the 13-plan page.
 * With `--lists 13,1000`, the generic lists of every presentation × grouping instead (`bench-lists.ts`).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeFile } from "node:fs/promises";
import { generatedPlans } from "../bench/sites.ts";
import { benchLists } from "./bench-lists.ts";
import { getDefaults } from "../src/options.ts";
import { writeSite } from "../tests/helpers/build.ts";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { measurePage, PAGE_BUDGET, type PageFigures } from "../tests/helpers/measure-page.ts";
import { sitePages } from "../tests/helpers/site-pages.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";

const PLANS = "/publications/plans-action-ministeres/";
const MINISTRY = `${PLANS}ministere-de-la-culture/`;
const sizesArg = process.argv.indexOf("--sizes");
const SIZES = (sizesArg > 0 ? process.argv[sizesArg + 1]! : "1000,10000").split(",").filter(Boolean).map(Number);
const listsArg = process.argv.indexOf("--lists");
/** `--lists 13,1000`: the generic lists of the budget test instead (`bench-lists.ts`). */
const LISTS = listsArg > 0 ? (process.argv[listsArg + 1] ?? "13,1000").split(",").filter(Boolean).map(Number) : undefined;

const { pageSize } = getDefaults();

/** The kinds of page of a generated list of `count` plans (in pages of the default `pageSize`). */
function generatedKinds(count: number): Record<string, string> {
  const last = Math.ceil(count / pageSize);
  const ministryLast = Math.ceil(count / 10 / pageSize);
  return {
    "page 1": PLANS,
    "page du milieu": `${PLANS}page/${Math.ceil(last / 2)}/`,
    "dernière page": `${PLANS}page/${last}/`,
    "ministère, page 1": MINISTRY,
    "ministère, dernière page": `${MINISTRY}page/${ministryLast}/`,
  };
}

/** Builds the bench's generated list of `count` plans and measures each kind of page. */
async function measureGenerated(browser: Awaited<ReturnType<typeof launchBrowser>>, count: number): Promise<Array<Record<string, unknown>>> {
  const root = await mkdtemp(path.join(tmpdir(), `plans-action-bench-${count}-`));
  await writeFile(path.join(root, "plans.yaml"), generatedPlans(count));
  await writeSite(path.join(root, "_site"), { dataFile: path.join(root, "plans.yaml") });
  const served = await serveStatic(path.join(root, "_site"));
  try {
    const rows: Array<Record<string, unknown>> = [];
    for (const [kind, url] of Object.entries(generatedKinds(count))) {
      const f = await measurePage(browser, served.origin + url);
      rows.push({ plans: count, page: kind, url, "Ko transférés": Number(f.kilobytes.toFixed(1)), requêtes: f.requests, "éléments DOM": f.domElements, EcoIndex: Number(f.ecoIndex.toFixed(1)), note: f.grade });
    }
    return rows;
  } finally {
    await served.close();
    await rm(root, { recursive: true, force: true });
  }
}

/** The demo's pages, then the generated plans lists beside its plans page. */
async function benchDemo(): Promise<void> {
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
    const demoPlans = results.find((f) => new URL(f.url).pathname === PLANS)!;
    const sideBySide: Array<Record<string, unknown>> = [
      { plans: 13, page: "page des plans", url: PLANS, "Ko transférés": Number(demoPlans.kilobytes.toFixed(1)), requêtes: demoPlans.requests, "éléments DOM": demoPlans.domElements, EcoIndex: Number(demoPlans.ecoIndex.toFixed(1)), note: demoPlans.grade },
    ];
    for (const count of SIZES) sideBySide.push(...(await measureGenerated(browser, count)));
    console.log(`\nLes trois tailles côte à côte (${pageSize} par page au-delà de ${getDefaults().cards} documents) :\n`);
    console.table(sideBySide);
    console.log(JSON.stringify(sideBySide));
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (LISTS) {
  const browser = await launchBrowser();
  try {
    await benchLists(browser, LISTS);
  } finally {
    await browser.close();
  }
} else {
  await benchDemo();
}
