/**
 * The browser the tests drive, through playwright-core: the Chromium that `@sparticuz/chromium`
 * ships inside its npm tarball (so `npm ci` brings it, and nothing is downloaded outside the
 * registry), or the one CHROMIUM_PATH names. One launch shared by a test file, and the options
 * every test uses.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/**
 * Our own flags, not `@sparticuz/chromium`'s `args`: those are made for AWS Lambda (`--single-process`,
 * `--no-zygote`, `--disable-web-security`, WebGL through SwiftShader), and would make the pages we test
 * behave unlike a visitor's browser (no same-origin policy) and the browser less stable.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export interface ChromiumExecutable {
  executablePath: string;
  /** Environment for the browser process (fontconfig for the bundled fonts), on top of ours. */
  env: Record<string, string>;
  /** Where it comes from, for messages. */
  origin: string;
}

const require = createRequire(import.meta.url);
const execFileAsync = promisify(execFile);

let unpacked: Promise<ChromiumExecutable> | undefined;

/**
 * CHROMIUM_PATH when it is set, else `@sparticuz/chromium`'s Chromium, unpacked on first use
 * (about 3 s) into node_modules/.cache/ under a folder named after its version.
 *
 * Not `executablePath()` as such: it unpacks to a fixed `/tmp/chromium` and reuses whatever file is
 * there, whichever version or user wrote it, half-written by a parallel call included. So it runs in
 * a child process whose temporary folder is a fresh folder of ours, renamed into place once complete:
 * concurrent callers (test workers, `npm start` with `npm test`) never see a partial browser.
 */
export function chromiumExecutable(): Promise<ChromiumExecutable> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      return Promise.reject(
        new Error(`CHROMIUM_PATH désigne ${fromEnv}, qui n’existe pas : corrigez ce chemin ou retirez la variable pour utiliser le Chromium de @sparticuz/chromium.`),
      );
    }
    return Promise.resolve({ executablePath: fromEnv, env: {}, origin: `CHROMIUM_PATH (${fromEnv})` });
  }
  unpacked ??= unpackSparticuz();
  return unpacked;
}

async function unpackSparticuz(): Promise<ChromiumExecutable> {
  let packageDir: string;
  try {
    // build/cjs/index.cjs → the package's folder (its package.json is not exported).
    packageDir = path.resolve(path.dirname(require.resolve("@sparticuz/chromium")), "../..");
  } catch (cause) {
    throw new Error("@sparticuz/chromium est introuvable : lancez « npm ci » (il apporte le Chromium des tests), ou donnez le chemin d’un autre navigateur dans CHROMIUM_PATH.", { cause });
  }
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const cacheDir = path.resolve(packageDir, "../../.cache");
  const dir = path.join(cacheDir, `sparticuz-chromium-${version}`);
  const browser = (): ChromiumExecutable => ({
    executablePath: path.join(dir, "chromium"),
    env: {
      // Only the fonts shipped with it (Open Sans): text in a fallback font looks the same on every machine.
      FONTCONFIG_PATH: path.join(dir, "fonts"),
      // Its own libraries first: the browser then needs from the system only the C library (and
      // libsqlite3, which NSS's key store loads: present here and on GitHub's Ubuntu runners).
      LD_LIBRARY_PATH: [path.join(dir, "al2023", "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter),
    },
    origin: `@sparticuz/chromium ${version}`,
  });
  if (existsSync(path.join(dir, "chromium"))) return browser();

  await mkdir(cacheDir, { recursive: true });
  const scratch = await mkdtemp(`${dir}.unpacking-`);
  try {
    // executablePath() unpacks chromium, fonts/ and the SwiftShader libraries into os.tmpdir(), and,
    // told it runs on Amazon Linux 2023, al2023/lib: the NSS and expat libraries the binary links to,
    // which a bare Debian or Ubuntu may lack.
    await execFileAsync(process.execPath, ["--input-type=module", "-e", 'import c from "@sparticuz/chromium"; await c.executablePath();'], {
      cwd: packageDir,
      env: { ...process.env, TMPDIR: scratch, AWS_EXECUTION_ENV: "AWS_Lambda_nodejs20.x" },
    });
    // Its fonts.conf names /tmp/fonts: point it at where the fonts will be.
    await writeFile(
      path.join(scratch, "fonts", "fonts.conf"),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(dir, "fonts", "fonts")}</dir>\n  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
    );
    await rename(scratch, dir);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    // Another process finished first: use its copy.
    if (existsSync(path.join(dir, "chromium"))) return browser();
    throw new Error(`Le Chromium de @sparticuz/chromium ${version} n’a pas pu être décompressé dans ${cacheDir}.`, { cause: error });
  }
  return browser();
}

/**
 * Launches the browser; a missing or broken browser is an error (a test failure), never a skip.
 * `extraArgs`: more Chromium switches for one test file (`--remote-debugging-port` for Lighthouse).
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const { executablePath, env, origin } = await chromiumExecutable();
  try {
    return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs], env: { ...process.env, ...env } as Record<string, string> });
  } catch (cause) {
    throw new Error(`Chromium (${origin}) ne démarre pas.`, { cause });
  }
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

/**
 * One browser for the test file that calls this at its top level: launched before its tests,
 * closed after them. `browser()` gives it; `page(run, options)` is `withPage` on it.
 */
export function sharedBrowser(): {
  browser: () => Browser;
  page: <T>(run: (page: Page) => Promise<T>, options?: BrowserContextOptions & { url?: string }) => Promise<T>;
} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = (): Browser => {
    if (!browser) throw new Error("sharedBrowser() : le navigateur n’est pas encore lancé (appeler depuis un test).");
    return browser;
  };
  return { browser: launched, page: (run, options) => withPage(launched(), run, options) };
}
