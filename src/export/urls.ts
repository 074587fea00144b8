/**
 * Site paths, the path prefix, and absolute URLs. The data speaks in site paths (`/docs/a.pdf`,
 * where a file is written in the output); what the visitor's browser follows carries the site's
 * Eleventy `pathPrefix` (`/depot/docs/a.pdf` on a GitHub Pages project site); what leaves the page
 * (open data, JSON-LD, feed, sitemap, canonical link) is absolute: `siteUrl` + prefix + path.
 */

const ABSOLUTE = /^[a-z][a-z\d+.-]*:|^\/\//i;

/** Eleventy's `pathPrefix` in one spelling: `/`, or `/depot/` (leading and trailing slash). */
export function normalizePathPrefix(prefix: string | undefined): string {
  const parts = (prefix ?? "/").split("/").filter(Boolean);
  return parts.length ? `/${parts.join("/")}/` : "/";
}

/** Where site paths are published: `https://org.github.io/depot`, `/depot` or `` (no trailing slash). */
export function publicBase(siteUrl: string, pathPrefix: string): string {
  return `${siteUrl}${normalizePathPrefix(pathPrefix)}`.replace(/\/$/, "");
}

/**
 * `/docs/a.pdf` → `https://site.gouv.fr/depot/docs/a.pdf` for a base `https://site.gouv.fr/depot`;
 * with a base of only a prefix (`/depot`), the site path with its prefix; an absolute URL (or a
 * `#fragment`) is returned as is.
 */
export function absoluteUrl(base: string, urlOrPath: string): string {
  if (!base || ABSOLUTE.test(urlOrPath) || !urlOrPath.startsWith("/")) return urlOrPath;
  const joined = `${base}${urlOrPath}`;
  // A URL's path the way browsers and crawlers write it (spaces and accents percent-encoded).
  return /^https?:\/\//.test(base) ? new URL(joined).href : joined;
}

/** A site path as the browser follows it: `/docs/a.pdf` → `/depot/docs/a.pdf`. */
export function withPathPrefix(urlOrPath: string, pathPrefix: string): string {
  return absoluteUrl(publicBase("", pathPrefix), urlOrPath);
}

/** Every URL of a `srcset` (`/a-400.webp 400w, /a-800.webp 800w`) with the prefix. */
export function srcsetWithPathPrefix(srcset: string, pathPrefix: string): string {
  if (normalizePathPrefix(pathPrefix) === "/") return srcset;
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().replace(/^\S+/, (url) => withPathPrefix(url, pathPrefix)))
    .join(", ");
}

/** The URL of a file published next to the page: `/publications/plans/` + `plans.csv`. */
export function besidePage(pageUrl: string, fileName: string): string {
  return `${pageUrl.endsWith("/") ? pageUrl : `${pageUrl}/`}${fileName}`;
}
