/**
 * Site paths and absolute URLs for what leaves the page (open data, JSON-LD, feed): a reader of
 * those files has no page to resolve `/docs/…` against, so a site URL turns paths into URLs.
 */

/**
 * `/docs/a.pdf` → `https://site.gouv.fr/docs/a.pdf` when the site URL is known; an https URL is
 * returned as is; without a site URL the site path stays a path.
 */
export function absoluteUrl(siteUrl: string, urlOrPath: string): string {
  if (/^https?:\/\//.test(urlOrPath) || !siteUrl) return urlOrPath;
  return new URL(urlOrPath, siteUrl).href;
}

/** The URL of a file published next to the page: `/publications/plans/` + `plans.csv`. */
export function besidePage(pageUrl: string, fileName: string): string {
  return `${pageUrl.endsWith("/") ? pageUrl : `${pageUrl}/`}${fileName}`;
}
