/**
 * The benchmark's sites, written once before any timing into `.cache/bench/`. Each is a folder a
 * plain `node …/@11ty/eleventy/cmd.cjs` builds, with a plain JavaScript `eleventy.config.js`
 * (no tsx: the start-up cost of TypeScript belongs to no scenario). The plugin ones import the
 * compiled plugin (`dist/`), as an installed package would be imported.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { dump, load } from "js-yaml";
import { DSFR_STYLESHEET, dsfrAssets } from "../src/assets.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
export const BENCH_ROOT = path.join(PROJECT_ROOT, ".cache/bench");
const SEED_PAGE = path.join(PROJECT_ROOT, "bench/fixtures/plans-action-ministeres.index.md");
const DIST_ENTRY = pathToFileURL(path.join(PROJECT_ROOT, "dist/index.js")).href;

function freshFolder(name: string): string {
  const dir = path.join(BENCH_ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The configs are ES modules whatever folder the benchmark runs in.
  writeFileSync(path.join(dir, "package.json"), '{ "private": true, "type": "module" }\n');
  return dir;
}

function write(dir: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
}

/** The covers and documents of the demo, which the 13-plan scenarios publish. */
function copySiteFiles(dir: string): void {
  cpSync(path.join(PROJECT_ROOT, "img"), path.join(dir, "img"), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, "docs"), path.join(dir, "docs"), { recursive: true });
}

/** A site's config that adds the plugin (this checkout's, or an earlier commit's: bench/baseline.ts). */
const pluginConfig = (entry = DIST_ENTRY) =>
  [`import plansAction from ${JSON.stringify(entry)};`, "", "export default function (eleventyConfig) {", "  eleventyConfig.addPlugin(plansAction);", "}", ""].join("\n");

/** (a) The floor: Eleventy starting in a Node process, with nothing to build. */
export function emptySite(): string {
  const dir = freshFolder("a-empty");
  write(dir, "eleventy.config.js", "export default function () {}\n");
  return dir;
}

/**
 * (b) The original's way: the 13 cards written by hand as HTML in a Markdown page, in a static
 * layout, with the covers and documents copied as they are and a DSFR stylesheet reduced to what
 * the page uses (made here once, as a hand-kept site would keep it), with its fonts and icons.
 */
export async function staticSite(): Promise<string> {
  const dir = freshFolder("b-static");
  copySiteFiles(dir);
  // The seed page, unchanged, at the original's URL.
  mkdirSync(path.join(dir, "publications/plans-action-ministeres"), { recursive: true });
  copyFileSync(SEED_PAGE, path.join(dir, "publications/plans-action-ministeres/index.md"));
  const layout = readFileSync(path.join(PROJECT_ROOT, "bench/fixtures/static-layout.njk"), "utf8");
  write(dir, "_includes/layouts/plans-action.njk", layout);
  const dsfr = await dsfrAssets([layout, readFileSync(SEED_PAGE, "utf8")]);
  write(dir, `dsfr/${DSFR_STYLESHEET}`, dsfr.stylesheet.css);
  for (const file of dsfr.files) {
    mkdirSync(path.dirname(path.join(dir, "dsfr", file.target)), { recursive: true });
    copyFileSync(file.source, path.join(dir, "dsfr", file.target));
  }
  write(
    dir,
    "eleventy.config.js",
    [
      "export default function (eleventyConfig) {",
      '  eleventyConfig.addPassthroughCopy("img");',
      '  eleventyConfig.addPassthroughCopy("docs");',
      '  eleventyConfig.addPassthroughCopy({ dsfr: "assets/dsfr" });',
      `  eleventyConfig.addGlobalData("stylesheets", ${JSON.stringify([`/assets/dsfr/${DSFR_STYLESHEET}`])});`,
      "}",
      "",
      'export const config = { templateFormats: ["md", "njk"] };',
      "",
    ].join("\n"),
  );
  return dir;
}

/** (c) The same 13 plans from the demo's YAML, through the plugin with its defaults. */
export function pluginSite({ name = "c-plugin", entry = DIST_ENTRY }: { name?: string; entry?: string } = {}): string {
  const dir = freshFolder(name);
  copySiteFiles(dir);
  write(dir, "data/plans-action.yaml", readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8"));
  write(dir, "eleventy.config.js", pluginConfig(entry));
  return dir;
}

const MINISTRIES = [
  "Ministère de la Culture",
  "Ministère de l’Éducation nationale et de la Jeunesse",
  "Ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique",
  "Ministère de la Justice",
  "Ministère de la Transition écologique et de la Cohésion des territoires",
  "Ministère de l’Europe et des Affaires étrangères",
  "Ministère de l’Intérieur et des Outre-mer",
  "Ministère des Armées",
  "Ministère de la Santé et de la Prévention",
  "Direction interministérielle du numérique",
];
const COVERS = ["mc", "menjs", "mefr", "mj", "mte", "meae", "mi", "mda", "mss", "dinum"].map(
  (c) => `/img/plans-action/couverture-${c}.png`,
);

/**
 * `count` plans on one page, with the demo's page block: every other one published on another
 * site (https link and declared size), the rest « À paraître »; every plan has one of the covers.
 */
export function generatedPlans(count: number): string {
  const demo = load(readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8")) as { page: unknown };
  const plans = Array.from({ length: count }, (_, i) => ({
    ministry: MINISTRIES[i % MINISTRIES.length],
    title: `Plan d’action numérique responsable n° ${i + 1}`,
    ...(i % 2 === 0 ? { link: `https://www.numerique.gouv.fr/plans/plan-${i + 1}.pdf`, size: `${(i % 9) + 1},${i % 10} Mo` } : {}),
    cover: COVERS[i % COVERS.length],
    year: 2020 + (i % 5),
  }));
  return dump({ page: demo.page, plans }, { lineWidth: -1 });
}

/** (d) `count` generated plans on one page, through the plugin. */
export function generatedSite(count: number): string {
  const dir = freshFolder(`d-${count}`);
  cpSync(path.join(PROJECT_ROOT, "img"), path.join(dir, "img"), { recursive: true });
  write(dir, "data/plans-action.yaml", generatedPlans(count));
  write(dir, "eleventy.config.js", pluginConfig());
  return dir;
}

/** (e) A 10,000-plan file to check, with the covers it refers to. */
export function checkSite(count: number): { dir: string; file: string } {
  const dir = freshFolder(`e-check-${count}`);
  cpSync(path.join(PROJECT_ROOT, "img"), path.join(dir, "img"), { recursive: true });
  write(dir, "data/plans-action.yaml", generatedPlans(count));
  return { dir, file: path.join(dir, "data/plans-action.yaml") };
}

const HOST_FIXTURE = path.join(PROJECT_ROOT, "tests/fixtures/host-site");

/**
 * (f, g) The host site of the tests (its own layouts, Markdown through Liquid, its sitemap, its
 * DSFR) grown to `pages` pages in sections of 20, with the plans page: the 13 seed cards written
 * by hand in its own page (f, HOST_MODE=none), or the plugin in the site's layout (g), with
 * `options` added to the plugin's.
 */
export function hostSite(
  mode: "none" | "layout",
  {
    pages = 400,
    options = {},
    name = mode,
    entry = DIST_ENTRY,
  }: { pages?: number; options?: Record<string, unknown>; name?: string; entry?: string } = {},
): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = freshFolder(`host-${name}`);
  cpSync(HOST_FIXTURE, dir, { recursive: true });
  // A CommonJS config: the folder is not an ES module package.
  writeFileSync(path.join(dir, "package.json"), '{ "private": true }\n');
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  copySiteFiles(dir);
  write(dir, "data/plans-action.yaml", readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8"));
  // The hand-written page holds the seed's 13 cards, as the site had them.
  const seedBody = readFileSync(SEED_PAGE, "utf8").replace(/^---[\s\S]*?\n---\n/, "");
  const byHand = path.join(dir, "_variants/plans-a-la-main.md");
  writeFileSync(byHand, readFileSync(byHand, "utf8").replace(/\n# [\s\S]*$/, `\n${seedBody}`));
  for (let s = 1; s <= Math.ceil(pages / 20); s++) {
    const section = `rubrique-${s}`;
    write(dir, `${section}/index.md`, page(`Rubrique ${s}`, { key: section, parent: "accueil", order: s }));
    for (let p = 1; p < 20; p++) {
      write(dir, `${section}/page-${p}.md`, page(`Page ${p} de la rubrique ${s}`, { key: `${section}-${p}`, parent: section, order: p }));
    }
  }
  return { dir, env: { HOST_MODE: mode, PLANS_ACTION_PLUGIN: entry, HOST_PLUGIN_OPTIONS: JSON.stringify(options) } };
}

function page(title: string, nav: { key: string; parent: string; order: number }): string {
  return [
    "---",
    "layout: layouts/page.njk",
    `title: ${title}`,
    "eleventyNavigation:",
    `  key: ${nav.key}`,
    `  parent: ${nav.parent}`,
    `  order: ${nav.order}`,
    "---",
    `# ${title}`,
    "",
    "Une page du site, avec un [lien vers l’accueil]({{ '/' | url }}) et un paragraphe de texte courant pour",
    "que la page ait le poids d’une vraie page de contenu.",
    "",
  ].join("\n");
}
