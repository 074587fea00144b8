/**
 * What a page costs a visitor, measured in Chromium the way EcoIndex measures it: cache
 * disabled, every request counted, the page scrolled to its end so lazy images load, then the
 * DOM elements counted. The score and grade come from the `ecoindex` package (cnumr's reference
 * implementation: published formula, quantiles and grade thresholds, unmodified).
 */
import type { Browser, CDPSession } from "playwright-core";
import { computeEcoIndex, getEcoIndexGrade } from "ecoindex";

export interface Resource {
  url: string;
  type: string;
  status: number;
  /** Bytes on the wire, headers included (DevTools' « transferred »). */
  bytes: number;
}

export interface PageFigures {
  url: string;
  viewport: { width: number; height: number };
  /** Bytes transferred, headers included. */
  bytes: number;
  /** `bytes` in kilobytes of 1024 bytes, the unit of EcoIndex's size quantiles. */
  kilobytes: number;
  requests: number;
  domElements: number;
  /** Images in the page, and how many of them were loaded and decoded when measured. */
  images: { total: number; loaded: number };
  ecoIndex: number;
  grade: string;
  resources: Resource[];
}

export const BUDGET_VIEWPORT = { width: 1366, height: 768 } as const;

/**
 * The 13-document page's budget (RGESN 6.1): a third of the original's 551 KB, fewer requests than
 * its 26, fewer DOM elements than its 349, and EcoIndex grade A instead of its 76 (B).
 */
export const PAGE_BUDGET = { kilobytes: 180, requests: 18, domElements: 300, ecoIndex: 80 } as const;

export async function measurePage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = BUDGET_VIEWPORT,
): Promise<PageFigures> {
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const network = await recordNetwork(cdp);
    await page.goto(url, { waitUntil: "load" });
    // Scroll down a screen at a time, as a reader would, so every lazy image gets its chance.
    // (No named function inside: tsx would wrap it in a helper the page does not have.)
    await page.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
    });
    await network.settled();
    const domElements = await page.evaluate(() => document.getElementsByTagName("*").length);
    const images = await page.evaluate(() => ({
      total: document.images.length,
      loaded: [...document.images].filter((img) => img.complete && img.naturalWidth > 0).length,
    }));
    const resources = network.resources();
    const bytes = resources.reduce((sum, r) => sum + r.bytes, 0);
    const kilobytes = bytes / 1024;
    const ecoIndex = computeEcoIndex(domElements, resources.length, kilobytes);
    return {
      url,
      viewport,
      bytes,
      kilobytes,
      requests: resources.length,
      domElements,
      images,
      ecoIndex,
      grade: String(getEcoIndexGrade(ecoIndex)),
      resources,
    };
  } finally {
    await context.close();
  }
}

/** One line of figures, for test output and benchmarks. */
export function formatFigures(f: PageFigures): string {
  return (
    `${new URL(f.url).pathname} à ${f.viewport.width}×${f.viewport.height} : ` +
    `${f.kilobytes.toFixed(1)} Ko transférés (${f.bytes} octets), ${f.requests} requêtes, ` +
    `${f.domElements} éléments DOM, EcoIndex ${f.ecoIndex.toFixed(1)} (${f.grade})`
  );
}

async function recordNetwork(cdp: CDPSession) {
  const all = new Map<string, Resource>();
  const pending = new Set<string>();
  let lastActivity = Date.now();
  const touch = () => (lastActivity = Date.now());

  cdp.on("Network.requestWillBeSent", (e) => {
    if (!/^https?:/.test(e.request.url)) return;
    all.set(e.requestId, { url: e.request.url, type: e.type ?? "Other", status: 0, bytes: 0 });
    pending.add(e.requestId);
    touch();
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = all.get(e.requestId);
    if (r) r.status = e.response.status;
    touch();
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = all.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
    pending.delete(e.requestId);
    touch();
  });
  cdp.on("Network.loadingFailed", (e) => {
    pending.delete(e.requestId);
    touch();
  });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });

  return {
    resources: () => [...all.values()],
    /** Resolves once no request has been pending for half a second (10 s at most). */
    async settled(): Promise<void> {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && (pending.size > 0 || Date.now() - lastActivity < 500)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
