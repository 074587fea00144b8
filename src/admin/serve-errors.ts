/**
 * Errors in the browser while `npm start` serves the site. Eleventy's dev server shows a failed
 * rebuild only in the terminal (and in the browser's console), so an editor who saves a broken
 * data file keeps looking at the last good page. Here, in that one run mode, a broken file does
 * not fail the build: the lists keep their last valid data (nothing of the broken one is used,
 * no file is copied), and every page of the lists shows, instead of its content, a DSFR alert
 * with each problem where it is (file:line:col), what is wrong and how to fix it. The server
 * reloads the page; the next valid save brings the content back. A build (`npm run build`,
 * `--watch` without a server) fails as before and never writes such a page.
 */
import type { DefaultTreeAdapterMap, defaultTreeAdapter } from "parse5";
import { type Diagnostic, endSentence, formatDiagnostics, PlansDataError, sortDiagnostics, summarize } from "../diagnostics.ts";
import type { EleventyConfig } from "../eleventy-types.ts";
import type { ListState, Site } from "../state.ts";

type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];
type Adapter = typeof defaultTreeAdapter;

const ERRORS = new WeakMap<Site, Diagnostic[]>();

/** The component that shows the problems, in place of a page's content. */
export const SERVE_ERRORS_COMPONENT = "plans-action/serve-errors.njk";

/** What a list keeps from its last valid build while its file is broken. */
type Kept = Pick<ListState, "data" | "outputs" | "files" | "pageLinks">;

/**
 * Runs `load` (every list loaded and validated); under the dev server, a data error leaves the
 * lists with their last valid data and marks the site's pages instead of failing the build.
 */
export async function loadOrShowErrors(eleventyConfig: EleventyConfig, site: Site, runMode: string | undefined, load: () => Promise<void>): Promise<void> {
  const lists = [...site.lists.values()];
  const kept: Kept[] = lists.map(({ data, outputs, files, pageLinks }) => ({ data, outputs, files, pageLinks }));
  try {
    await load();
    ERRORS.delete(site);
  } catch (error) {
    // A build fails as ever; so does the server's first build, which has no valid data to show
    // pages with (the terminal says why, as `npm run build` would).
    if (runMode !== "serve" || !(error instanceof PlansDataError) || kept.some((k) => !k.data)) throw error;
    for (const [i, list] of lists.entries()) Object.assign(list, kept[i], { copies: undefined, copying: undefined });
    ERRORS.set(site, error.diagnostics);
    const warn = eleventyConfig.logger?.warn?.bind(eleventyConfig.logger) ?? console.warn;
    warn(
      `[plans-action] ${error.diagnostics.length > 1 ? "Les fichiers de données contiennent" : "Le fichier de données contient"} ${summarize(error.diagnostics)} : ` +
        `les pages des listes les affichent jusqu’à ce qu’il soit corrigé.\n${formatDiagnostics(error.diagnostics)}`,
    );
  }
}

/**
 * The transform that puts the problems on the lists' pages (those the plugin makes: their
 * templates are named after the list's `dataKey`), in place of what `<main>` holds, whatever the
 * layout. A no-op while every data file is valid, and always in a build.
 */
export function addServeErrorsTransform(eleventyConfig: EleventyConfig, site: Site): void {
  eleventyConfig.addTransform("plansActionServeErrors", async function (this: { page: { inputPath?: string; outputPath?: string | false } }, content: string) {
    const diagnostics = ERRORS.get(site);
    const { inputPath = "", outputPath } = this.page;
    if (!diagnostics || !site.environment || typeof outputPath !== "string" || !outputPath.endsWith(".html")) return content;
    const name = inputPath.split(/[\\/]/).pop() ?? "";
    if (!name.endsWith(".virtual.njk") || ![...site.lists.keys()].some((key) => name.startsWith(`${key}.plans-action`))) return content;
    const problems = sortDiagnostics(diagnostics).map((d) => ({
      where: `${d.file}:${d.line}:${d.col}`,
      severity: d.severity,
      path: d.path,
      text: `${endSentence(d.message)} ${endSentence(d.fix)}`,
    }));
    const alert = site.environment.render(SERVE_ERRORS_COMPONENT, { summary: summarize(diagnostics), problems });
    return replaceMainContent(content, alert);
  });
}

/**
 * The page with `fragment` in place of what its `<main>` (else its `<body>`) holds. The parser is
 * loaded here, on the first broken save, not with the plugin: every build would pay its ~50 ms.
 */
async function replaceMainContent(html: string, fragment: string): Promise<string> {
  const { defaultTreeAdapter, parse, parseFragment, serialize } = await import("parse5");
  const document = parse(html);
  const target = find(defaultTreeAdapter, document, "main") ?? find(defaultTreeAdapter, document, "body");
  if (!target) return html;
  for (const child of [...target.childNodes]) defaultTreeAdapter.detachNode(child);
  for (const node of parseFragment(fragment).childNodes) defaultTreeAdapter.appendChild(target, node);
  return serialize(document);
}

function find(adapter: Adapter, node: ParentNode, tagName: string): Element | undefined {
  for (const child of node.childNodes) {
    if (!adapter.isElementNode(child)) continue;
    if (child.tagName === tagName) return child;
    const found = find(adapter, child, tagName);
    if (found) return found;
  }
  return undefined;
}
