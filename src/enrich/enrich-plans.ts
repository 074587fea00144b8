/**
 * The enrich step that needs the files themselves, after load and validation: each site PDF's
 * facts (pages, tags, declared language) and each card's cover. Problems are located in the
 * data file like every other diagnostic: an unreadable PDF is an error, an untagged one a warning.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { fileDetail, languageName } from "../format/file-details.ts";
import type { PathSegment, SourceMap } from "../load/yaml.ts";
import type { Plan, PlansData } from "../model.ts";
import { isKnownLanguage } from "../format/file-details.ts";
import { createContext, type RuleContext } from "../validate/context.ts";
import { BuildWork } from "./build-work.ts";
import { ContentCache, contentHash } from "./cache.ts";
import { coverFromImage, coverFromPdf, loadSharp, placeholderCover, type Cover } from "./covers.ts";
import { PdfReadError } from "./pdf-document.ts";
import { primaryLanguage, type PdfFacts } from "./pdf-facts.ts";
import { addStats, emptyStats, workStats, type WorkStats } from "./work-stats.ts";
import { readFilesFacts, readPdfOnce, reportUnreadable, reportUntagged, withFileFacts } from "./files-facts.ts";

export interface EnrichOptions {
  /** Folder of the content cache (absolute). */
  cacheDir: string;
  /** URL folder the cover files are served from. */
  coversUrl: string;
  /** Optimise covers and draw the missing ones from PDFs; false serves covers as they are. */
  images: boolean;
  /** What the build's other lists share with this one; this call's own when absent. */
  build?: BuildWork;
}

export interface LoadedPlans {
  data: PlansData;
  /** The data file as messages name it. */
  file: string;
  positions: SourceMap;
}

/** A file the page links to: copy `source` to the output at the site path `url`. */
export interface LinkedFile {
  source: string;
  url: string;
  /** Made by the plugin (always written), or the site's own file served as is (`copyFiles`). */
  generated: boolean;
}

export interface EnrichResult {
  data: PlansData;
  diagnostics: Diagnostic[];
  files: LinkedFile[];
  /** The work this call did (the process-wide totals are in `workStats`). */
  stats: WorkStats;
}

export async function enrichPlans(loaded: LoadedPlans, options: EnrichOptions): Promise<EnrichResult> {
  const diagnostics: Diagnostic[] = [];
  const ctx = createContext(loaded.file, path.dirname(loaded.data.source), loaded.positions, diagnostics);
  const work: Work = {
    ctx,
    options,
    cache: new ContentCache(options.cacheDir),
    stats: emptyStats(),
    build: options.build ?? new BuildWork(),
    key: loaded.data.list.itemsKey,
  };

  let started = performance.now();
  const { key } = work;
  const [pdfs, filesFacts] = await Promise.all([readAllFacts(work, loaded.data.plans), readFilesFacts(work, loaded.data.plans)]);
  const plans = loaded.data.plans.map((plan) => {
    const pdf = pdfs.get(plan.index);
    const enriched = pdf ? withFacts(ctx, plan, pdf.facts, key) : { ...plan };
    return plan.files ? { ...enriched, files: plan.files.map((file, j) => withFileFacts(ctx, [key, plan.index, "files", j], file, filesFacts.get(file.sourcePath ?? ""))) } : enriched;
  });
  work.stats.pdfMs = performance.now() - started;

  started = performance.now();
  // A plan without a cover gets its PDF's first page, or the neutral placeholder. A generic list's
  // item shows the image its editor gives (`cover`) and no other: a list of guides, videos and
  // pages is not a wall of first pages, and its cards keep the page budget. Tiles, downloads and
  // links show no image at all.
  const items = key === "items";
  const { presentation } = loaded.data.list;
  const files = items && presentation !== "cards" ? [] : await attachCovers(work, plans, pdfs, !items);
  work.stats.imageMs = performance.now() - started;

  addStats(workStats, work.stats);
  return { data: { ...loaded.data, plans }, diagnostics, files, stats: work.stats };
}

/** What one enrichment run shares between its steps. */
export interface Work {
  ctx: RuleContext;
  options: EnrichOptions;
  cache: ContentCache;
  /** The work done once for every list of the build, whichever list asked first counting it. */
  stats: WorkStats;
  build: BuildWork;
  /** The data file's key for its items (`plans` or `items`), for located messages. */
  key: string;
}

type PdfsByPlan = Map<number, { hash: string; facts: PdfFacts }>;

/**
 * The facts of every site PDF, by plan index; an unreadable one is reported and left out. A file
 * linked by several plans, of this list or another of the build, is read once.
 */
async function readAllFacts(work: Work, plans: readonly Plan[]): Promise<PdfsByPlan> {
  const pdfs: PdfsByPlan = new Map();
  await Promise.all(
    plans.filter(isSitePdf).map(async (plan) => {
      const result = await readPdfOnce(work, plan.document!.sourcePath!, [work.key, plan.index, "link"], plan.document!.url);
      if (result) pdfs.set(plan.index, result);
    }),
  );
  return pdfs;
}

/**
 * Sets each plan's `image`; returns the files the covers need in the output. `standIns`: a plan
 * without a cover gets its PDF's first page or the placeholder (else it gets no image).
 */
async function attachCovers(work: Work, plans: Plan[], pdfs: PdfsByPlan, standIns: boolean): Promise<LinkedFile[]> {
  const { options, ctx, build } = work;
  const files = new Map<string, LinkedFile>();
  // A cover shared by several plans (same bytes), of this list or another, is made once; the
  // URL folder it is served from and the cache its files are in are part of what it is.
  const once = (key: string, make: () => Promise<Cover>) => build.once(`${key}\u0000${options.coversUrl}\u0000${work.cache.dir}`, make);
  const coverContext = { cache: work.cache, coversUrl: options.coversUrl, stats: work.stats };
  // A cover file named by several plans is read and hashed once (10,000 plans sharing 10 covers
  // read and hashed 240 MB before).
  const coverOfFile = (source: string, url: string): Promise<Cover> =>
    once(`file\u0000${source}\u0000${url}\u0000${options.images}`, () =>
      readFile(source).then((bytes) => {
        const hash = contentHash(bytes);
        return options.images ? once(`image:${hash}`, () => coverFromImage(bytes, hash, coverContext)) : coverAsIs(url, source, bytes);
      }),
    );
  await Promise.all(
    plans.map(async (plan) => {
      let cover: Cover;
      try {
        if (plan.coverSourcePath && plan.cover) {
          cover = await coverOfFile(plan.coverSourcePath, plan.cover);
        } else if (!standIns) {
          return;
        } else if (options.images && pdfs.has(plan.index)) {
          const hash = pdfs.get(plan.index)!.hash;
          cover = await once(`pdf:${hash}`, () =>
            build.queue.add(async () => coverFromPdf(await readFile(plan.document!.sourcePath!), hash, coverContext)),
          );
        } else {
          cover = placeholderCover(options.coversUrl);
        }
      } catch (error) {
        if (plan.coverSourcePath) reportUnreadableImage(ctx, [work.key, plan.index, "cover"], plan.cover, error);
        else if (error instanceof PdfReadError) reportUnreadable(ctx, [work.key, plan.index, "link"], plan.document!.url, error.message);
        else throw error;
        return;
      }
      plan.image = cover.image;
      const asIs = cover.image.origin === "cover" && !options.images;
      for (const file of cover.files) {
        const url = asIs ? cover.image.src : `${options.coversUrl}${file.filename}`;
        files.set(url, { source: file.source, url, generated: !asIs });
      }
    }),
  );
  return [...files.values()];
}

function isSitePdf(plan: Plan): boolean {
  return Boolean(plan.document?.sourcePath && plan.document.format === "PDF");
}

/** A copy of the plan with its document's facts, its language and the detail that shows them. */
function withFacts(ctx: RuleContext, plan: Plan, facts: PdfFacts, key: string): Plan {
  const document = plan.document!;
  const declared = primaryLanguage(facts.language);
  let { language, languageSource } = plan;
  if (declared && isKnownLanguage(declared)) {
    if (languageSource === "default") {
      language = declared;
      languageSource = "document";
    } else if (declared !== language) {
      ctx.report(
        "avertissement",
        [key, plan.index, "language"],
        `le PDF « ${document.url} » déclare la langue « ${facts.language} » (${languageName(declared)}), mais language vaut « ${language} »`,
        "Corrigez la langue déclarée dans le document (Word : Révision > Langue, puis exportez de nouveau en PDF) ou la valeur de « language: »",
      );
    }
  }
  if (!facts.tagged) reportUntagged(ctx, [key, plan.index, "link"], document.url);
  return {
    ...plan,
    language,
    languageSource,
    document: {
      ...document,
      pages: facts.pages,
      tagged: facts.tagged,
      ...(facts.language ? { pdfLanguage: facts.language } : {}),
      detail: fileDetail({
        ...(document.format ? { format: document.format } : {}),
        ...(document.bytes !== undefined ? { bytes: document.bytes } : {}),
        pages: facts.pages,
        language,
      }),
    },
  };
}

/** With image work disabled: the cover file itself, with its intrinsic size from its header. */
async function coverAsIs(url: string, source: string, bytes: Buffer): Promise<Cover> {
  const meta = await loadSharp()(bytes).metadata();
  return {
    image: { origin: "cover", sources: [], src: url, width: meta.width ?? 400, height: meta.height ?? 225 },
    files: [{ source, filename: path.basename(source) }],
  };
}

function reportUnreadableImage(ctx: RuleContext, at: readonly PathSegment[], cover: string | undefined, error: unknown): void {
  ctx.report(
    "erreur",
    at,
    `l’image « ${cover} » n’a pas pu être lue (${(error as Error)?.message ?? String(error)})`,
    "Ouvrez-la dans un logiciel d’images et enregistrez-la de nouveau en PNG, JPEG ou WebP",
  );
}

/** One line for the build log: what was done, or that everything came from the cache. */
export function describeWork(stats: WorkStats): string {
  // A decimal comma by hand: the first Intl formatter of a process loads ICU data.
  const seconds = String(Math.round((stats.pdfMs + stats.imageMs) / 10) / 100).replace(".", ",");
  if (stats.pdfReads + stats.pdfRenders + stats.imageEncodes === 0) {
    return `documents et couvertures repris du cache (${seconds} s)`;
  }
  const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
  return `${[
    count(stats.pdfReads, "PDF lu", "PDF lus"),
    count(stats.pdfRenders, "première page dessinée", "premières pages dessinées"),
    count(stats.imageEncodes, "image encodée", "images encodées"),
  ].join(", ")} (${seconds} s)`;
}
