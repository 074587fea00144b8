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
import { collectionJsonLd, serializeJsonLd } from "../export/json-ld.ts";
import { PUBLISHED_FILES } from "../export/outputs.ts";
import { besidePage } from "../export/urls.ts";
import type { PlansData } from "../model.ts";
import type { ResolvedOptions } from "../options.ts";
import type { ListState } from "../state.ts";
import type { MinistryPage } from "./ministries.ts";

/** The global data every list's state is published under, by `dataKey`. */
export const LISTS_KEY = "plansActionLists";

export interface VirtualTemplate {
  path: string;
  content: string;
  data: Record<string, unknown>;
}

type Data = Record<string, unknown>;

/** Kept out of collections: they are files, not pages (no navigation, no sitemap entry). */
const FILE = { eleventyExcludeFromCollections: true, layout: false };

/** What every page of a list reads: its data, its settings and its outputs, whatever the list. */
function listComputed(list: ListState): Data {
  return {
    plansActionData: () => list.data,
    plansActionSettings: () => list.settings,
    plansActionOutputs: () => list.outputs,
  };
}

/** Front matter of the plans page. `date` is the data file's, read when the plugin was added. */
export function plansPageTemplate(list: ListState, initialDate: string | undefined): VirtualTemplate {
  const { opts } = list;
  const page = (): PlansData["page"] | undefined => list.data?.page;
  const data: Data = {
    permalink: opts.url,
    plansActionPage: true,
    ...(initialDate ? { date: initialDate } : {}),
    ...(opts.standalone ? {} : { layout: opts.layout }),
    ...opts.frontMatter,
    eleventyComputed: {
      ...listComputed(list),
      title: () => page()?.title,
      description: () => page()?.description,
      image: () => page()?.image,
      plansActionUpdated: () => page()?.date,
      plansActionJsonLd: () => plansPageJsonLd(list.data, list.opts, list.base),
      eleventyNavigation: () => {
        const p = page();
        if (!p?.navigation) return undefined;
        return { title: p.title, ...p.navigation, description: p.description, date: p.date, ...(p.image ? { image: p.image } : {}) };
      },
    },
  };
  return {
    path: `${opts.dataKey}.plans-action.virtual.njk`,
    content: opts.standalone ? `{% extends "${opts.layout}" %}` : '{% include "plans-action/body.njk" %}',
    data,
  };
}

export function listTemplates(list: ListState, initialDate: string | undefined): VirtualTemplate[] {
  const { opts } = list;
  const templates: VirtualTemplate[] = [];
  if (opts.page) templates.push(plansPageTemplate(list, initialDate));
  const outputs = `${LISTS_KEY}.${opts.dataKey}.outputs`;
  if (opts.openData) {
    templates.push({
      // JSON, its schema and CSV: one template, one output per file.
      path: `${opts.dataKey}.plans-action-files.virtual.njk`,
      content: "{{ file.content | safe }}",
      data: { ...FILE, pagination: { data: `${outputs}.files`, size: 1, alias: "file" }, permalink: "{{ file.url }}" },
    });
  }
  if (opts.ministryPages) templates.push(ministryTemplate(list, `${outputs}.ministries`));
  if (opts.siteUrl && opts.feed) {
    templates.push({
      path: `${opts.dataKey}.plans-action-feed.virtual.njk`,
      content: '{% include "plans-action/feed.njk" %}',
      data: { ...FILE, permalink: besidePage(opts.url, PUBLISHED_FILES.feed), eleventyComputed: listComputed(list) },
    });
  }
  return templates;
}

function ministryTemplate(list: ListState, ministries: string): VirtualTemplate {
  const { opts } = list;
  const plans = () => list.data;
  return {
    path: `${opts.dataKey}.plans-action-ministry.virtual.njk`,
    content: opts.standalone ? '{% extends "plans-action/ministry.njk" %}' : '{% include "plans-action/ministry-body.njk" %}',
    data: {
      ...(opts.standalone ? {} : { layout: opts.layout }),
      pagination: { data: ministries, size: 1, alias: "ministry", addAllPagesToCollections: true },
      permalink: "{{ ministry.url }}",
      eleventyComputed: {
        ...listComputed(list),
        plansActionUpdated: () => plans()?.page.date,
        title: (d: Data) => `${(d.ministry as MinistryPage).title} - ${sectionTitle(plans())}`,
        description: (d: Data) => ministryDescription(d.ministry as MinistryPage, plans()),
        plansActionJsonLd: (d: Data) => {
          const data = plans();
          const ministry = d.ministry as MinistryPage;
          if (!data) return undefined;
          const page = { url: ministry.url, name: ministry.title, description: ministryDescription(ministry, data), dateModified: data.page.date };
          return serializeJsonLd(collectionJsonLd(page, ministry.plans, list.base));
        },
        eleventyNavigation: (d: Data) => {
          const nav = plans()?.page.navigation;
          const ministry = d.ministry as MinistryPage;
          if (!nav) return undefined;
          const order = (d.pagination as { pageNumber: number }).pageNumber;
          // `plansActionMinistry`: the side menu leaves these out (the page lists them as tags).
          return { key: `${nav.key}/${ministry.slug}`, parent: nav.key, title: ministry.title, order, plansActionMinistry: true };
        },
      },
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

/** JSON-LD of the plans page (the `CollectionPage` of every plan). */
export function plansPageJsonLd(data: PlansData | undefined, opts: ResolvedOptions, base: string): string | undefined {
  if (!data) return undefined;
  const { page } = data;
  const jsonLd = collectionJsonLd(
    { url: opts.url, name: page.title, description: page.description, dateModified: page.date, ...(page.image ? { image: page.image } : {}) },
    data.plans,
    base,
  );
  return serializeJsonLd(jsonLd);
}

/** The plans page's short name: its menu title, or its title. */
function sectionTitle(data: PlansData | undefined): string {
  return data?.page.navigation?.title ?? data?.page.title ?? "";
}

function ministryDescription(ministry: MinistryPage, data: PlansData | undefined): string {
  const n = ministry.plans.length;
  return `${sectionTitle(data)} : ${ministry.title}, ${n} document${n > 1 ? "s" : ""} (${ministry.years.join(", ")}).`;
}
