/**
 * Lighthouse on the demo as it ships, desktop and mobile presets, in the project's Chromium: the
 * plans page must score 100 in every category on desktop (the original page: 99 / 100 / 96 / 100),
 * and on mobile at least 95 in performance and 100 elsewhere; a ministry page is held to the same.
 * One Lighthouse run at a time (they share the browser); about 15 s each.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CATEGORIES, launchForLighthouse, MINIMUM, runLighthouse, type LighthouseBrowser } from "../helpers/lighthouse.ts";

const { demo } = inject("sites");
const PAGES = {
  "the plans page": "/publications/plans-action-ministeres/",
  "a ministry page": "/publications/plans-action-ministeres/ministere-de-la-culture/",
};

let lh: LighthouseBrowser;
beforeAll(async () => {
  lh = await launchForLighthouse();
});
afterAll(async () => {
  await lh?.browser.close();
});

describe.each(Object.entries(PAGES))("%s", (_name, path) => {
  for (const preset of ["desktop", "mobile"] as const) {
    it(`scores ${CATEGORIES.map((c) => MINIMUM[preset][c]).join(" / ")} or more with Lighthouse's ${preset} preset`, async () => {
      const result = await runLighthouse(lh.port, demo.origin + path, preset);
      console.log(
        `Lighthouse ${preset} ${path} : ${CATEGORIES.map((c) => result.scores[c]).join(" / ")} ` +
          `(CLS ${result.metrics.cls.toFixed(3)}, LCP ${Math.round(result.metrics.lcp)} ms, TBT ${Math.round(result.metrics.tbt)} ms)` +
          (result.failing.length ? ` — ${result.failing.join(" ; ")}` : ""),
      );
      for (const c of CATEGORIES) expect(result.scores[c], `${c} : ${result.failing.join(" ; ")}`).toBeGreaterThanOrEqual(MINIMUM[preset][c]);
    }, 120_000);
  }
});
