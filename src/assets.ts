/**
 * The DSFR files the site needs, from @gouvfr/dsfr's `dist/`: one stylesheet made of the
 * per-component CSS of the components the layouts use, purged of what no page uses
 * (`css/purge-dsfr.ts`), and the fonts and icons that stylesheet still refers to, copied
 * unmodified with DSFR's own folder layout.
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { withMarianneFallback } from "./css/font-fallback.ts";
import { purgeDsfr, type PurgedStylesheet } from "./css/purge-dsfr.ts";

/**
 * The components the plugin's layouts use, in DSFR's cascade order (core first). A site whose
 * own templates use another DSFR component adds its stylesheet here.
 */
export const DSFR_STYLESHEETS = [
  "core/core.main.min.css",
  "component/link/link.main.min.css",
  "component/button/button.main.min.css",
  "component/logo/logo.main.min.css",
  "component/header/header.main.min.css",
  "component/footer/footer.main.min.css",
  "component/breadcrumb/breadcrumb.main.min.css",
  "component/sidemenu/sidemenu.main.min.css",
  "component/card/card.main.min.css",
  "component/tag/tag.main.min.css",
  "component/skiplink/skiplink.main.min.css",
] as const;

/**
 * Components only some sites' pages use, each with the class that shows it is used: joined only
 * then, so that a site without them keeps the very same stylesheet (PurgeCSS would remove their
 * rules, but not their licence comment and empty media queries).
 */
export const DSFR_OPTIONAL_STYLESHEETS = [
  // A list of more documents than a page holds (the `pageSize` option).
  // A generic list's badges (before the tiles and cards that hold them, as in DSFR's own order),
  // tiles and summary (src/schema-items.ts: `badge`, `presentation: tiles`, many categories).
  { stylesheet: "component/badge/badge.main.min.css", marker: 'class="fr-badge' },
  { stylesheet: "component/pagination/pagination.main.min.css", marker: 'class="fr-pagination' },
  { stylesheet: "component/summary/summary.main.min.css", marker: 'class="fr-summary' },
  { stylesheet: "component/tile/tile.main.min.css", marker: 'class="fr-tile' },
  // A data file's problems, shown on the lists' pages while `npm start` serves them (admin/serve-errors.ts).
  { stylesheet: "component/alert/alert.main.min.css", marker: 'class="fr-alert' },
] as const;

/** The stylesheets these pages need, in cascade order (the optional ones after the others). */
export function stylesheetsFor(html: readonly string[]): string[] {
  const optional = DSFR_OPTIONAL_STYLESHEETS.filter(({ marker }) => html.some((page) => page.includes(marker)));
  return [...DSFR_STYLESHEETS, ...optional.map((o) => o.stylesheet)];
}

/** DSFR's favicons the layout links (the site's identity in tabs and bookmarks), as DSFR recommends. */
export const DSFR_FAVICONS = ["favicon/favicon.svg", "favicon/favicon.ico", "favicon/apple-touch-icon.png"] as const;

/**
 * The fonts every page preloads (the layouts' text uses Marianne regular and bold, nothing else).
 * Marianne's faces are `font-display: optional` (css/font-fallback.ts): without a preload, the
 * browser finds the fonts only once the stylesheet is applied, too late to use them on that page.
 */
export const PRELOADED_FONTS = ["fonts/Marianne-Regular.woff2", "fonts/Marianne-Bold.woff2"] as const;

/** The one stylesheet every page links, relative to the assets folder. */
export const DSFR_STYLESHEET = "dsfr.css";

export function dsfrDistFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("@gouvfr/dsfr/package.json")), "dist");
}

export interface AssetFile {
  /** Absolute source path in the DSFR package. */
  source: string;
  /** Path relative to the assets folder (`fonts/Marianne-Regular.woff2`). */
  target: string;
}

export interface DsfrAssets {
  stylesheet: PurgedStylesheet;
  /** The fonts and icons the stylesheet refers to, and the favicons. */
  files: AssetFile[];
}

/** The purged stylesheet for these pages, and the DSFR files it and the layout refer to. */
export async function dsfrAssets(html: readonly string[], cacheDir?: string, dist = dsfrDistFolder()): Promise<DsfrAssets> {
  const stylesheet = await purgeDsfr({
    html,
    dist,
    stylesheets: stylesheetsFor(html),
    target: DSFR_STYLESHEET,
    ...(cacheDir ? { cacheDir } : {}),
  });
  return {
    // Marianne's metric-matched fallback (css/font-fallback.ts): added after purging, local fonts only.
    stylesheet: { ...stylesheet, css: withMarianneFallback(stylesheet.css) },
    files: [...stylesheet.references, ...DSFR_FAVICONS].map((target) => ({ source: path.join(dist, target), target })),
  };
}

/**
 * The content of every `.html` file under a folder (the pages as the site serves them). The pages
 * Eleventy has just written are taken from `rendered` (absolute output path → content) rather
 * than read back from disk (no second decoding of large pages); the others (an incremental
 * build's untouched pages, HTML copied as it is) are read.
 */
export async function readHtmlPages(folder: string, rendered: ReadonlyMap<string, string> = new Map()): Promise<string[]> {
  const names = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith(".html")).sort();
  return Promise.all(
    names.map((name) => {
      const file = path.resolve(folder, name);
      return rendered.get(file) ?? readFile(file, "utf8");
    }),
  );
}
