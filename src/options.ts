/**
 * The plugin's options: typed, documented, given defaults and checked when the plugin is added,
 * so a wrong option fails at once with the option's name, what it expects and what it received.
 */
import path from "node:path";
import { closestKey } from "./validate/messages.ts";

export interface PlansActionOptions {
  /**
   * The YAML data file, relative to `root`.
   * @default "data/plans-action.yaml"
   */
  dataFile?: string;
  /**
   * The site's root folder: site paths such as `/docs/…` and `/img/…` in the data resolve against it.
   * @default process.cwd()
   */
  root?: string;
  /**
   * URL of the generated page; starts and ends with `/`.
   * @default "/publications/plans-action-ministeres/"
   */
  url?: string;
  /**
   * Nunjucks template the page extends; yours (in your `_includes`) or the plugin's.
   * @default "plans-action/page.njk"
   */
  layout?: string;
  /**
   * Heading level of each card title (the page title is the h1).
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Name of the global data the templates read the plans from.
   * @default "plansAction"
   */
  dataKey?: string;
  /**
   * Copy each document and image the data refers to into the output, at its site path.
   * Set to false when your site already copies these folders.
   * @default true
   */
  copyFiles?: boolean;
  /**
   * URL folder where the plugin copies the DSFR stylesheets and fonts the page uses.
   * @default "/assets/dsfr/"
   */
  assetsUrl?: string;
  /**
   * The site's public address (`https://…`), without a path: it makes the absolute URLs that the
   * Atom feed, `sitemap.xml`, the canonical link and Open Graph require. Without it those four are
   * not generated (they cannot work with site paths alone); the page, the ministry pages, the
   * JSON-LD and the open-data files are generated either way (with site paths instead of URLs).
   * @default ""
   * @example "https://ecoresponsable.numerique.gouv.fr"
   */
  siteUrl?: string;
  /**
   * Write `/sitemap.xml` listing every page of the site (needs `siteUrl`).
   * Set to false when your site already writes its own sitemap.
   * @default true
   */
  sitemap?: boolean;
  /**
   * Optimise the covers (AVIF and WebP plus a fallback, at the card's widths) and draw a cover
   * from the PDF's first page when a plan has none. Set to false for the fastest build: covers
   * are served as they are and plans without one get the neutral placeholder.
   * @default true
   */
  images?: boolean;
  /**
   * URL folder where the optimised covers (and the neutral placeholder) are written.
   * @default "/img/plans-action/couvertures/"
   */
  coversUrl?: string;
  /**
   * Folder, relative to `root`, where PDF facts and encoded covers are kept between builds,
   * keyed by the content of their source files. Keep it out of git; delete it to start cold.
   * @default ".cache/plans-action"
   */
  cacheDir?: string;
}

export type ResolvedOptions = Required<PlansActionOptions> & {
  dataPath: string;
  /** `cacheDir` made absolute. */
  cachePath: string;
};

/** A fresh object each call: every default with why it is the default. */
export function getDefaults(): Required<PlansActionOptions> {
  return {
    // The contract's file name, at the place the design card gives editors.
    dataFile: "data/plans-action.yaml",
    // Eleventy runs from the project root; site paths mirror the repository's folders.
    root: process.cwd(),
    // The URL the original MiNumEco page had.
    url: "/publications/plans-action-ministeres/",
    // The plugin's own layout, found after the site's `_includes` (so the site can override it).
    layout: "plans-action/page.njk",
    // h1 is the page title; cards are the next level.
    headingLevel: 2,
    dataKey: "plansAction",
    copyFiles: true,
    assetsUrl: "/assets/dsfr/",
    // No guess: a wrong domain in a feed or a canonical link is worse than none.
    siteUrl: "",
    // Sites that have no sitemap get one; sites that have their own turn it off.
    sitemap: true,
    // Covers are most of the page's weight: a 24 KB PNG becomes a 3–5 KB AVIF.
    images: true,
    // Next to the covers editors drop in /img/plans-action/, in a folder of their own.
    coversUrl: "/img/plans-action/couvertures/",
    // Where tools keep build caches by convention (and this project's .gitignore ignores).
    cacheDir: ".cache/plans-action",
  };
}

type Check = (value: unknown) => string | undefined;

const isText: Check = (v) => (typeof v === "string" && v.trim() !== "" ? undefined : "un texte non vide");
const isBoolean: Check = (v) => (typeof v === "boolean" ? undefined : "true ou false");
const isUrlFolder: Check = (v) =>
  typeof v === "string" && v.startsWith("/") && v.endsWith("/") ? undefined : "un chemin qui commence et finit par « / »";

const CHECKS: Record<keyof PlansActionOptions, Check> = {
  dataFile: isText,
  root: isText,
  url: isUrlFolder,
  layout: isText,
  headingLevel: (v) => ([2, 3, 4, 5, 6].includes(v as number) ? undefined : "un nombre entier de 2 à 6"),
  dataKey: (v) => (typeof v === "string" && /^[A-Za-z_$][\w$]*$/.test(v) ? undefined : "un nom de variable (lettres, chiffres, _)"),
  copyFiles: isBoolean,
  assetsUrl: isUrlFolder,
  siteUrl: (v) => (v === "" || isSiteOrigin(v) ? undefined : "une adresse https:// sans chemin, par exemple \"https://www.exemple.gouv.fr\""),
  sitemap: isBoolean,
  images: isBoolean,
  coversUrl: isUrlFolder,
  cacheDir: isText,
};

function isSiteOrigin(v: unknown): boolean {
  if (typeof v !== "string" || !/^https?:\/\//.test(v)) return false;
  try {
    const url = new URL(v);
    return (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash && !url.username;
  } catch {
    return false;
  }
}

export const OPTION_NAMES = Object.keys(CHECKS) as Array<keyof PlansActionOptions>;

export class PlansActionOptionsError extends Error {
  override name = "Error";
  readonly skipOriginalStack = true;
}

/** Merge with the defaults and check every option; throws one error naming every bad option. */
export function resolveOptions(options: unknown = {}): ResolvedOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new PlansActionOptionsError(
      `plans-action : les options doivent être un objet, par exemple addPlugin(plansAction, { url: "/plans/" }). Reçu : ${JSON.stringify(options)}.`,
    );
  }
  const problems: string[] = [];
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const check = CHECKS[name as keyof PlansActionOptions];
    if (!check) {
      const guess = closestKey(name, OPTION_NAMES);
      problems.push(
        `option « ${name} » inconnue${guess ? ` : vouliez-vous écrire « ${guess} » ?` : ""} (options connues : ${OPTION_NAMES.join(", ")})`,
      );
      continue;
    }
    const expected = check(value);
    if (expected) problems.push(`option « ${name} » : attendu ${expected}, reçu ${JSON.stringify(value)}`);
  }
  if (problems.length) {
    throw new PlansActionOptionsError(`plans-action : ${problems.join(" ; ")}.`);
  }
  const merged = { ...getDefaults(), ...stripUndefined(options as PlansActionOptions) };
  const root = path.resolve(merged.root);
  // One spelling of the origin, without the trailing slash: `${siteUrl}${url}` is then a URL.
  const siteUrl = merged.siteUrl ? new URL(merged.siteUrl).origin : "";
  return {
    ...merged,
    root,
    siteUrl,
    dataPath: path.resolve(root, merged.dataFile),
    cachePath: path.resolve(root, merged.cacheDir),
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
