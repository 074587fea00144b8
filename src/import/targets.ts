/**
 * Where a link of the published page leads, in the data file's words: nowhere yet (`href="#"`:
 * « à paraître »), a file or a page of the site written as a site path (`/docs/x.pdf`,
 * `/publications/guide/`, whether the page wrote it relative, absolute or with the site's own
 * address), or another site. A site file is looked for under the site's folder (`--root`).
 */
import { statSync } from "node:fs";
import path from "node:path";
import { sitePathToFile } from "../site-path.ts";
import { DOCUMENT_EXTENSIONS, linkExtension } from "../validate/site-paths.ts";
import { attr, findFirst, metaContent, type Document, type Element } from "./html.ts";

export type Target =
  /** `href="#"`, or no `href`: the document is not published yet. */
  | { kind: "forthcoming" }
  /** A place in the page (`#section`), an e-mail, a phone number, a script: not a document. */
  | { kind: "elsewhere"; href: string }
  /** `link` is a site path (`/docs/x.pdf`) when `site`, else the address as written; `file` when it leads to a file rather than a page. */
  | { kind: "link"; link: string; site: boolean; file: boolean };

/** What the import knows of the page's own address, to write its internal links as site paths. */
export interface PageAddress {
  /** `https://www.example.gouv.fr`: links to this origin are the site's own. */
  origin?: string;
  /** `/publications/ressources/`: relative links resolve against it. */
  path?: string;
}

const PAGE_EXTENSIONS = new Set(["", "html", "htm"]);

/**
 * The page's address from its canonical link, `og:url` or `<base>`; without one, its path from the
 * file's place in the site's output folder (`_site/publications/x/index.html` → `/publications/x/`).
 */
export function pageAddress(document: Document, file: string): PageAddress {
  const canonical = findFirst(document, (e: Element) => e.tagName === "link" && (attr(e, "rel") ?? "").split(/\s+/).includes("canonical"));
  const base = findFirst(document, (e: Element) => e.tagName === "base");
  for (const candidate of [canonical && attr(canonical, "href"), metaContent(document, "og:url"), base && attr(base, "href")]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === "https:" || url.protocol === "http:") return { origin: url.origin, path: url.pathname };
    } catch {
      // not an absolute address: try the next one
    }
  }
  const parts = path.resolve(file).split(path.sep);
  const output = parts.lastIndexOf("_site");
  if (output < 0) return {};
  const rest = parts.slice(output + 1);
  if (rest.at(-1) === "index.html") rest[rest.length - 1] = "";
  return { path: `/${rest.join("/")}` };
}

export function resolveHref(href: string | undefined, page: PageAddress): Target {
  const value = href?.trim();
  if (value === undefined || value === "" || value === "#") return { kind: "forthcoming" };
  if (value.startsWith("#") || /^(?:mailto|tel|javascript|data):/i.test(value)) return { kind: "elsewhere", href: value };
  if (/^https?:\/\//i.test(value) || value.startsWith("//")) {
    let url: URL | undefined;
    try {
      url = new URL(value.startsWith("//") ? `https:${value}` : value);
    } catch {
      url = undefined;
    }
    if (url && page.origin && (url.host === new URL(page.origin).host)) return siteTarget(url.pathname + url.search + url.hash);
    return { kind: "link", link: value, site: false, file: DOCUMENT_EXTENSIONS.has(linkExtension(value)) };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { kind: "elsewhere", href: value };
  if (value.startsWith("/")) return siteTarget(value);
  if (page.path) {
    const url = new URL(value, `https://site.invalid${page.path}`);
    return siteTarget(url.pathname + url.search + url.hash);
  }
  // A relative link on a page whose address is unknown: kept as written, and `check` says so.
  return { kind: "link", link: value, site: true, file: !PAGE_EXTENSIONS.has(linkExtension(value)) };
}

function siteTarget(sitePath: string): Target {
  return { kind: "link", link: sitePath, site: true, file: !PAGE_EXTENSIONS.has(linkExtension(sitePath)) };
}

/** Whether a site path (`/docs/a%20b.pdf`) is a file under `root`. */
export function siteFileExists(root: string, sitePath: string): boolean {
  if (!sitePath.startsWith("/")) return false;
  try {
    return statSync(sitePathToFile(root, sitePath.replace(/[?#].*$/, ""))).isFile();
  } catch {
    return false;
  }
}
