/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser): one launch shared by
 * a test file, and the options every test uses.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** `extraArgs`: more Chromium switches for one test file (`--remote-debugging-port` for Lighthouse). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium est introuvable à ${CHROMIUM_PATH} : installez le paquet Debian « chromium » (.ci/run le fait) ou donnez son chemin dans CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Runs `run` on a fresh page in its own context (1366×800 unless told otherwise), opened at `url`
 * when one is given, and closes the context whatever happens.
 */
export async function withPage<T>(
  browser: Browser,
  run: (page: Page) => Promise<T>,
  { url, ...options }: BrowserContextOptions & { url?: string } = {},
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, ...options });
  try {
    const page = await context.newPage();
    if (url) await page.goto(url);
    return await run(page);
  } finally {
    await context.close();
  }
}
