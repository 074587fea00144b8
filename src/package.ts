/**
 * Where the plugin's own files are, and who it is: paths relative to this module, which sits one
 * folder below the package root both as source (`src/`) and once compiled (`dist/`), so the same
 * URLs hold in the repository and in an installed package.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const PACKAGE_ROOT = new URL("../", import.meta.url);

/** The plugin's own `_includes`, searched after the site's so a site can override any component. */
export const PLUGIN_INCLUDES = fileURLToPath(new URL("_includes/", PACKAGE_ROOT));

interface PackageIdentity {
  name: string;
  version: string;
  /** The Eleventy versions the plugin supports, as Eleventy's own plugins declare them. */
  "11ty": { compatibility: string };
}

export const PACKAGE: PackageIdentity = JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT), "utf8"));

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
