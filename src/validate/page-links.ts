/**
 * Links to the site's own pages (`link: /publications/guide/`): a page the site builds, or the
 * build stops with a located error. Checked once Eleventy knows every page's URL (its
 * `eleventy.contentMap`), before anything is written.
 */
import { type Diagnostic, PlansDataError } from "../diagnostics.ts";
import { copyAll } from "../output/copies.ts";
import { githubAnnotations } from "../report/github-actions.ts";
import type { Site } from "../state.ts";
import { closestKey } from "./messages.ts";

/** The message of the error that stops a check's build once its page links are checked. */
const PAGE_LINKS_CHECKED = "plans-action : liens vers les pages du site vérifiés";

/**
 * Once Eleventy knows every page's URL: each list's links to the site's pages lead to one, or the
 * build stops before anything is written. Then the lists' files are copied while Eleventy renders
 * (awaited in `eleventy.after`). For the check command (`site.pageLinksCheck`), the problems are
 * left on the site and the build stops here, whatever they are.
 */
export function checkPageLinks(site: Site, urlToInputPath: Record<string, unknown>): void {
  const lists = [...site.lists.values()];
  const urls = new Set(Object.keys(urlToInputPath));
  const broken = lists.flatMap((l) => brokenPageLinks(l.pageLinks ?? [], urls));
  if (site.pageLinksCheck) {
    site.pageLinksCheck.broken = broken;
    throw new Error(PAGE_LINKS_CHECKED);
  }
  if (broken.length) {
    for (const line of githubAnnotations(broken)) console.log(line);
    throw new PlansDataError(broken);
  }
  for (const list of lists) {
    if (!list.copies) continue;
    list.copying = copyAll(list.copies);
    list.copying.catch(() => {}); // reported by the `eleventy.after` that awaits it
  }
}

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
