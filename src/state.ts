/**
 * The plugin's registry: per Eleventy configuration, the site and its lists of documents.
 *
 * One list is one `addPlugin` call with its data file. Its options never change; its data, outputs
 * and files are replaced at each build once the data file is valid, and stay empty when it is not
 * (nothing is published from invalid data).
 *
 * Types and one map only, no library: the check command (`npm run check`) reads the lists a site's
 * configuration registered without loading the plugin's image and PDF libraries.
 */
import type { NunjucksEnvironmentLike } from "./eleventy-types.ts";
import type { LinkedFile } from "./enrich/enrich-plans.ts";
import type { PlansOutputs } from "./export/outputs.ts";
import type { Labels, Lang } from "./labels.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { PlansData } from "./model.ts";
import type { ResolvedOptions } from "./options.ts";
import type { Renderer } from "./shortcodes.ts";
import type { LocatedPageLink } from "./validate/page-links.ts";

/** What the components read as `plansActionSettings`. */
export interface ListSettings {
  url: string;
  headingLevel: number;
  dataKey: string;
  /** What starts the `id` of the list's headings: "" for the default `dataKey`, else `<dataKey>-`. */
  anchorPrefix: string;
  assetsUrl: string;
  /** Site paths of the stylesheets the plugin's layout links (none when `assets` is off). */
  stylesheets: string[];
  /** Site paths of the fonts the plugin's layout preloads (none when `assets` is off). */
  fonts: string[];
  siteUrl: string;
  lang: Lang;
  labels: Labels;
}

export interface ListState {
  opts: ResolvedOptions;
  settings: ListSettings;
  /** Where its site paths are published: `siteUrl` + path prefix, without the final slash. */
  base: string;
  data?: PlansData;
  outputs?: PlansOutputs;
  files: LinkedFile[];
  /** Its links to the site's pages, checked once the site's pages are known. */
  pageLinks?: LocatedPageLink[];
  /** The copies of its documents and covers (destination → source), planned once its data is valid… */
  copies?: Map<string, string>;
  /** …and started once its page links are checked. */
  copying?: Promise<void>;
}

/** What the plugin sets up once per site, for every list. */
export interface Site {
  lists: Map<string, ListState>;
  /** Each registration's options, so that the same call made twice registers once. */
  registrations: Set<string>;
  pathPrefix: string;
  /** The prefix the plugin writes into links: none when the site's HtmlBasePlugin adds it. */
  hrefPrefix: string;
  /** `siteUrl` + path prefix, from the first list that has a `siteUrl`. */
  base: string;
  environment?: NunjucksEnvironmentLike & Renderer;
  sitemap: boolean;
  /**
   * Set by the check command: the build stops once the page links are checked (nothing rendered,
   * nothing copied), and their problems are left here.
   */
  pageLinksCheck?: { broken?: Diagnostic[] };
}

/**
 * Sites by Eleventy configuration object. Shared by every copy of this module in the process: the
 * check command (`dist/cli/check.js`) and the plugin a site imports (`dist/index.js`) are two
 * bundles, each with its own copy.
 */
const SITES_KEY = Symbol.for("eleventy-plugin-plans-action/sites");
const shared = globalThis as { [SITES_KEY]?: WeakMap<object, Site> };
shared[SITES_KEY] ??= new WeakMap<object, Site>();
export const SITES: WeakMap<object, Site> = shared[SITES_KEY];

/** A list as the check command sees it: where its data file is, and what names it. */
export interface RegisteredList {
  dataKey: string;
  url: string;
  /** The `dataFile` option, as the site wrote it. */
  dataFile: string;
  /** Absolute path of the data file. */
  dataPath: string;
  /** The folder site paths (`/docs/…`) resolve against. */
  root: string;
}

/** The lists registered on an Eleventy configuration, in registration order (none if the plugin was not added). */
export function registeredLists(eleventyConfig: object): RegisteredList[] {
  return [...(SITES.get(eleventyConfig)?.lists.values() ?? [])].map(({ opts }) => ({
    dataKey: opts.dataKey,
    url: opts.url,
    dataFile: opts.dataFile,
    dataPath: opts.dataPath,
    root: opts.root,
  }));
}
