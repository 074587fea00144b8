/**
 * Sveltia CMS's files, from the `@sveltia/cms` the site installed, made to load from the site
 * alone. Its bundle (`dist/sveltia-cms.js`) reaches other hosts in three places, each rewritten
 * to a copy in the output:
 *   - its fonts' `@font-face` rules (cdn.jsdelivr.net/fontsource) → the same files, which the
 *     package ships in `npm/assets/` (byte for byte the fontsource files the rules name);
 *   - its own files on unpkg.com: the interface's translations (`locales/fr.json`), a chunk it loads
 *     on demand, and the `package.json` its update check reads → copies under `cms/` (the copied
 *     package.json names the copied version, so the check never finds an « update »: the site
 *     updates the CMS with npm);
 *   - optional modules it would fetch from unpkg.com for features the generated form does not use
 *     (maps, code highlighting, photo formats) → under `cms/npm/`, which the site does not serve;
 *   - GitHub's status, which its sign-in screen reads → a copy that reports no incident;
 *   - PDF.js, which it loads to draw a PDF's first page → a stand-in that draws none.
 * A bundle in which one of these is no longer found stops the build, in French, rather than
 * publish a page that loads from another host.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const CMS_PACKAGE = "@sveltia/cms";

/** The folder, under the editing page's, that holds the CMS's files. */
export const CMS_FOLDER = "cms/";

/** The bundle, relative to the editing page. */
export const CMS_SCRIPT = `${CMS_FOLDER}dist/sveltia-cms.js`;

/** The CMS configuration's JSON Schema, relative to the editing page, where the rewritten bundle expects it. */
export const CMS_CONFIG_SCHEMA = `${CMS_FOLDER}schema/sveltia-cms.json`;

/** A script the page runs before the CMS: a French interface unless the editor chose another language in it. */
export const CMS_PREFERENCES = "preferences.js";

const PREFERENCES = `// Written by eleventy-plugin-plans-action: the editing page in French, unless the editor chose another language.
try {
  const prefs = JSON.parse(localStorage.getItem("sveltia-cms.prefs") || "{}") || {};
  if (!prefs.locale) localStorage.setItem("sveltia-cms.prefs", JSON.stringify({ ...prefs, locale: "fr" }));
} catch {}
`;

const PDFJS_STAND_IN = `// Written by eleventy-plugin-plans-action: the editing page loads nothing from another host, so the
// form shows a PDF's path without drawing its first page.
export const GlobalWorkerOptions = {};
export function getDocument() {
  return { promise: Promise.reject(new Error("Pas d’aperçu des PDF dans le formulaire.")) };
}
`;

export interface CmsFiles {
  version: string;
  /** Files to write, relative to the editing page's folder. */
  written: Map<string, string>;
  /** Files to copy: relative to the editing page's folder → absolute source. */
  copied: Map<string, string>;
}

export class CmsFilesError extends Error {
  override name = "Error";
  readonly skipOriginalStack = true;
}

const FONTSOURCE = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
const UNPKG_SELF = "https://unpkg.com/@sveltia/cms";
const GITHUB_STATUS = "https://www.githubstatus.com/api/v2/status.json";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The package's folder, looked up from each of `from` (the site's root first, then the plugin). */
export function cmsPackageDir(from: readonly string[]): string {
  for (const start of from) {
    for (const dir of createRequire(path.join(start, "noop.js")).resolve.paths(CMS_PACKAGE) ?? []) {
      if (existsSync(path.join(dir, CMS_PACKAGE, "dist", "sveltia-cms.js"))) return path.join(dir, CMS_PACKAGE);
    }
  }
  throw new CmsFilesError(
    `plans-action : l’option « admin » demande Sveltia CMS, introuvable depuis ${from[0]}. ` +
      `Installez-le dans le site : npm install --save-dev ${CMS_PACKAGE}`,
  );
}

/** The files the editing page at `pageHref` (a site path with the prefix, ending in `/`) loads. */
export function cmsFiles(packageDir: string, pageHref: string): CmsFiles {
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const base = `${pageHref}${CMS_FOLDER}`;
  const missing = (what: string) =>
    new CmsFilesError(
      `plans-action : ${CMS_PACKAGE} ${version} ne contient plus ${what} : la page d’édition chargerait des fichiers depuis un autre site. ` +
        `Installez la version que le plugin connaît (npm install --save-dev ${CMS_PACKAGE}@0.221), ou signalez cette version au plugin.`,
    );

  let bundle = readFileSync(path.join(packageDir, "dist", "sveltia-cms.js"), "utf8");
  const copied = new Map<string, string>();

  // Fonts: each @font-face source, to the package's own copy of that file.
  const assets = path.join(packageDir, "npm", "assets");
  const assetFiles = existsSync(assets) ? readdirSync(assets) : [];
  let fonts = 0;
  bundle = bundle.replace(FONTSOURCE, (_, family: string, face: string) => {
    const name = `${family}-${face}`;
    const file = assetFiles.find((f) => f.startsWith(`${name}-`) && f.endsWith(".woff2"));
    if (!file) throw missing(`la police ${name} (npm/assets/${name}-….woff2)`);
    copied.set(`${CMS_FOLDER}fonts/${name}.woff2`, path.join(assets, file));
    const licence = assetFiles.find((f) => f === `${family}.LICENSE.txt`);
    if (licence) copied.set(`${CMS_FOLDER}fonts/${licence}`, path.join(assets, licence));
    fonts++;
    return `${base}fonts/${name}.woff2`;
  });
  if (fonts === 0) throw missing("ses polices à l’adresse cdn.jsdelivr.net/fontsource");

  // Its own files: `${self}/package.json`, `${self}@${version}/locales`, `${self}@${version}/dist/chunks`.
  const self = new RegExp(`([\\w$]+)=\`${escapeRegExp(UNPKG_SELF)}\``).exec(bundle);
  if (!self) throw missing(`l’adresse de ses fichiers (${UNPKG_SELF})`);
  const name = self[1]!;
  bundle = bundle.replace(self[0], () => `${name}=\`${base.slice(0, -1)}\``);
  const versioned = new RegExp(`\\$\\{${escapeRegExp(name)}\\}@\\$\\{[\\w$]+\\}`, "g");
  if (!versioned.test(bundle)) throw missing("l’adresse de ses traductions (locales)");
  bundle = bundle.replace(versioned, () => `\${${name}}`);

  // GitHub's status page, which the sign-in screen reads to announce an incident: a copy that
  // announces none (a failed save still says why).
  bundle = bundle.replaceAll(GITHUB_STATUS, `${base}github-status.json`);

  // PDF.js, which it would fetch to draw a PDF's first page in the form: a stand-in that draws
  // none (the form shows the PDF's path; the site's card shows its cover).
  bundle = bundle.replace(/([\w$]+\(`pdfjs-dist`\))/, () => `\`${base}pdfjs\``);

  // Optional modules from unpkg.com: to a folder of the site that holds none.
  bundle = bundle.replaceAll("https://unpkg.com/", `${base}npm/`);
  for (const host of ["cdn.jsdelivr.net", "unpkg.com"]) if (bundle.includes(host)) throw missing(`seulement les adresses de ${host} qu’il réécrit`);

  const locales = path.join(packageDir, "locales");
  if (!existsSync(path.join(locales, "fr.json"))) throw missing("sa traduction française (locales/fr.json)");
  for (const file of readdirSync(locales)) if (file.endsWith(".json")) copied.set(`${CMS_FOLDER}locales/${file}`, path.join(locales, file));
  const chunks = path.join(packageDir, "dist", "chunks");
  for (const file of existsSync(chunks) ? readdirSync(chunks) : []) {
    if (file.endsWith(".js")) copied.set(`${CMS_FOLDER}dist/chunks/${file}`, path.join(chunks, file));
  }
  // Its configuration's JSON Schema, which the CMS names (and IDEs read) in config.yml's first line.
  const configSchema = path.join(packageDir, "schema", "sveltia-cms.json");
  if (existsSync(configSchema)) copied.set(CMS_CONFIG_SCHEMA, configSchema);
  const licence = path.join(packageDir, "LICENSE.txt");
  if (existsSync(licence)) copied.set(`${CMS_FOLDER}LICENSE.txt`, licence);

  return {
    version,
    written: new Map([
      [CMS_SCRIPT, bundle],
      [`${CMS_FOLDER}package.json`, `${JSON.stringify({ name: CMS_PACKAGE, version })}\n`],
      [`${CMS_FOLDER}github-status.json`, `${JSON.stringify({ status: { indicator: "none" } })}\n`],
      [CMS_PREFERENCES, PREFERENCES],
      [`${CMS_FOLDER}pdfjs/build/pdf.min.mjs`, PDFJS_STAND_IN],
    ]),
    copied,
  };
}
