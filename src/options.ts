/**
 * The plugin's options: typed, documented and given defaults, each with why it is the default.
 * `resolve-options.ts` checks them when the plugin is added and merges them with these defaults.
 */
import type { Labels, Lang } from "./labels.ts";

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
   * The layout the generated pages wear. A plugin layout (`plans-action/…`) gives the plugin's
   * own DSFR page: header, footer, stylesheet. Any other name is one of your site's layouts (in
   * your `_includes` or layouts folder), used the Eleventy way: the page gets it as front-matter
   * `layout`, its body as `content`, and `title`, `description`, `date`, `image` and
   * `eleventyNavigation` as data your layouts read.
   * @default "plans-action/page.njk"
   * @example "layouts/page.njk"
   */
  layout?: string;
  /**
   * With a site's layout: who prints the page's `<h1>` and its update date. `"auto"`: the plugin
   * prints them unless the page, once in your layout, already has an `<h1>` (a layout that prints
   * `<h1>{{ title }}</h1>` and `date`). `true`: your layout prints them; `false`: the plugin does.
   * @default "auto"
   */
  layoutTitle?: boolean | "auto";
  /**
   * Generate the page at `url`. Set to false when your site writes its own page there with the
   * shortcodes (`{% plansActionGrid %}`…); the ministry pages, open data and feed stay available.
   * @default true
   */
  page?: boolean;
  /**
   * More front matter for the generated page, merged over the plugin's: `tags`, or any key your
   * site's listings and layouts read.
   * @default {}
   * @example { tags: ["publication"], focus: true }
   */
  frontMatter?: Record<string, unknown>;
  /**
   * A list of at most this many documents (the plans page, a ministry page) shows them as cards
   * with their covers, on one page. A longer one shows them as download links, in pages of
   * `pageSize`: 15 cards already fill the page budget (300 DOM elements). 0: always links.
   * @default 13
   * @example 9
   */
  cards?: number;
  /**
   * How many documents a page of a longer list (more than `cards`) shows: beyond it, the plans
   * page and each ministry page are cut into pages (`<url>page/2/`…) linked by DSFR's
   * pagination, each within the page budget (300 DOM elements).
   * @default 50
   * @example 30
   */
  pageSize?: number;
  /** One page per ministry, linked from the filter by ministry. @default true */
  ministryPages?: boolean;
  /** The JSON and CSV files listing every document, with the JSON's schema. @default true */
  openData?: boolean;
  /** The Atom feed of published documents (needs `siteUrl`). @default true */
  feed?: boolean;
  /**
   * Write the DSFR stylesheet (purged against the pages that link it), its fonts and the
   * favicons. `"auto"`: only with a plugin layout; a site with its own layouts loads its own DSFR.
   * @default "auto"
   */
  assets?: boolean | "auto";
  /**
   * The language of the words the components show (« À paraître », « Données ouvertes »…).
   * @default "fr"
   */
  lang?: Lang;
  /**
   * Your wording for any of those words, over the language's.
   * @default {}
   * @example { forthcoming: "Bientôt en ligne" }
   */
  labels?: Partial<Labels>;
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
   * Write `/sitemap.xml` listing every page of the site (needs `siteUrl`). `"auto"`: only with a
   * plugin layout (a site with its own layouts has, or chooses, its own sitemap).
   * @default "auto"
   */
  sitemap?: boolean | "auto";
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
  /**
   * An editing page (Sveltia CMS, copied from npm into the output) whose form is generated from
   * the data file's schema: editors add and change documents, upload PDFs and covers, and save to
   * GitHub (with a personal access token) or to a local clone (Chromium's access to a folder).
   * `true` puts it at `/admin/`, for the repository GitHub Actions builds (`GITHUB_REPOSITORY`)
   * or the `repository` of the site's package.json. The page is `noindex`, out of the sitemap, the
   * feed and the navigation. Needs `@sveltia/cms` installed beside the plugin.
   * @default false
   * @example { repo: "numerique-gouv/plans", branch: "main" }
   */
  admin?: boolean | AdminOptions;
}

/** Where the editing page lives and which repository it saves to. */
export interface AdminOptions {
  /** The page's URL folder. @default "/admin/" */
  url?: string;
  /** The GitHub repository, `owner/name`. @default GITHUB_REPOSITORY, else the site's package.json `repository` */
  repo?: string;
  /** The branch editors save to. @default the repository's default branch */
  branch?: string;
}

/** The editing page's options once checked; `false` when the list has none. */
export type ResolvedAdmin = false | { url: string; repo?: string; branch?: string };

export type ResolvedOptions = Omit<Required<PlansActionOptions>, "assets" | "sitemap" | "labels" | "admin"> & {
  dataPath: string;
  /** `cacheDir` made absolute. */
  cachePath: string;
  /** The layout is the plugin's own (`plans-action/…`): its chrome, its stylesheet. */
  standalone: boolean;
  assets: boolean;
  sitemap: boolean;
  labels: Labels;
  admin: ResolvedAdmin;
};

/** The plugin's own layouts are extended; any other is the site's, chained by front matter. */
export const PLUGIN_LAYOUT_PREFIX = "plans-action/";

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
    // DSFR sites' layouts mostly print `<h1>{{ title }}</h1>` and the date, some print neither:
    // the rendered page tells which, and the page keeps one of each either way.
    layoutTitle: "auto",
    page: true,
    frontMatter: {},
    // 13 cards (about 15 DOM elements each with their covers) and the page's chrome fit in the
    // 300-element budget: the 13-document list stays as it is.
    cards: 13,
    // Rows of 3 DOM elements: 50 of them, the chrome, the year headings and the pagination stay
    // within 300 elements (asserted on the 1,000-plan site by tests/browser/pagination.test.ts).
    pageSize: 50,
    ministryPages: true,
    openData: true,
    feed: true,
    // A guest writes nothing site-wide unasked: DSFR's files only when its own layout needs them.
    assets: "auto",
    lang: "fr",
    labels: {},
    // h1 is the page title; cards are the next level.
    headingLevel: 2,
    dataKey: "plansAction",
    copyFiles: true,
    assetsUrl: "/assets/dsfr/",
    // No guess: a wrong domain in a feed or a canonical link is worse than none.
    siteUrl: "",
    // The standalone site gets one; a site with its own layouts keeps its own.
    sitemap: "auto",
    // Covers are most of the page's weight: a 24 KB PNG becomes a 3–5 KB AVIF.
    images: true,
    // Next to the covers editors drop in /img/plans-action/, in a folder of their own.
    coversUrl: "/img/plans-action/couvertures/",
    // Where tools keep build caches by convention (and this project's .gitignore ignores).
    cacheDir: ".cache/plans-action",
    // An editing page is a choice the site makes: it adds a CMS to the output.
    admin: false,
  };
}
