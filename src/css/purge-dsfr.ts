/**
 * The site's one stylesheet: DSFR's own per-component CSS, with every rule, custom property,
 * font face and keyframe that no generated page uses removed by PurgeCSS, then joined in DSFR's
 * cascade order. Nothing is hand-copied: a page that starts using another DSFR class gets its
 * rules at the next build (as long as its component is in the list of stylesheets).
 *
 * Purging costs about half a second, so the result is kept, in memory and on disk, under a key
 * made of the DSFR files' content and the selectors the pages use: a rebuild whose pages use the
 * same classes, ids, tags and attributes (a changed title, a new document) does no CSS work.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeWhole } from "../enrich/cache.ts";

export interface PurgeDsfrInput {
  /** The HTML of every page that links the stylesheet. */
  html: readonly string[];
  /** DSFR's `dist` folder. */
  dist: string;
  /** Stylesheets relative to `dist`, in cascade order (core first). */
  stylesheets: readonly string[];
  /** Where the joined stylesheet goes, relative to the assets folder (`dsfr.css`). */
  target: string;
  /** Folder for the disk cache; no disk cache when absent. */
  cacheDir?: string;
}

export interface PurgedStylesheet {
  css: string;
  /** Files the CSS refers to (fonts, icons), relative to the assets folder as to `dist`. */
  references: string[];
  /** Where the CSS came from: purged now, or reused from memory or disk. */
  source: "purge" | "memory" | "disk";
}

const memory = new Map<string, string>();

export async function purgeDsfr(input: PurgeDsfrInput): Promise<PurgedStylesheet> {
  const sheets = await Promise.all(
    input.stylesheets.map(async (name) => ({ name, raw: await readFile(path.join(input.dist, name), "utf8") })),
  );
  const selectors = await pagesSelectors(input.html, input.cacheDir, input.target);
  const key = cacheKey(sheets, selectors, input.target);
  const cacheFile = input.cacheDir ? path.join(input.cacheDir, `dsfr-${key}.css`) : undefined;

  const remembered = memory.get(key);
  const base = path.posix.dirname(input.target);
  if (remembered !== undefined) return withReferences(remembered, base, "memory");
  const stored = cacheFile ? await readFile(cacheFile, "utf8").catch(() => undefined) : undefined;
  if (stored !== undefined) {
    memory.set(key, stored);
    return withReferences(stored, base, "disk");
  }

  // One input, not one per file: PurgeCSS keeps a custom property, font face or keyframe only
  // when a rule of the same input uses it, and core declares what the components use.
  const joined = sheets.map(({ name, raw }) => rebaseUrls(raw, path.posix.dirname(name), base)).join("\n");
  // Loaded only when there is work to do: a build that reuses the result skips its import.
  const { PurgeCSS } = await import("purgecss");
  // The pages' selectors, read once above, are the only content: PurgeCSS does not parse the
  // pages again.
  const found = {
    tags: selectors.tags!,
    classes: selectors.classes!,
    ids: selectors.ids!,
    attributes: { names: selectors.names!, values: selectors.values! },
    undetermined: [],
  };
  const [purged] = await new PurgeCSS().purge({
    content: [{ raw: "selectors", extension: "plans-action-selectors" }],
    css: [{ raw: joined }],
    extractors: [{ extensions: ["plans-action-selectors"], extractor: () => found }],
    // DSFR declares hundreds of colour tokens, every Marianne and Spectral face and its
    // animations once for all components: keep only those the remaining rules use.
    variables: true,
    fontFace: true,
    keyframes: true,
  });
  const css = purged!.css;
  memory.set(key, css);
  if (cacheFile) {
    // A cache that cannot be written (read-only checkout) only costs time.
    // Written whole or not at all: another build reading it at once never gets half a stylesheet.
    await writeWhole(cacheFile, css).catch(() => undefined);
  }
  return withReferences(css, base, "purge");
}

/**
 * What the pages can match: tags, classes, ids, attribute names and values (never their text).
 * The same reading as purgecss-from-html (parse5 with the htmlparser2 tree; elements of type
 * "tag", so not `<script>` nor `<style>`; values split on spaces), in one pass into sets: that
 * package merges arrays at every node, which is quadratic on a page of thousands of cards.
 */
export async function usedSelectors(html: readonly string[]): Promise<Record<string, string[]>> {
  // The HTML parser loads only when a page is not in the cache.
  const [{ parse }, { adapter }] = await Promise.all([import("parse5"), import("parse5-htmlparser2-tree-adapter")]);
  const sets: Record<string, Set<string>> = { tags: new Set(), classes: new Set(), ids: new Set(), names: new Set(), values: new Set() };
  for (const page of html) {
    const stack: ParentLike[] = [parse(page, { treeAdapter: adapter }) as unknown as ParentLike];
    for (let node = stack.pop(); node; node = stack.pop()) {
      for (const child of node.childNodes ?? []) {
        if (child.type === "root") stack.push(child);
        if (child.type !== "tag") continue;
        sets.tags!.add(child.name!);
        for (const [name, value] of Object.entries(child.attribs ?? {})) {
          const parts = value.split(" ");
          if (name === "class") for (const c of parts) sets.classes!.add(c);
          else if (name === "id") for (const id of parts) sets.ids!.add(id);
          sets.names!.add(name);
          for (const v of parts) sets.values!.add(v);
        }
        stack.push(child);
      }
    }
  }
  return Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, [...v].sort()]));
}

const pageMemory = new Map<string, Record<string, string[]>>();

/**
 * `usedSelectors` of every page, each page's result kept in memory and on disk under the hash of
 * its HTML: reading a page is linear but slow for a page of thousands of cards, and a rebuild
 * mostly writes the same pages again; hashing one is far cheaper than reading it. The union for
 * the whole set of pages is kept too, under the hash of their hashes, in one entry per stylesheet
 * (`target`), replaced when the set changes: a rebuild that writes the same 400 pages reads one
 * entry instead of 400.
 */
async function pagesSelectors(html: readonly string[], cacheDir: string | undefined, target: string): Promise<Record<string, string[]>> {
  const hashes = html.map((page) => createHash("sha256").update(page).digest("hex").slice(0, 32));
  const wholeKey = createHash("sha256").update(hashes.join("\n")).digest("hex").slice(0, 32);
  const wholeName = `all-${createHash("sha256").update(target).digest("hex").slice(0, 16)}`;
  const remembered = pageMemory.get(`all-${wholeKey}`);
  if (remembered) return remembered;
  const stored = cacheDir ? ((await readSelectors(cacheDir, wholeName)) as { key?: string; selectors?: Record<string, string[]> } | undefined) : undefined;
  if (stored?.key === wholeKey && stored.selectors) {
    pageMemory.set(`all-${wholeKey}`, stored.selectors);
    return stored.selectors;
  }
  const perPage = await Promise.all(
    html.map(async (page, i) => {
      const hash = hashes[i]!;
      const inMemory = pageMemory.get(hash);
      if (inMemory) return inMemory;
      const onDisk = cacheDir ? ((await readSelectors(cacheDir, hash)) as Record<string, string[]> | undefined) : undefined;
      const selectors = onDisk ?? (await usedSelectors([page]));
      pageMemory.set(hash, selectors);
      if (cacheDir && !onDisk) await writeSelectors(cacheDir, hash, selectors);
      return selectors;
    }),
  );
  const kinds = ["tags", "classes", "ids", "names", "values"];
  const union = Object.fromEntries(kinds.map((k) => [k, [...new Set(perPage.flatMap((selectors) => selectors[k] ?? []))].sort()]));
  pageMemory.set(`all-${wholeKey}`, union);
  if (cacheDir) await writeSelectors(cacheDir, wholeName, { key: wholeKey, selectors: union });
  return union;
}

function readSelectors(cacheDir: string, key: string): Promise<Record<string, unknown> | undefined> {
  return readFile(path.join(cacheDir, "dsfr-selectors", `${key}.json`), "utf8").then(
    (text) => JSON.parse(text) as Record<string, unknown>,
    () => undefined,
  );
}

async function writeSelectors(cacheDir: string, key: string, selectors: unknown): Promise<void> {
  const file = path.join(cacheDir, "dsfr-selectors", `${key}.json`);
  await writeWhole(file, JSON.stringify(selectors)).catch(() => undefined);
}

/** The part of the htmlparser2 tree (domhandler nodes) read above. */
interface ParentLike {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  childNodes?: ParentLike[];
}

function cacheKey(sheets: Array<{ name: string; raw: string }>, selectors: Record<string, string[]>, target: string): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ version: 2, target, selectors }));
  for (const sheet of sheets) hash.update(`\0${sheet.name}\0${sheet.raw}`);
  return hash.digest("hex").slice(0, 20);
}

const URL_PATTERN = /url\(\s*(["']?)([^"')]+)\1\s*\)/g;

function isRelative(ref: string): boolean {
  return !/^(data:|#|[a-z][a-z0-9+.-]*:|\/)/i.test(ref);
}

/** Rewrites relative `url()`s of a sheet in `fromDir` so they still resolve from `toDir`. */
export function rebaseUrls(css: string, fromDir: string, toDir: string): string {
  if (fromDir === toDir) return css;
  return css.replace(URL_PATTERN, (whole, quote: string, ref: string) => {
    if (!isRelative(ref)) return whole;
    const absolute = path.posix.join(fromDir, ref);
    return `url(${quote}${path.posix.relative(toDir, absolute)}${quote})`;
  });
}

/**
 * Relative files a stylesheet in `baseDir` refers to, relative to the assets folder. The `.woff`
 * fallbacks are left out: every browser that runs DSFR 1.15 reads woff2, so they are never downloaded.
 */
export function cssReferences(css: string, baseDir = "."): string[] {
  const refs = new Set<string>();
  for (const match of css.matchAll(URL_PATTERN)) {
    const ref = match[2]!;
    if (!isRelative(ref) || ref.endsWith(".woff")) continue;
    const target = path.posix.normalize(path.posix.join(baseDir, ref));
    if (!target.startsWith("..")) refs.add(target);
  }
  return [...refs].sort();
}

function withReferences(css: string, baseDir: string, source: PurgedStylesheet["source"]): PurgedStylesheet {
  return { css, references: cssReferences(css, baseDir), source };
}
