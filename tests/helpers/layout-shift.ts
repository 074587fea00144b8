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
  /** The font the page's first heading was drawn in at the end (CDP's platform fonts). */
  headingFont: string;
}

export async function measureLayoutShift(
  browser: Browser,
  url: string,
  width: number,
  { height = 800, network = NETWORK }: { height?: number; network?: typeof NETWORK | undefined } = {},
): Promise<LayoutShift> {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (network) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...network });
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
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "h1" });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    const headingFont = fonts.map((f) => f.familyName).join(", ");
    return { url, width, cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts, headingFont };
  } finally {
    await context.close();
  }
}
