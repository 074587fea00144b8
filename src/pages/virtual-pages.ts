/**
 * Every page and file one list of documents adds to the site, as Eleventy virtual templates
 * (path, content, front matter): the plans page, one page per ministry, the open-data files and
 * the feed. Their markup lives in the Nunjucks components they include; their data comes from the
 * list's state, filled once the data file is valid (`eleventy.before`).
 *
 * Two ways to wear a layout:
 * - a plugin layout (`plans-action/page.njk`): the page extends it, with the plugin's chrome;
 * - a site's layout: the page is an ordinary Eleventy page with that front-matter `layout`, its
 *   body (`plans-action/body.njk`) as `content`, and `title`, `description`, `date`, `image`,
 *   `eleventyNavigation` as data the site's layouts read.
 */
import { PUBLISHED_FILES, type MinistryListPage } from "../export/outputs.ts";
import { besidePage } from "../export/urls.ts";
import type { PlansData } from "../model.ts";
import type { ResolvedOptions } from "../options.ts";
import type { ListState } from "../state.ts";
import { isLaterPage } from "./page-meta.ts";
import type { ListPage, PageMeta } from "./pagination.ts";

/** The global data every list's state is published under, by `dataKey`. */
export const LISTS_KEY = "plansActionLists";

export interface VirtualTemplate {
  path: string;
  content: string;
  data: Record<string, unknown>;
}

type Data = Record<string, unknown>;

/*
 * A paginated template's permalink is a function, not a template string: Eleventy renders a
 * string permalink with Nunjucks for every page, once more when the page has computed data.
 */

/** Kept out of collections: they are files, not pages (no navigation, no sitemap entry). */
const FILE = { eleventyExcludeFromCollections: true, layout: false };

/**
 * The data file's date as the page's `date`: a Date, as YAML front matter gives one (a date string
 * would make Eleventy load luxon to read it). A site's layout prints it (« Dernière mise à jour »).
 */
function dateData(initialDate: string | undefined): Data {
  return initialDate ? { date: new Date(`${initialDate}T00:00:00Z`) } : {};
}

/**
 * A page in a site's layout: the layout, and who prints the h1 and date (`layoutTitle`, read by
 * `plans-action/layout-title.njk`). Page data, not the list's settings: the shortcodes' body, in
 * the site's own page, stays as it is.
 */
function inSiteLayout(opts: ResolvedOptions): Data {
  return opts.standalone ? {} : { layout: opts.layout, plansActionLayoutTitle: opts.layoutTitle };
}

/** What every page of a list reads: its data, its settings and its outputs, whatever the list. */
function listComputed(list: ListState): Data {
  return {
    plansActionData: () => list.data,
    plansActionSettings: () => list.settings,
    plansActionOutputs: () => list.outputs,
  };
}

/**
 * Pages 2..N in the plugin's own layout: `plans-action/later-page.njk` sets their data (see there
 * why not computed data) and extends `layout`. A page in a site's own layout keeps computed data:
 * the site's layouts read `title` and `description` from the page's data.
 */
function laterStandalone(list: ListState, layout: string): { content: string; data: Data } {
  return {
    content: '{% extends "plans-action/later-page.njk" %}',
    data: { plansActionList: list.opts.dataKey, plansActionLayout: layout },
  };
}

/**
 * The plans page: page 1 at the list's URL, an ordinary template (not a paginated one: Eleventy
 * hands a paginated page's data to collections as a Proxy, and every eleventy-navigation filter of
 * the site then walks `collections.all` more slowly); pages 2..N, when the plans do not fit on one
 * page, from a template paginated over the list's precomputed pages (`outputs.pages`), in
 * collections or not (see `laterPagesInCollections`); they name their parent crumb in
 * `plansActionCrumb`. `date` is the data file's, read when the plugin was added. With
 * `page: false` the site writes page 1 itself (with the shortcodes); pages 2..N, which its
 * pagination links to, are still generated.
 */
export function plansPageTemplates(list: ListState, initialDate: string | undefined, pages: string): VirtualTemplate[] {
  const { opts } = list;
  const page = (): PlansData["page"] | undefined => list.data?.page;
  const common: Data = {
    plansActionPage: true,
    ...inSiteLayout(opts),
  };
  // Pages 2..N read their own page's `meta`; page 1, an ordinary template, the list's first page.
  const metaOf = (d: Data): PageMeta | undefined => (d.listPage as ListPage | undefined)?.meta;
  const firstMeta = (): PageMeta | undefined => list.outputs?.pages[0]?.meta;
  const computed = (meta: (d: Data) => PageMeta | undefined): Data => ({
    ...listComputed(list),
    title: (d: Data) => meta(d)?.title,
    description: (d: Data) => meta(d)?.description,
    image: () => page()?.image,
    plansActionUpdated: () => page()?.date,
    plansActionJsonLd: (d: Data) => meta(d)?.jsonLd,
  });
  const content = opts.standalone ? `{% extends "${opts.layout}" %}` : '{% include "plans-action/body.njk" %}';
  const standalone = opts.standalone ? laterStandalone(list, opts.layout) : undefined;
  const later: VirtualTemplate = {
    path: `${opts.dataKey}.plans-action-pages.virtual.njk`,
    content: standalone?.content ?? content,
    data: {
      ...common,
      ...standalone?.data,
      pagination: { data: pages, size: 1, alias: "listPage", before: (all: ListPage[]) => all.slice(1), addAllPagesToCollections: !opts.standalone },
      permalink: (d: Data) => (d.listPage as ListPage).url,
      ...laterPagesInCollections(opts),
      ...(opts.standalone ? {} : { ...dateData(initialDate), eleventyComputed: { ...computed(metaOf), plansActionCrumb: (d: Data) => metaOf(d)?.crumb } }),
    },
  };
  if (!opts.page) return [later];
  const first: VirtualTemplate = {
    path: `${opts.dataKey}.plans-action.virtual.njk`,
    content,
    data: {
      ...common,
      permalink: opts.url,
      ...dateData(initialDate),
      ...opts.frontMatter,
      eleventyComputed: {
        ...computed(firstMeta),
        listPage: () => list.outputs?.pages[0],
        eleventyNavigation: () => {
          const p = page();
          if (!p?.navigation) return undefined;
          // The data file's own navigation keys (key, parent, title, order), and nothing more:
          // entries shaped like the site's keep eleventy-navigation's filters fast on every page.
          // A listing reads the description, date and image from the page's data (`entry.data`).
          return { ...p.navigation, title: p.navigation.title ?? p.title };
        },
      },
    },
  };
  return [first, later];
}

/**
 * Pages 2..N in a site's own layout are in `collections.all`, so that the site's own sitemap (made
 * from it, as sites do) lists them. With the plugin's layout they stay out: its breadcrumb and
 * side menu walk `collections.all` on every page, and its own sitemap adds them from the outputs.
 */
function laterPagesInCollections(opts: ResolvedOptions): Data {
  return opts.standalone ? { eleventyExcludeFromCollections: true } : {};
}

export function listTemplates(list: ListState, initialDate: string | undefined): VirtualTemplate[] {
  const { opts } = list;
  const templates: VirtualTemplate[] = [];
  const outputs = `${LISTS_KEY}.${opts.dataKey}.outputs`;
  templates.push(...plansPageTemplates(list, initialDate, `${outputs}.pages`));
  if (opts.openData) {
    templates.push({
      // JSON, its schema and CSV: one template, one output per file.
      path: `${opts.dataKey}.plans-action-files.virtual.njk`,
      content: "{{ file.content | safe }}",
      data: { ...FILE, pagination: { data: `${outputs}.files`, size: 1, alias: "file" }, permalink: (d: Data) => (d.file as { url: string }).url },
    });
  }
  if (opts.ministryPages) {
    const ministries = `${outputs}.ministryPages`;
    templates.push(ministryTemplate(list, ministries, "first", initialDate), ministryTemplate(list, ministries, "later", initialDate));
  }
  if (opts.siteUrl && opts.feed) {
    templates.push({
      path: `${opts.dataKey}.plans-action-feed.virtual.njk`,
      // Without entries an items list has no feed (permalink false): nothing to render either.
      content: '{% if plansActionOutputs.feed %}{% include "plans-action/feed.njk" %}{% endif %}',
      data: { ...FILE, permalink: () => (list.outputs ? (list.outputs.feed?.path ?? false) : besidePage(opts.url, PUBLISHED_FILES.feed)), eleventyComputed: listComputed(list) },
    });
  }
  return templates;
}

/**
 * The ministry pages: each ministry's first page (a node of the site's navigation, in its
 * collections), then, in a template of their own, the pages 2..N of long ministries, in
 * collections or not like the plans page's own pages 2..N (see `laterPagesInCollections`).
 */
function ministryTemplate(list: ListState, ministries: string, which: "first" | "later", initialDate: string | undefined): VirtualTemplate {
  const { opts } = list;
  const plans = () => list.data;
  const first = which === "first";
  const metaOf = (d: Data): PageMeta | undefined => (d.ministry as MinistryListPage | undefined)?.listPage?.meta;
  const standalone = opts.standalone && !first ? laterStandalone(list, "plans-action/ministry.njk") : undefined;
  return {
    path: `${opts.dataKey}.plans-action-ministry${first ? "" : "-pages"}.virtual.njk`,
    content:
      standalone?.content ?? (opts.standalone ? '{% extends "plans-action/ministry.njk" %}' : '{% include "plans-action/ministry-body.njk" %}'),
    data: {
      ...standalone?.data,
      ...inSiteLayout(opts),
      ...(opts.standalone ? {} : dateData(initialDate)),
      // One entry per page of each ministry: Eleventy cannot nest pagination.
      pagination: {
        data: ministries,
        size: 1,
        alias: "ministry",
        addAllPagesToCollections: first || !opts.standalone,
        before: (all: MinistryListPage[]) => all.filter((m) => (m.listPage.number === 1) === first),
      },
      ...(first ? {} : laterPagesInCollections(opts)),
      // The side menu leaves these out (the plans page lists them as tags).
      plansActionMinistry: true,
      permalink: (d: Data) => (d.ministry as MinistryListPage).listPage.url,
      ...(standalone ? {} : { eleventyComputed: {
        ...listComputed(list),
        plansActionUpdated: () => plans()?.page.date,
        title: (d: Data) => metaOf(d)?.title,
        description: (d: Data) => metaOf(d)?.description,
        plansActionJsonLd: (d: Data) => metaOf(d)?.jsonLd,
        plansActionCrumb: (d: Data) => metaOf(d)?.crumb,
        eleventyNavigation: (d: Data) => {
          const nav = plans()?.page.navigation;
          const ministry = d.ministry as MinistryListPage;
          if (!nav || isLaterPage(ministry.listPage)) return undefined;
          // The same keys, in the same order, as a site's own front matter: eleventy-navigation's
          // filters walk every entry of every page, and entries of one shape keep them fast.
          return { key: `${nav.key}/${ministry.slug}`, parent: nav.key, title: ministry.title, order: ministry.index + 1 };
        },
      } }),
    },
  };
}

/** `sitemap.xml`, once for the whole site. */
export function sitemapTemplate(): VirtualTemplate {
  return {
    path: "plans-action-sitemap.virtual.njk",
    content: '{% include "plans-action/sitemap.njk" %}',
    data: { ...FILE, permalink: "/sitemap.xml" },
  };
}
