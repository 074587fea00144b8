/**
 * `sitemap.xml` entries from Eleventy's `collections.all`: every HTML page of the site (a URL
 * ending in `/` or `.html`), unless its front matter says `excludeFromSitemap: true`. Pages the
 * plugin generates carry their data file's date as `lastmod`; other pages have no reliable date
 * (a file's creation time is not an edit date), so they have none.
 */
import { absoluteUrl } from "./urls.ts";

export interface SitemapItem {
  url?: string | false;
  data?: { excludeFromSitemap?: unknown; plansActionUpdated?: unknown };
}

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

export function sitemapEntries(items: readonly SitemapItem[], siteUrl: string): SitemapEntry[] {
  const seen = new Set<string>();
  const out: SitemapEntry[] = [];
  for (const item of items) {
    const url = item.url;
    if (typeof url !== "string" || !(url.endsWith("/") || url.endsWith(".html"))) continue;
    if (item.data?.excludeFromSitemap === true || seen.has(url)) continue;
    seen.add(url);
    const lastmod = item.data?.plansActionUpdated;
    out.push({ loc: absoluteUrl(siteUrl, url), ...(typeof lastmod === "string" ? { lastmod } : {}) });
  }
  return out.sort((a, b) => a.loc.localeCompare(b.loc));
}
