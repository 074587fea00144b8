/**
 * The Atom feed of a generic list (`items:`): only the items that have a date and a target (a
 * file, several files or a page), newest first, each dated by its own date (a year is its
 * 1 January, a month its first day). Undated items are left out: the feed cannot say when they
 * appeared. The list itself is the feed's author, so that entries without a publisher still have
 * one (RFC 4287 § 4.1.1).
 */
import mime from "mime";
import type { Plan, PlanDocument, PlansData } from "../model.ts";
import type { Feed, FeedEntry, FeedLink } from "./feed.ts";
import { absoluteUrl } from "./urls.ts";

/** `2024` → 2024-01-01, `2024-05` → 2024-05-01, `2024-05-13` → that day (UTC midnight). */
export function itemDate(date: string): Date {
  const [y, m = "01", d = "01"] = date.split("-");
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

function fileLink(doc: PlanDocument, language: string, siteUrl: string): FeedLink {
  const mediaType = doc.format ? mime.getType(doc.format) : null;
  return {
    url: absoluteUrl(siteUrl, doc.url),
    language,
    ...(mediaType ? { mediaType } : {}),
    ...(doc.bytes !== undefined ? { bytes: doc.bytes } : {}),
  };
}

/** The item's targets: its files, its single file, or its page (none while « à paraître »). */
function linksOf(plan: Plan, siteUrl: string): FeedLink[] {
  if (plan.files?.length) return plan.files.map((file) => fileLink(file, file.language, siteUrl));
  if (plan.document) return [fileLink(plan.document, plan.language, siteUrl)];
  if (plan.page) return [{ url: absoluteUrl(siteUrl, plan.page.url), language: plan.language, mediaType: "text/html" }];
  return [];
}

function entryOf(plan: Plan & { date: string }, links: FeedLink[]): FeedEntry {
  const first = links[0]!;
  const detail = plan.files?.length ? plan.files.map((f) => f.detail).join(" ; ") : (plan.document?.detail ?? "");
  const summary = [plan.description, plan.ministry, detail].filter(Boolean).join(" – ");
  return {
    url: first.url,
    title: plan.title,
    ministry: plan.ministry ?? "",
    year: plan.year ?? 0,
    language: plan.language,
    ...(first.mediaType ? { mediaType: first.mediaType } : {}),
    ...(first.bytes !== undefined ? { bytes: first.bytes } : {}),
    detail,
    updated: itemDate(plan.date),
    ...(plan.category ? { category: plan.category } : {}),
    summary: summary || plan.title,
    enclosures: links.slice(1),
  };
}

export function itemsFeedOf(data: PlansData, ctx: { siteUrl: string; pageUrl: string; feedUrl: string }): Feed {
  const entries = data.plans
    .flatMap((plan) => {
      const links = linksOf(plan, ctx.siteUrl);
      return plan.date !== undefined && links.length ? [{ plan: plan as Plan & { date: string }, links }] : [];
    })
    // Ids are unique (RFC 4287 § 4.2.6): an item that links a file an earlier item links too gets
    // the file's address with its place in the data file (`#5` for items[4]).
    .map(({ plan, links }, i, all) => {
      const entry = entryOf(plan, links);
      return all.findIndex((c) => c.links[0]!.url === entry.url) < i ? { ...entry, id: `${entry.url}#${plan.index + 1}` } : entry;
    })
    // Newest first; the list's order between items of the same date (the sort is stable).
    .sort((a, b) => b.updated!.getTime() - a.updated!.getTime());
  const listDate = new Date(`${data.page.date}T00:00:00Z`);
  const newest = entries[0]?.updated;
  return {
    title: data.page.title,
    subtitle: data.page.description,
    url: absoluteUrl(ctx.siteUrl, ctx.feedUrl),
    pageUrl: absoluteUrl(ctx.siteUrl, ctx.pageUrl),
    // The feed changed at the latest of the list's update and its newest entry.
    updated: newest && newest > listDate ? newest : listDate,
    author: data.page.title,
    entries,
  };
}
