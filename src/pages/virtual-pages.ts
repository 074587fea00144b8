/**
 * The pages and files the plugin adds to the site besides the plans page, as Eleventy virtual
 * templates (path, content, front matter). Their markup lives in the Nunjucks components they
 * include; their data comes from the `plansActionOutputs` global computed from the valid data.
 */
import { collectionJsonLd, serializeJsonLd } from "../export/json-ld.ts";
import { PUBLISHED_FILES } from "../export/outputs.ts";
import { besidePage } from "../export/urls.ts";
import type { PlansData } from "../model.ts";
import type { ResolvedOptions } from "../options.ts";
import type { MinistryPage } from "./ministries.ts";

export const OUTPUTS_KEY = "plansActionOutputs";

export interface VirtualTemplate {
  path: string;
  content: string;
  data: Record<string, unknown>;
}

type Data = Record<string, unknown>;

/** Kept out of collections: they are files, not pages (no navigation, no sitemap entry). */
const FILE = { eleventyExcludeFromCollections: true, layout: false };

export function virtualTemplates(opts: ResolvedOptions): VirtualTemplate[] {
  const plans = (d: Data) => d[opts.dataKey] as PlansData | undefined;
  const templates: VirtualTemplate[] = [
    {
      // JSON, its schema and CSV: one template, one output per file.
      path: "plans-action-files.virtual.njk",
      content: "{{ file.content | safe }}",
      data: { ...FILE, pagination: { data: `${OUTPUTS_KEY}.files`, size: 1, alias: "file" }, permalink: "{{ file.url }}" },
    },
    {
      path: "plans-action-ministry.virtual.njk",
      content: '{% extends "plans-action/ministry.njk" %}',
      data: {
        pagination: { data: `${OUTPUTS_KEY}.ministries`, size: 1, alias: "ministry", addAllPagesToCollections: true },
        permalink: "{{ ministry.url }}",
        eleventyComputed: {
          plansActionData: (d: Data) => plans(d),
          plansActionUpdated: (d: Data) => plans(d)?.page.date,
          title: (d: Data) => `${(d.ministry as MinistryPage).title} - ${sectionTitle(plans(d))}`,
          description: (d: Data) => ministryDescription(d.ministry as MinistryPage, plans(d)),
          plansActionJsonLd: (d: Data) => {
            const data = plans(d);
            const ministry = d.ministry as MinistryPage;
            if (!data) return undefined;
            const page = { url: ministry.url, name: ministry.title, description: ministryDescription(ministry, data), dateModified: data.page.date };
            return serializeJsonLd(collectionJsonLd(page, ministry.plans, opts.siteUrl));
          },
          eleventyNavigation: (d: Data) => {
            const nav = plans(d)?.page.navigation;
            const ministry = d.ministry as MinistryPage;
            if (!nav) return undefined;
            const order = (d.pagination as { pageNumber: number }).pageNumber;
            // `plansActionMinistry`: the side menu leaves these out (the page lists them as tags).
            return { key: `${nav.key}/${ministry.slug}`, parent: nav.key, title: ministry.title, order, plansActionMinistry: true };
          },
        },
      },
    },
  ];
  if (opts.siteUrl) {
    templates.push({
      path: "plans-action-feed.virtual.njk",
      content: '{% include "plans-action/feed.njk" %}',
      data: { ...FILE, permalink: besidePage(opts.url, PUBLISHED_FILES.feed) },
    });
    if (opts.sitemap) {
      templates.push({
        path: "plans-action-sitemap.virtual.njk",
        content: '{% include "plans-action/sitemap.njk" %}',
        data: { ...FILE, permalink: "/sitemap.xml" },
      });
    }
  }
  return templates;
}

/** JSON-LD of the plans page (the `CollectionPage` of every plan). */
export function plansPageJsonLd(data: PlansData | undefined, opts: ResolvedOptions): string | undefined {
  if (!data) return undefined;
  const { page } = data;
  const jsonLd = collectionJsonLd(
    { url: opts.url, name: page.title, description: page.description, dateModified: page.date, ...(page.image ? { image: page.image } : {}) },
    data.plans,
    opts.siteUrl,
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
