/**
 * Cumulative layout shift as a visitor gets it: cache disabled, the network throttled so the
 * stylesheet, the fonts and the images arrive one after the other as they would on a real
 * connection, the page scrolled to its end (lazy images load and are shown), and every
 * `layout-shift` entry summed from navigation on (a PerformanceObserver with `buffered: true`,
 * installed before the page's first byte). Entries after user input do not count (none here).
 */
import type { Browser } from "playwright-core";

/**
 * A fast 4G connection as DevTools' presets describe one: the HTML, then the stylesheet, then
 * the fonts and covers each take a round trip and their transfer time, so the first paint
 * happens before the fonts arrive and the swap happens on screen.
 */
export const NETWORK = { latency: 60, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (1.5 * 1024 * 1024) / 8 };

export interface LayoutShift {
  url: string;
  width: number;
  /** The sum of every shift's value. */
  cls: number;
  /** Each shift: when (ms after navigation start), how much, and which nodes moved. */
  shifts: Array<{ time: number; value: number; sources: string[] }>;
  /** Whether Marianne was the font in use at the end (the swap happened during the measure). */
  fontsLoaded: boolean;
}

export async function measureLayoutShift(browser: Browser, url: string, width: number, height = 800): Promise<LayoutShift> {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...NETWORK });
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: Array<{ time: number; value: number; sources: string[] }> };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
          if (entry.hadRecentInput) continue;
          w.__shifts.push({
            time: Math.round(entry.startTime),
            value: entry.value,
            sources: (entry.sources ?? []).map((s) => {
              const el = s.node as Element | undefined;
              if (!el) return "?";
              if (!el.tagName) return `#text « ${String(el.textContent).trim().slice(0, 30)} »`;
              return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join(".")}` : ""}`;
            }),
          });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(url, { waitUntil: "load" });
    // Scroll a screen at a time so every lazy image loads where a reader would see it arrive.
    await page.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await document.fonts.ready;
      await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: LayoutShift["shifts"] }).__shifts);
    const fontsLoaded = await page.evaluate(() => document.fonts.check("16px Marianne") && [...document.fonts].some((f) => f.family === "Marianne" && f.status === "loaded"));
    return { url, width, cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts, fontsLoaded };
  } finally {
    await context.close();
  }
}
