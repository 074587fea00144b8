/**
 * The Eleventy wiring, and nothing else: every decision lives in the pure modules it calls.
 *
 *   eleventy.before → load + validate + enrich the YAML, read the PDFs, make the covers
 *                     (nothing is written when it fails)
 *   global data     → the validated plans, for the page and for the site's own templates
 *   virtual page    → `{% extends layout %}` at `url`, with navigation from the data
 *   virtual pages   → one page per ministry; open data (JSON, its schema, CSV), Atom feed, sitemap
 *   copies          → the documents and covers the pages link to, copied to the output while
 *                     Eleventy renders (started once the data is valid, awaited in eleventy.after)
 *   eleventy.after  → DSFR's CSS purged against the written pages, with the fonts and icons it uses
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import EleventyNavigation from "@11ty/eleventy-navigation";
// Only the Atom date filter of eleventy-plugin-rss: the whole plugin costs ~0.1 s of CPU to load
// on every build (its HTML transforms), and would add filters the site never asked for.
import dateToRfc3339 from "@11ty/eleventy-plugin-rss/src/dateRfc3339.js";
import { MarkdownIt } from "./cjs.ts";
import { formatDiagnostic, hasErrors, PlansDataError } from "./diagnostics.ts";
import { describeWork, enrichPlans, type LinkedFile } from "./enrich/enrich-plans.ts";
import { frenchDate, loadPlansFile } from "./load/load-plans.ts";
import { isRealDate } from "./validate/rules.ts";
import type { PlansData } from "./model.ts";
import { resolveOptions, type PlansActionOptions, type ResolvedOptions } from "./options.ts";
import { dsfrAssets, DSFR_STYLESHEET, PRELOADED_FONTS, readHtmlPages } from "./assets.ts";
import { copyAll, plannedCopies } from "./output/copies.ts";
import { githubAnnotations } from "./report/github-actions.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { plansOutputs, type PlansOutputs } from "./export/outputs.ts";
import { sitemapEntries, type SitemapItem } from "./export/sitemap.ts";
import { absoluteUrl } from "./export/urls.ts";
import { groupByYear } from "./pages/years.ts";
import { OUTPUTS_KEY, plansPageJsonLd, virtualTemplates } from "./pages/virtual-pages.ts";
import { checkEleventyVersion, PACKAGE, PLUGIN_INCLUDES } from "./package.ts";
import { precompiledLoader, precompiledTemplates } from "./templates.ts";

export { PLUGIN_INCLUDES };

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** The intro's Markdown as HTML; raw HTML in the source is escaped, never passed through. */
export function renderMarkdown(source: string | undefined): string {
  return source ? markdown.render(source) : "";
}

export default function plansAction(eleventyConfig: EleventyConfig, options: PlansActionOptions = {}): void {
  checkEleventyVersion(eleventyConfig);
  const opts = resolveOptions(options);
  eleventyConfig.addPlugin(EleventyNavigation);
  eleventyConfig.addFilter("dateToRfc3339", dateToRfc3339);

  let current: PlansData | undefined;
  let outputs: PlansOutputs | undefined;
  let linkedFiles: LinkedFile[] = [];
  eleventyConfig.addWatchTarget(opts.dataPath);
  let copying: Promise<void> | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories, outputMode }) => {
    copying = undefined;
    const result = loadPlansFile(opts.dataPath, { root: opts.root });
    const enriched = result.ok
      ? await enrichPlans(result, { cacheDir: opts.cachePath, coversUrl: opts.coversUrl, images: opts.images })
      : undefined;
    const diagnostics = [...result.diagnostics, ...(enriched?.diagnostics ?? [])];
    // Under GitHub Actions, also as annotations on the YAML's lines (stdout, where the runner reads them).
    for (const line of githubAnnotations(diagnostics)) console.log(line);
    // Errors and warnings together in the error's message; warnings alone when the data is valid.
    if (!enriched || hasErrors(diagnostics)) throw new PlansDataError(diagnostics);
    const warn = eleventyConfig.logger?.warn?.bind(eleventyConfig.logger) ?? console.warn;
    for (const d of diagnostics) warn(`[plans-action] ${formatDiagnostic(d)}`);
    eleventyConfig.logger?.info?.(`[plans-action] ${describeWork(enriched.stats)}`);
    current = enriched.data;
    linkedFiles = enriched.files;
    outputs = plansOutputs(current, opts);
    if (outputMode === "fs") {
      // The data is valid: copy the files it links to while Eleventy renders, awaited after it.
      copying = copyAll(plannedCopies(current, linkedFiles, { ...opts, output: directories.output }));
      copying.catch(() => {}); // reported by the `eleventy.after` that awaits it
    }
  });

  eleventyConfig.addGlobalData(opts.dataKey, () => current);
  eleventyConfig.addGlobalData("plansActionSettings", () => ({
    url: opts.url,
    headingLevel: opts.headingLevel,
    dataKey: opts.dataKey,
    assetsUrl: opts.assetsUrl,
    stylesheets: [`${opts.assetsUrl}${DSFR_STYLESHEET}`],
    fonts: PRELOADED_FONTS.map((font) => `${opts.assetsUrl}${font}`),
    siteUrl: opts.siteUrl,
  }));
  eleventyConfig.addGlobalData(OUTPUTS_KEY, () => outputs);

  eleventyConfig.addFilter("plansActionMarkdown", renderMarkdown);
  eleventyConfig.addFilter("plansActionFrenchDate", (iso: unknown) =>
    typeof iso === "string" && isRealDate(iso) ? frenchDate(iso) : iso,
  );
  eleventyConfig.addFilter("plansActionByYear", groupByYear);
  eleventyConfig.addFilter("plansActionUrl", (url: string) => absoluteUrl(opts.siteUrl, url));
  eleventyConfig.addFilter("plansActionSitemap", (items: SitemapItem[]) => sitemapEntries(items, opts.siteUrl));

  // Make `plans-action/*.njk` resolvable from any template, after the site's own `_includes`:
  // precompiled once the package is built, else from the plugin's `_includes` folder.
  const compiled = precompiledTemplates();
  eleventyConfig.on("eleventy.engine.njk", ({ environment }) => {
    if (compiled) {
      if (!environment.loaders.some((loader) => (loader as { plansAction?: boolean }).plansAction)) {
        environment.loaders.push({ ...precompiledLoader(compiled), plansAction: true });
      }
      return;
    }
    for (const loader of environment.loaders) {
      const searchPaths = (loader as { searchPaths?: string[] }).searchPaths;
      if (searchPaths && !searchPaths.includes(PLUGIN_INCLUDES)) searchPaths.push(PLUGIN_INCLUDES);
    }
  });

  eleventyConfig.addTemplate(
    "plans-action.virtual.njk",
    `{% extends "${opts.layout}" %}`,
    pageData(opts),
  );
  for (const t of virtualTemplates(opts)) eleventyConfig.addTemplate(t.path, t.content, t.data);

  eleventyConfig.on("eleventy.after", async ({ directories, outputMode, results }) => {
    if (outputMode !== "fs" || !current) return;
    const assetsDir = path.join(directories.output, opts.assetsUrl);
    // The DSFR CSS purged against every page of the output, whoever wrote it.
    const rendered = new Map<string, string>();
    for (const r of results ?? []) if (r.outputPath && typeof r.content === "string") rendered.set(path.resolve(r.outputPath), r.content);
    const dsfr = await dsfrAssets(await readHtmlPages(directories.output, rendered), opts.cachePath);
    await mkdir(assetsDir, { recursive: true });
    await writeFile(path.join(assetsDir, DSFR_STYLESHEET), dsfr.stylesheet.css);
    await Promise.all([copyAll(new Map(dsfr.files.map((f) => [path.join(assetsDir, f.target), f.source]))), copying]);
  });
}

// Identity for Eleventy: `hasPlugin("eleventy-plugin-plans-action")` works, and a second
// `addPlugin(plansAction)` (say, from a shared config) is skipped instead of registering twice.
Object.defineProperty(plansAction, "eleventyPackage", { value: PACKAGE.name });
Object.defineProperty(plansAction, "eleventyPluginOptions", { value: { unique: true } });

/** Front matter of the generated page. */
function pageData(opts: ResolvedOptions): Record<string, unknown> {
  const data = (d: Record<string, unknown>) => d[opts.dataKey] as PlansData | undefined;
  return {
    permalink: opts.url,
    plansActionPage: true,
    eleventyComputed: {
      // The page reads the plans under a fixed name, whatever `dataKey` the site chose.
      plansActionData: (d: Record<string, unknown>) => data(d),
      title: (d: Record<string, unknown>) => data(d)?.page.title,
      description: (d: Record<string, unknown>) => data(d)?.page.description,
      image: (d: Record<string, unknown>) => data(d)?.page.image,
      plansActionUpdated: (d: Record<string, unknown>) => data(d)?.page.date,
      plansActionJsonLd: (d: Record<string, unknown>) => plansPageJsonLd(data(d), opts),
      eleventyNavigation: (d: Record<string, unknown>) => {
        const page = data(d)?.page;
        if (!page?.navigation) return undefined;
        return {
          title: page.title,
          ...page.navigation,
          description: page.description,
          date: page.date,
          ...(page.image ? { image: page.image } : {}),
        };
      },
    },
  };
}
