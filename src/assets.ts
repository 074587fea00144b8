/**
 * The DSFR files the page needs, taken unmodified from @gouvfr/dsfr's `dist/`: the per-component
 * stylesheets of the components the layouts use, and only the fonts and icons those stylesheets
 * reference. Copied under `assetsUrl` with DSFR's own folder layout so relative URLs keep working.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The components the plugin's layouts use, in DSFR's cascade order (core first). */
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

export function dsfrDistFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("@gouvfr/dsfr/package.json")), "dist");
}

export interface AssetFile {
  /** Absolute source path in the DSFR package. */
  source: string;
  /** Path relative to the assets folder (`core/core.main.min.css`). */
  target: string;
}

/**
 * Stylesheets plus every woff2 font and svg icon they reference (woff fallbacks are left out:
 * every browser that runs DSFR 1.15 reads woff2).
 */
export function dsfrAssetFiles(dist = dsfrDistFolder(), stylesheets: readonly string[] = DSFR_STYLESHEETS): AssetFile[] {
  const files = new Map<string, AssetFile>();
  for (const sheet of stylesheets) {
    const source = path.join(dist, sheet);
    files.set(sheet, { source, target: sheet });
    const css = readFileSync(source, "utf8");
    for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const ref = match[1]!;
      if (ref.startsWith("data:") || ref.startsWith("#") || /\.woff$/.test(ref)) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(sheet), ref));
      if (target.startsWith("..")) continue;
      files.set(target, { source: path.join(dist, target), target });
    }
  }
  return [...files.values()];
}
