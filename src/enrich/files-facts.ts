/**
 * The facts of the PDFs an item offers among its `files` (a document in several formats): each
 * site PDF read once per build, like a plan's document, its pages shown in its detail
 * (« PDF - 1,92 Mo - 12 pages »), an untagged one reported where the editor wrote its link.
 */
import { fileDetail } from "../format/file-details.ts";
import type { PathSegment } from "../load/yaml.ts";
import type { ItemFile, Plan } from "../model.ts";
import type { RuleContext } from "../validate/context.ts";
import { pdfFacts, reportUnreadable, type Work } from "./enrich-plans.ts";
import { PdfReadError } from "./pdf-document.ts";
import type { PdfFacts } from "./pdf-facts.ts";

/** The facts of every site PDF among the items' files, by path on disk. */
export async function readFilesFacts(work: Work, plans: readonly Plan[]): Promise<Map<string, PdfFacts>> {
  const out = new Map<string, PdfFacts>();
  const { build, cache, stats } = work;
  const files = plans.flatMap((plan) => (plan.files ?? []).map((file, j) => ({ plan, file, j })));
  await Promise.all(
    files
      .filter(({ file }) => file.sourcePath && file.format === "PDF")
      .map(async ({ plan, file, j }) => {
        const source = file.sourcePath!;
        const result = await build
          .once(`facts\u0000${source}\u0000${cache.dir}`, () => build.queue.add(() => pdfFacts(source, cache, stats)))
          .catch((error: unknown) => {
            if (!(error instanceof PdfReadError)) throw error;
            reportUnreadable(work.ctx, [work.key, plan.index, "files", j, "link"], file.url, error.message);
            return undefined;
          });
        if (result) out.set(source, result.facts);
      }),
  );
  return out;
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
