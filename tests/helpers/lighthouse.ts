/**
 * Lighthouse (the `lighthouse` npm package, run in-process) on a page of a local site, in the
 * project's Chromium: launched by `launchBrowser()` with a DevTools port Lighthouse connects to.
 * Its own simulated throttling (the default: the page is loaded once, unthrottled, and the
 * timings of a slow 4G and a slower CPU are computed from that trace), so the scores hardly
 * depend on how busy the machine is. Nothing is fetched from outside 127.0.0.1.
 */
import { createServer } from "node:net";
import lighthouse, { desktopConfig, type Config } from "lighthouse";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** The scores every page the plugin writes is held to, the plans page and each kind of list alike. */
export const MINIMUM = {
  desktop: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
  mobile: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 },
} as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  preset: "desktop" | "mobile";
  /** Scores out of 100, by category. */
  scores: Record<Category, number>;
  /** Audits that did not get full marks, with their score, for the test's message. */
  failing: string[];
  /** Core figures, for the README: CLS, LCP (ms), TBT (ms). */
  metrics: { cls: number; lcp: number; tbt: number };
}

/** A free port on 127.0.0.1, chosen by the system. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface LighthouseBrowser {
  browser: Browser;
  port: number;
}

export async function launchForLighthouse(): Promise<LighthouseBrowser> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`, "--remote-debugging-address=127.0.0.1"]);
  return { browser, port };
}

export async function runLighthouse(port: number, url: string, preset: "desktop" | "mobile"): Promise<LighthouseResult> {
  const config: Config | undefined = preset === "desktop" ? desktopConfig : undefined;
  const result = await lighthouse(
    url,
    { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES], disableFullPageScreenshot: true },
    config,
  );
  if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse : ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => `${c}/${audit.id} ${audit.score} ${audit.displayValue ?? ""}`.trim()),
  );
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    url,
    preset,
    scores,
    failing,
    metrics: { cls: numeric("cumulative-layout-shift"), lcp: numeric("largest-contentful-paint"), tbt: numeric("total-blocking-time") },
  };
}
