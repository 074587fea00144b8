/**
 * Where the plugin's own files are, and who it is. The package root is the first folder above
 * this module whose package.json names the plugin: the same answer from the sources (`src/x.ts`
 * under tsx), from the bundle (`dist/index.js`, `dist/cli/check.js`) and in an installed package.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The plugin's package name, as its package.json declares it. */
const NAME = "eleventy-plugin-plans-action";

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === NAME) return dir;
    if (path.dirname(dir) === dir) throw new Error(`${NAME} : package.json introuvable au-dessus de ${from}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A file of the package, from its root: `packageFile("assets", "couverture-neutre.svg")`. */
export function packageFile(...segments: string[]): string {
  return path.join(PACKAGE_ROOT, ...segments);
}

/**
 * The version of a dependency as `require` would load it from `from` (a module's path or URL),
 * read from its package.json without loading the package. The folder is the first of Node's own
 * lookup list (`require.resolve.paths`) that holds the package, rather than
 * `require("x/package.json")`, which a package's `exports` may refuse (sharp's do).
 */
export function dependencyVersion(name: string, from: string | URL = import.meta.url): string {
  for (const dir of createRequire(from).resolve.paths(name) ?? []) {
    const manifest = path.join(dir, name, "package.json");
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
  }
  throw new Error(`${NAME} : ${name} introuvable depuis ${String(from)}`);
}

/** The plugin's own `_includes`, searched after the site's so a site can override any component. */
export const PLUGIN_INCLUDES = `${packageFile("_includes")}${path.sep}`;

interface PackageIdentity {
  name: string;
  version: string;
  /** The Eleventy versions the plugin supports, as Eleventy's own plugins declare them. */
  "11ty": { compatibility: string };
}

export const PACKAGE: PackageIdentity = JSON.parse(readFileSync(packageFile("package.json"), "utf8"));

/**
 * Eleventy's own version check (it throws a clear error), behind a message saying what to do.
 * An Eleventy without `versionCheck` (1.x) is too old as well.
 */
export function checkEleventyVersion(eleventyConfig: { versionCheck?(range: string): void }): void {
  const range = PACKAGE["11ty"].compatibility;
  if (typeof eleventyConfig.versionCheck !== "function") {
    throw new Error(
      `${PACKAGE.name} demande Eleventy ${range} ; cette version d’Eleventy est trop ancienne. Mettez-la à jour : npm install @11ty/eleventy@3`,
    );
  }
  try {
    eleventyConfig.versionCheck(range);
  } catch (error) {
    // Eleventy's message names the version found and the command that upgrades it.
    throw new Error(`${PACKAGE.name} demande Eleventy ${range} : ${(error as Error).message}`, { cause: error });
  }
}
