/**
 * Lighthouse on a generic list of 13 items (issue 21), one page per presentation, each in another
 * grouping so that the four groupings are scored too, built with the demo's options: held to what
 * the plans page is held to (`lighthouse.test.ts`): 100 in every category with the desktop
 * preset; with the mobile preset, at least 95 in performance and 100 elsewhere. One Lighthouse run
 * at a time (they share the browser); about 15 s each.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildItemList, LIST_URL, type BuiltList, type ListCase } from "../helpers/item-lists.ts";
import { CATEGORIES, launchForLighthouse, MINIMUM, runLighthouse, type LighthouseBrowser } from "../helpers/lighthouse.ts";

const CASES: ListCase[] = [
  { presentation: "cards", groupBy: "category", count: 13 },
  { presentation: "tiles", groupBy: "publisher", count: 13 },
  { presentation: "downloads", groupBy: "year", count: 13 },
  { presentation: "links", groupBy: "none", count: 13 },
];

let lh: LighthouseBrowser;
beforeAll(async () => {
  lh = await launchForLighthouse();
});
afterAll(async () => {
  await lh?.browser.close();
});

describe.each(CASES.map((c) => [`a list of ${c.count} items as ${c.presentation} grouped by ${c.groupBy}`, c] as const))("%s", (_name, listCase) => {
  let list: BuiltList;
  beforeAll(async () => {
    list = await buildItemList(listCase);
  }, 180_000);
  afterAll(async () => {
    await list?.close();
  });

  for (const preset of ["desktop", "mobile"] as const) {
    it(`scores ${CATEGORIES.map((c) => MINIMUM[preset][c]).join(" / ")} or more with Lighthouse's ${preset} preset`, async () => {
      const result = await runLighthouse(lh.port, list.origin + LIST_URL, preset);
      console.log(
        `Lighthouse ${preset} ${listCase.presentation} × ${listCase.groupBy} : ${CATEGORIES.map((c) => result.scores[c]).join(" / ")} ` +
          `(CLS ${result.metrics.cls.toFixed(3)}, LCP ${Math.round(result.metrics.lcp)} ms, TBT ${Math.round(result.metrics.tbt)} ms)` +
          (result.failing.length ? ` — ${result.failing.join(" ; ")}` : ""),
      );
      for (const c of CATEGORIES) expect(result.scores[c], `${c} : ${result.failing.join(" ; ")}`).toBeGreaterThanOrEqual(MINIMUM[preset][c]);
    }, 120_000);
  }
});
