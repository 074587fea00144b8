/**
 * The Atom feed's content: one entry per published document, newest year first. The XML itself
 * is a Nunjucks component (`plans-action/feed.njk`) with the plugin's RFC 3339 date filter.
 */
import mime from "mime";
import type { PlansData } from "../model.ts";
import { publishedNewestFirst } from "../pages/years.ts";
import { absoluteUrl } from "./urls.ts";

export interface FeedEntry {
  /** Absolute URL of the document: the entry's id and its link. */
  url: string;
  title: string;
  ministry: string;
  year: number;
  language: string;
  /** Media type of the document (`application/pdf`), when its format is known. */
  mediaType?: string;
  bytes?: number;
  /** `PDF - 1,06 Mo`. */
  detail: string;
  /** The entry's id when it is not `url` (items lists: two items that link the same file). */
  id?: string;
  /** An item's own date (items lists); a plan's entry is dated by the list's update. */
  updated?: Date;
  /** An item's category (items lists); a plan's entry has its year. */
  category?: string;
  /** An item's summary (items lists); a plan's says its ministry and year. */
  summary?: string;
  /** An item's other files, after the first (the entry's link). */
  enclosures?: FeedLink[];
}

/** One file or page an entry links to. */
export interface FeedLink {
  url: string;
  language: string;
  mediaType?: string;
  bytes?: number;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself (its id and `rel="self"`). */
  url: string;
  /** Absolute URL of the page. */
  pageUrl: string;
  /**
   * The data file's date: entries carry no date of their own, so each is dated by the update
   * of the list that published it.
   */
  updated: Date;
  /** The feed's own author (items lists: entries may have no publisher). */
  author?: string;
  entries: FeedEntry[];
}

export function feedOf(data: PlansData, ctx: { siteUrl: string; pageUrl: string; feedUrl: string }): Feed {
  return {
    title: data.page.title,
    subtitle: data.page.description,
    url: absoluteUrl(ctx.siteUrl, ctx.feedUrl),
    pageUrl: absoluteUrl(ctx.siteUrl, ctx.pageUrl),
    updated: new Date(`${data.page.date}T00:00:00Z`),
    entries: publishedNewestFirst(data.plans).map((plan) => {
      const doc = plan.document!;
      const mediaType = doc.format ? mime.getType(doc.format) : null;
      return {
        url: absoluteUrl(ctx.siteUrl, doc.url),
        title: plan.title,
        ministry: plan.ministry ?? "",
        year: plan.year ?? 0,
        language: plan.language,
        ...(mediaType ? { mediaType } : {}),
        ...(doc.bytes !== undefined ? { bytes: doc.bytes } : {}),
        detail: doc.detail,
      };
    }),
  };
}
