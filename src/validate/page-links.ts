/**
 * Links to the site's own pages (`link: /publications/guide/`): a page the site builds, or the
 * build stops with a located error. Checked once Eleventy knows every page's URL (its
 * `eleventy.contentMap`), before anything is written.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { closestKey } from "./messages.ts";

/** A page link, located in its data file. */
export interface LocatedPageLink {
  url: string;
  where: Pick<Diagnostic, "file" | "line" | "col" | "path">;
}

/** The links that lead to no page of the site, as errors (with the closest page as a hint). */
export function brokenPageLinks(links: readonly LocatedPageLink[], siteUrls: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { url, where } of links) {
    const path = url.replace(/#.*$/, "");
    if (siteUrls.has(path) || siteUrls.has(decodeURI(path))) continue;
    const withSlash = path.endsWith("/") || /\.html?$/.test(path) ? undefined : `${path}/`;
    const suggestion = withSlash && siteUrls.has(withSlash) ? withSlash : closestKey(path, [...siteUrls]);
    out.push({
      ...where,
      severity: "erreur",
      message: `« ${url} » n’est pas une page du site : aucune page n’est construite à cette adresse`,
      fix: suggestion
        ? `Vouliez-vous écrire « ${suggestion} » ? Corrigez l’adresse, ou créez la page`
        : "Corrigez l’adresse (celle que montre le navigateur sur la page, sans le nom du site), ou créez la page",
    });
  }
  return out;
}
