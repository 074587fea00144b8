/**
 * The facts of the PDFs an item offers among its `files` (a document in several formats): each
 * site PDF read once per build, like a plan's document, its pages shown in its detail
 * (« PDF - 1,92 Mo - 12 pages »), an untagged one reported where the editor wrote its link.
 */
import { readFile } from "node:fs/promises";
import { fileDetail } from "../format/file-details.ts";
import type { PathSegment } from "../load/yaml.ts";
import type { ItemFile, Plan } from "../model.ts";
import type { RuleContext } from "../validate/context.ts";
import { type ContentCache, cacheKey, contentHash } from "./cache.ts";
import type { Work } from "./enrich-plans.ts";
import { PdfReadError } from "./pdf-document.ts";
import { type PdfFacts, readPdfFacts } from "./pdf-facts.ts";
import type { WorkStats } from "./work-stats.ts";

/** Bumped when `PdfFacts` changes shape, so old cache entries are not read as new ones. */
const FACTS_VERSION = 1;

/** The facts of every site PDF among the items' files, by path on disk. */
export async function readFilesFacts(work: Work, plans: readonly Plan[]): Promise<Map<string, PdfFacts>> {
  const out = new Map<string, PdfFacts>();
  const files = plans.flatMap((plan) => (plan.files ?? []).map((file, j) => ({ plan, file, j })));
  await Promise.all(
    files
      .filter(({ file }) => file.sourcePath && file.format === "PDF")
      .map(async ({ plan, file, j }) => {
        const result = await readPdfOnce(work, file.sourcePath!, [work.key, plan.index, "files", j, "link"], file.url);
        if (result) out.set(file.sourcePath!, result.facts);
      }),
  );
  return out;
}

/**
 * The facts of the site PDF at `source`, read once per build whichever list or item links it
 * (in the build's queue); an unreadable one is reported at `at` and gives nothing.
 */
export async function readPdfOnce(work: Work, source: string, at: readonly PathSegment[], url: string): Promise<{ hash: string; facts: PdfFacts } | undefined> {
  const { build, cache, stats } = work;
  return build
    .once(`facts\u0000${source}\u0000${cache.dir}`, () => build.queue.add(() => pdfFacts(source, cache, stats)))
    .catch((error: unknown) => {
      if (!(error instanceof PdfReadError)) throw error;
      reportUnreadable(work.ctx, at, url, error.message);
      return undefined;
    });
}

/** The facts of one PDF: from the cache when its content was seen before, else read. */
async function pdfFacts(file: string, cache: ContentCache, stats: WorkStats): Promise<{ hash: string; facts: PdfFacts }> {
  const bytes = await readFile(file);
  const hash = contentHash(bytes);
  const key = cacheKey(hash, { v: FACTS_VERSION });
  const known = await cache.get<PdfFacts>("pdf-facts", key);
  if (known) return { hash, facts: known };
  stats.pdfReads++;
  const facts = await readPdfFacts(bytes);
  await cache.set("pdf-facts", key, facts);
  return { hash, facts };
}

export function reportUnreadable(ctx: RuleContext, at: readonly PathSegment[], url: string, reason: string): void {
  ctx.report(
    "erreur",
    at,
    `le fichier « ${url} » n’est pas un PDF lisible : ${reason}`,
    "Ouvrez-le dans un lecteur de PDF pour le vérifier, puis exportez-le de nouveau au format PDF (sans mot de passe) ou remplacez-le",
  );
}

/** One of an item's files with its PDF's facts (`at` is the file's place: `items[3].files[1]`). */
export function withFileFacts(ctx: RuleContext, at: readonly PathSegment[], file: ItemFile, facts: PdfFacts | undefined): ItemFile {
  if (!facts) return file;
  if (!facts.tagged) reportUntagged(ctx, [...at, "link"], file.url);
  return {
    ...file,
    pages: facts.pages,
    tagged: facts.tagged,
    detail: fileDetail({ format: "PDF", ...(file.bytes !== undefined ? { bytes: file.bytes } : {}), pages: facts.pages, language: file.language }),
  };
}

/** A PDF without tags: a warning, since screen readers find neither headings nor reading order in it. */
export function reportUntagged(ctx: RuleContext, at: readonly PathSegment[], url: string): void {
  ctx.report(
    "avertissement",
    at,
    `le PDF « ${url} » n’est pas balisé : les lecteurs d’écran n’y trouvent ni titres ni ordre de lecture (RGAA 13.3)`,
    "Exportez-le de nouveau en PDF balisé (Word : Enregistrer sous > PDF > Options > « Balises de structure du document pour l’accessibilité » ; LibreOffice : Exporter au format PDF > « PDF balisé »)",
  );
}
