/**
 * Everything the plugin publishes besides the page itself, computed once per build from the
 * validated data (so nothing exists when the data is invalid): the open-data files with their
 * DSFR file details, the feed's content, the ministry pages, and the pages each list is cut into.
 */
import { fileDetail } from "../format/file-details.ts";
import { fileDetailIn, type Lang } from "../labels.ts";
import type { PlansData } from "../model.ts";
import { ministryPages, type MinistryPage } from "../pages/ministries.ts";
import { paginatePlans, yearLinks, type ListPage, type PageSizes, type YearLink } from "../pages/pagination.ts";
import { feedOf, type Feed } from "./feed.ts";
import { itemsFeedOf } from "./items-feed.ts";
import { itemsOpenData, itemsOpenDataCsv, itemsOpenDataSchema } from "./items-open-data.ts";
import { openData, openDataCsv, openDataSchemaJson } from "./open-data.ts";
import { absoluteUrl, besidePage } from "./urls.ts";

/** A plans list's file names, published next to the page. */
export const PUBLISHED_FILES = {
  json: "plans-action.json",
  schema: "plans-action.schema.json",
  csv: "plans-action.csv",
  feed: "plans-action.atom",
} as const;

/**
 * The files' names: a plans list keeps `plans-action.*`; any other list's are named after its page
 * (`/publications/guides/` → `guides.json`, `guides.csv`, `guides.schema.json`, `guides.atom`).
 */
export function publishedFiles(data: PlansData, pageUrl: string): Record<keyof typeof PUBLISHED_FILES, string> {
  if (data.list.itemsKey === "plans") return PUBLISHED_FILES;
  const name = pageUrl.split("/").filter(Boolean).at(-1)?.replace(/\.html?$/, "") || "liste";
  return { json: `${name}.json`, schema: `${name}.schema.json`, csv: `${name}.csv`, feed: `${name}.atom` };
}

export interface GeneratedFile {
  /** Site path the file is written at. */
  url: string;
  content: string;
}

export interface DownloadLink {
  url: string;
  /** Link text. */
  label: string;
  /** `CSV - 2,1 ko`, as DSFR prints a download's details. */
  detail: string;
}

export interface PlansOutputs {
  files: GeneratedFile[];
  /** The open-data files as the page links them. */
  downloads: DownloadLink[];
  /** Absent without a site URL: Atom requires absolute ids. */
  feed?: Feed & { path: string };
  ministries: MinistryPage[];
  /** The plans page, cut into pages of `pageSize` (one page when the plans fit). */
  pages: ListPage[];
  /** Where each year starts, when the plans page has several pages. */
  years: YearLink[];
  /** Every page of every ministry, for the ministry template to paginate over one at a time. */
  ministryPages: MinistryListPage[];
  /**
   * Each plan's document link as the browser follows it (with the site's path prefix), by plan
   * index: a page of rows reads it rather than calling a filter 50 times (set by the plugin).
   */
  hrefs?: string[];
}

/** A ministry with one of its pages (`listPage`): what a ministry template renders. */
export type MinistryListPage = MinistryPage & { listPage: ListPage; index: number };

export interface OutputsOptions {
  /** The page's site path. */
  url: string;
  /** The site's origin, or "" (no feed without it: Atom needs absolute ids). */
  siteUrl: string;
  /** Where site paths are published (`publicBase`): the open data's and feed's URLs start with it. */
  base: string;
  /** Publish the open-data files. */
  openData?: boolean;
  /** Publish the feed (with a `siteUrl`). */
  feed?: boolean;
  /** One page per ministry. */
  ministryPages?: boolean;
  /** The open-data links' text. */
  downloadLabel?: string;
  /** The language of the links' details. */
  lang?: Lang;
  /** Cards up to `cards` plans, pages of `pageSize` rows beyond (the plans page and each ministry page); one page of cards when absent. */
  sizes?: PageSizes;
}

export function plansOutputs(data: PlansData, opts: OutputsOptions): PlansOutputs {
  const at = (name: string) => besidePage(opts.url, name);
  const names = publishedFiles(data, opts.url);
  const items = data.list.itemsKey === "items";
  const schemaUrl = at(names.schema);
  const feedPath = at(names.feed);
  const withFeed = Boolean(opts.siteUrl) && opts.feed !== false;
  const feed = withFeed ? (items ? itemsFeedOf : feedOf)(data, { siteUrl: opts.base, pageUrl: opts.url, feedUrl: feedPath }) : undefined;
  const out: PlansOutputs = {
    files: [],
    downloads: [],
    // An items list none of whose items is dated has no feed: nothing could ever appear in it.
    ...(feed && (!items || feed.entries.length) ? { feed: { ...feed, path: feedPath } } : {}),
    ministries: opts.ministryPages === false ? [] : ministryPages(data, opts.url),
    pages: [],
    years: [],
    ministryPages: [],
  };
  const size = opts.sizes ?? { cards: Number.POSITIVE_INFINITY, pageSize: Number.POSITIVE_INFINITY };
  out.pages = paginatePlans(data.plans, opts.url, size, data.list);
  // Links to each year's first page: only on a list grouped by year (src/pages/groups.ts for others).
  out.years = data.list.groupBy === "year" ? yearLinks(out.pages) : [];
  out.ministryPages = out.ministries.flatMap((ministry, index) =>
    paginatePlans(ministry.plans, ministry.url, size, data.list).map((listPage) => ({ ...ministry, listPage, index })),
  );
  if (opts.openData === false) return out;
  const ctx = { siteUrl: opts.base, pageUrl: opts.url, schemaUrl };
  const records = items ? itemsOpenData(data, ctx) : openData(data, ctx);
  const json = { url: at(names.json), content: `${JSON.stringify(records, null, 2)}\n` };
  const csv = { url: at(names.csv), content: "elements" in records ? itemsOpenDataCsv(records) : openDataCsv(records.plans) };
  const schemaAt = absoluteUrl(opts.base, schemaUrl);
  const schema = { url: schemaUrl, content: items ? `${JSON.stringify(itemsOpenDataSchema(data, schemaAt), null, 2)}\n` : openDataSchemaJson(schemaAt) };
  const label = opts.downloadLabel ?? "Télécharger la liste des documents";
  const download = (file: GeneratedFile, format: string): DownloadLink => ({
    url: file.url,
    label,
    detail: fileDetailIn(fileDetail({ format, bytes: Buffer.byteLength(file.content, "utf8") }), opts.lang ?? "fr"),
  });
  out.files = [json, schema, csv];
  out.downloads = [download(csv, "CSV"), download(json, "JSON")];
  return out;
}
