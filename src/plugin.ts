/**
 * The Eleventy wiring, and nothing else: every decision lives in the pure modules it calls.
 *
 * Each `addPlugin(plansAction, options)` with its own data file adds one list of documents; what
 * is site-wide (filters, shortcodes, the components' loader, DSFR's files, the sitemap) is set up
 * once, by the first, for all lists.
 *
 *   eleventy.before → load + validate + enrich every list's YAML, read the PDFs, make the covers
 *                     (nothing is written when one fails; every list's problems are reported)
 *   global data     → each list's plans under its `dataKey`, for the site's own templates
 *   virtual pages   → a list's page, its ministry pages, open data, feed; the sitemap
 *   shortcodes      → the page's blocks, for a page the site writes itself
 *   copies          → the documents and covers the pages link to, copied while Eleventy renders
 *   eleventy.after  → DSFR's CSS purged against the pages that link it, with its fonts and icons
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { EleventyNavigation, MarkdownIt } from "./cjs.ts";
import { formatDiagnostic, hasErrors, PlansDataError, type Diagnostic } from "./diagnostics.ts";
import { addEditedList } from "./admin/admin.ts";
import { addServeErrorsTransform, loadOrShowErrors } from "./admin/serve-errors.ts";
import { BuildWork } from "./enrich/build-work.ts";
import { describeWork, enrichPlans } from "./enrich/enrich-plans.ts";
import { emptyStats } from "./enrich/work-stats.ts";
import { initialPageDate } from "./load/initial-date.ts";
import { loadPlansFile } from "./load/load-plans.ts";
import { isRealDate } from "./format/dates.ts";
import { getDefaults, type PlansActionOptions } from "./options.ts";
import { resolveOptions } from "./resolve-options.ts";
import { dsfrAssets, DSFR_STYLESHEET, PRELOADED_FONTS, readHtmlPages } from "./assets.ts";
import { copyAll, plannedCopies } from "./output/copies.ts";
import { githubAnnotations } from "./report/github-actions.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { plansOutputs } from "./export/outputs.ts";
import { sitemapEntries, type SitemapItem } from "./export/sitemap.ts";
import { absoluteUrl, normalizePathPrefix, publicBase, srcsetWithPathPrefix, withPathPrefix } from "./export/urls.ts";
import { dateLabel, documentDetail, type Lang } from "./labels.ts";
import type { Plan } from "./model.ts";
import { groupByYear } from "./pages/years.ts";
import { LIST_FILTERS } from "./list-filters.ts";
import { checkLayoutTitles } from "./pages/layout-title.ts";
import { describePages } from "./pages/page-meta.ts";
import { LISTS_KEY, listTemplates, sitemapTemplate } from "./pages/virtual-pages.ts";
import { formatPath } from "./load/yaml.ts";
import { checkPageLinks } from "./validate/page-links.ts";
import { checkEleventyVersion, PACKAGE, PLUGIN_INCLUDES } from "./package.ts";
import { pickList, renderShortcode, SHORTCODES, type ShortcodeName } from "./shortcodes.ts";
import { SITES, type ListState, type Site } from "./state.ts";
import { checkConflicts } from "./conflicts.ts";
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
  const site = SITES.get(eleventyConfig) ?? setUpSite(eleventyConfig);
  const registration = JSON.stringify({ ...opts, labels: undefined, root: opts.root });
  if (site.registrations.has(registration)) return;
  checkConflicts(site, opts);
  site.registrations.add(registration);

  const base = publicBase(opts.siteUrl, site.pathPrefix);
  if (opts.siteUrl && !site.base.startsWith("http")) site.base = base;
  const list: ListState = {
    opts,
    base,
    files: [],
    settings: frozen({
      url: opts.url,
      headingLevel: opts.headingLevel,
      dataKey: opts.dataKey,
      anchorPrefix: opts.dataKey === getDefaults().dataKey ? "" : `${opts.dataKey}-`,
      assetsUrl: opts.assetsUrl,
      stylesheets: opts.assets ? [`${opts.assetsUrl}${DSFR_STYLESHEET}`] : [],
      fonts: opts.assets ? PRELOADED_FONTS.map((font) => `${opts.assetsUrl}${font}`) : [],
      siteUrl: opts.siteUrl,
      lang: opts.lang,
      labels: opts.labels,
    }),
  };
  const first = site.lists.size === 0;
  site.lists.set(opts.dataKey, list);
  addEditedList(eleventyConfig, site, list);

  eleventyConfig.addWatchTarget(opts.dataPath);
  eleventyConfig.addGlobalData(opts.dataKey, () => list.data);
  if (first) {
    // What the components read on a page that belongs to no list (the demo's own pages).
    eleventyConfig.addGlobalData("plansActionSettings", () => list.settings);
    eleventyConfig.addGlobalData("plansActionOutputs", () => list.outputs);
  }
  for (const t of listTemplates(list, initialPageDate(opts.dataPath))) eleventyConfig.addTemplate(t.path, t.content, t.data);
  if (opts.sitemap && opts.siteUrl && !site.sitemap) {
    site.sitemap = true;
    const t = sitemapTemplate();
    eleventyConfig.addTemplate(t.path, t.content, t.data);
  }
}

// Identity for Eleventy: `hasPlugin("eleventy-plugin-plans-action")` works. Not `unique`: each
// registration with its own data file is a list of its own (the same options twice count once).
Object.defineProperty(plansAction, "eleventyPackage", { value: PACKAGE.name });
Object.defineProperty(plansAction, "eleventyPluginOptions", { value: { unique: false } });

function setUpSite(eleventyConfig: EleventyConfig): Site {
  const pathPrefix = normalizePathPrefix(eleventyConfig.pathPrefix);
  const site: Site = { lists: new Map(), registrations: new Set(), pathPrefix, hrefPrefix: pathPrefix, base: publicBase("", pathPrefix), sitemap: false };
  SITES.set(eleventyConfig, site);

  // The site's own eleventy-navigation, when it has one; the plugin's otherwise.
  if (!eleventyConfig.getFilter?.("eleventyNavigation")) eleventyConfig.addPlugin(EleventyNavigation);

  eleventyConfig.addFilter("plansActionMarkdown", renderMarkdown);
  eleventyConfig.addFilter("plansActionFrenchDate", (iso: unknown) => (typeof iso === "string" && isRealDate(iso) ? dateLabel(iso, "fr") : iso));
  eleventyConfig.addFilter("plansActionDate", (iso: unknown, lang: Lang = "fr") =>
    typeof iso === "string" && isRealDate(iso) ? dateLabel(iso, lang) : iso,
  );
  eleventyConfig.addFilter("plansActionRfc3339", (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z"));
  eleventyConfig.addFilter("plansActionByYear", groupByYear);
  // A plans page's side menu: its children in the navigation, less its ministry pages (listed as tags).
  eleventyConfig.addFilter("plansActionWithoutMinistries", (entries: Array<{ data?: { plansActionMinistry?: boolean } }>) =>
    entries.filter((entry) => !entry.data?.plansActionMinistry),
  );
  eleventyConfig.addFilter("plansActionDetail", (plan: Plan, lang: Lang = "fr") =>
    plan.document ? documentDetail(plan.document, plan.language, lang) : "",
  );
  for (const [name, filter] of Object.entries(LIST_FILTERS)) eleventyConfig.addFilter(name, filter);
  eleventyConfig.addFilter("plansActionHref", (url: string) => withPathPrefix(url, site.hrefPrefix));
  eleventyConfig.addFilter("plansActionSrcset", (srcset: string) => srcsetWithPathPrefix(srcset, site.hrefPrefix));
  eleventyConfig.addFilter("plansActionUrl", (url: string) => absoluteUrl(site.base, url));
  // The site's pages, and the pages 2..N of long lists, which stay out of collections.
  eleventyConfig.addFilter("plansActionSitemap", (items: SitemapItem[]) =>
    sitemapEntries([...items, ...[...site.lists.values()].flatMap(laterPages)], site.base),
  );

  for (const name of Object.keys(SHORTCODES) as ShortcodeName[]) {
    eleventyConfig.addShortcode(name, function (this: { page?: unknown }, list?: unknown, headingLevel?: unknown) {
      return renderShortcode(site.environment, name, pickList(site.lists, name, list), this?.page, headingLevel);
    });
  }

  // Make `plans-action/*.njk` resolvable from any template, after the site's own `_includes`:
  // precompiled once the package is built, else from the plugin's `_includes` folder.
  const compiled = precompiledTemplates();
  eleventyConfig.on("eleventy.engine.njk", ({ environment }) => {
    site.environment = environment as Site["environment"];
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

  // With a site's layout: one <h1> and one date on each plugin page, whatever the layout prints.
  eleventyConfig.addTransform("plansActionLayoutTitle", checkLayoutTitles);
  addServeErrorsTransform(eleventyConfig, site);
  eleventyConfig.addGlobalData(LISTS_KEY, () =>
    frozen(Object.fromEntries([...site.lists].map(([key, l]) => [key, frozen({ data: l.data, settings: l.settings, outputs: l.outputs })]))),
  );

  eleventyConfig.on("eleventy.before", async ({ directories, outputMode, runMode }) => {
    // A site whose HtmlBasePlugin adds the prefix to every link gets the links without it.
    site.hrefPrefix = eleventyConfig.hasPlugin?.("@11ty/eleventy/html-base-plugin") ? "/" : site.pathPrefix;
    // Under the dev server, a broken data file shows on the lists' pages instead of failing.
    await loadOrShowErrors(eleventyConfig, site, runMode, () => loadLists(eleventyConfig, site, outputMode === "fs" ? directories.output : undefined));
  });

  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }) => checkPageLinks(site, urlToInputPath));

  eleventyConfig.on("eleventy.after", async ({ directories, outputMode, results }) => {
    const lists = [...site.lists.values()];
    if (outputMode !== "fs" || lists.some((l) => !l.data)) return;
    const rendered = new Map<string, string>();
    for (const r of results ?? []) if (r.outputPath && typeof r.content === "string") rendered.set(path.resolve(r.outputPath), r.content);
    const assetsUrls = [...new Set(lists.filter((l) => l.opts.assets).map((l) => l.opts.assetsUrl))];
    await Promise.all([
      ...assetsUrls.map((assetsUrl) => writeDsfrAssets(directories.output, assetsUrl, site, rendered, lists[0]!.opts.cachePath)),
      ...lists.map((l) => l.copying),
    ]);
  });
  return site;
}

/** Every list loaded, validated and enriched; one error with every list's problems if any fails. */
async function loadLists(eleventyConfig: EleventyConfig, site: Site, output: string | undefined): Promise<void> {
  const lists = [...site.lists.values()];
  for (const list of lists) {
    list.data = undefined;
    list.outputs = undefined;
    list.copying = undefined;
    list.copies = undefined;
    list.pageLinks = undefined;
  }
  const build = new BuildWork(); // a document or cover that several lists link is made once
  const loaded = await Promise.all(
    lists.map(async (list) => {
      const { opts } = list;
      const result = loadPlansFile(opts.dataPath, { root: opts.root, cacheDir: opts.cachePath });
      // The check command needs the pages' addresses only: no PDF read, no cover made.
      const enriched = !result.ok
        ? undefined
        : site.pageLinksCheck
          ? { data: result.data, diagnostics: [], files: [], stats: emptyStats() }
          : await enrichPlans(result, { cacheDir: opts.cachePath, coversUrl: opts.coversUrl, images: opts.images, build });
      const pageLinks = result.ok ? result.pageLinks.map((l) => ({ url: l.url, where: { file: result.file, ...result.positions.valueAt(l.at), path: formatPath(l.at) } })) : [];
      return { list, enriched, pageLinks, diagnostics: [...result.diagnostics, ...(enriched?.diagnostics ?? [])] };
    }),
  );
  const diagnostics: Diagnostic[] = loaded.flatMap((l) => l.diagnostics);
  // Under GitHub Actions, also as annotations on the YAML's lines (stdout, where the runner reads
  // them); the check command prints its own.
  if (!site.pageLinksCheck) for (const line of githubAnnotations(diagnostics)) console.log(line);
  // Errors and warnings together in the error's message; warnings alone when the data is valid.
  if (loaded.some((l) => !l.enriched) || hasErrors(diagnostics)) throw new PlansDataError(diagnostics);
  const warn = eleventyConfig.logger?.warn?.bind(eleventyConfig.logger) ?? console.warn;
  for (const d of diagnostics) warn(`[plans-action] ${formatDiagnostic(d)}`);
  for (const { list, enriched, pageLinks } of loaded) {
    const { opts } = list;
    list.pageLinks = pageLinks;
    eleventyConfig.logger?.info?.(`[plans-action] ${describeWork(enriched!.stats)}`);
    // Frozen at the top: Eleventy's data cascade copies every plain object of the global data into
    // every page's data, but hands a frozen one over as it is (the plans are read, never written).
    list.data = Object.freeze(enriched!.data);
    list.files = enriched!.files;
    const outputs = plansOutputs(list.data, {
      url: opts.url,
      siteUrl: opts.siteUrl,
      base: list.base,
      openData: opts.openData,
      feed: opts.feed,
      ministryPages: opts.ministryPages,
      sizes: { cards: opts.cards, pageSize: opts.pageSize },
      downloadLabel: opts.labels.downloadList,
      lang: opts.lang,
    });
    const hrefs = list.data.plans.map((plan) => (plan.document ? withPathPrefix(plan.document.url, site.hrefPrefix) : ""));
    list.outputs = frozen({ ...describePages(outputs, list.data, opts, list.base), hrefs });
    // The data is valid: its files are copied once its page links are checked (see checkPageLinks).
    list.copies = output ? plannedCopies(list.data, list.files, { ...opts, output }) : undefined;
  }
}

/** DSFR's CSS purged against the pages that link it (not the site's other pages), and its files. */
async function writeDsfrAssets(
  output: string,
  assetsUrl: string,
  site: Site,
  rendered: ReadonlyMap<string, string>,
  cacheDir: string,
): Promise<void> {
  const href = `href="${withPathPrefix(`${assetsUrl}${DSFR_STYLESHEET}`, site.hrefPrefix)}"`;
  const pages = (await readHtmlPages(output, rendered)).filter((html) => html.includes(href));
  if (pages.length === 0) return;
  const dsfr = await dsfrAssets(pages, cacheDir);
  const assetsDir = path.join(output, ...assetsUrl.split("/").filter(Boolean));
  await mkdir(assetsDir, { recursive: true });
  await writeFile(path.join(assetsDir, DSFR_STYLESHEET), dsfr.stylesheet.css);
  await copyAll(new Map(dsfr.files.map((f) => [path.join(assetsDir, f.target), f.source])));
}

/** A list's pages 2..N (its own and its ministries'), as sitemap items dated by its data file. */
function laterPages(list: ListState): SitemapItem[] {
  const outputs = list.outputs;
  if (!outputs) return [];
  const data = { plansActionUpdated: list.data?.page.date };
  return [...outputs.pages.slice(1), ...outputs.ministryPages.map((m) => m.listPage).filter((p) => p.number > 1)].map((p) => ({ url: p.url, data }));
}

/** Frozen at the top level (see `list.data` in loadLists): handed to every page as it is. */
function frozen<T extends object>(value: T): Readonly<T> {
  return Object.freeze(value);
}
