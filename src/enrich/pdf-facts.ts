/**
 * What a visitor (and an accessibility audit) should know about a PDF before downloading it,
 * read from the file itself: its number of pages, whether it is tagged (a first sign of an
 * accessible document, RGAA 13.3) and the language it declares.
 */
import { openPdf } from "./pdf-document.ts";

export interface PdfFacts {
  pages: number;
  /** The catalog's `/MarkInfo << /Marked true >>`: the producer says the file is tagged. */
  marked: boolean;
  /** A structure tree (`/StructTreeRoot`) that reaches the first page: the tags themselves. */
  structureTree: boolean;
  /** Tagged in either sense: assistive technologies get some structure. */
  tagged: boolean;
  /** The catalog's `/Lang` as declared (`fr-FR`), when the file declares one. */
  language?: string;
}

/** Read the facts of a PDF; throws `PdfReadError` when the bytes are not a readable PDF. */
export async function readPdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await openPdf(bytes);
  try {
    const [markInfo, metadata, firstPage] = await Promise.all([
      doc.getMarkInfo().catch(() => null),
      doc.getMetadata().catch(() => undefined),
      doc.getPage(1),
    ]);
    const structureTree = (await firstPage.getStructTree().catch(() => null)) != null;
    const marked = markInfo?.Marked === true;
    const declared = (metadata?.info as { Language?: unknown } | undefined)?.Language;
    const language = typeof declared === "string" && declared.trim() ? declared.trim() : undefined;
    return {
      pages: doc.numPages,
      marked,
      structureTree,
      tagged: marked || structureTree,
      ...(language ? { language } : {}),
    };
  } finally {
    await doc.destroy();
  }
}

/** The ISO 639-1 code of a declared language tag (`en-GB` → `en`), or undefined if it has none. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const match = tag ? /^([a-z]{2})(?:[-_]|$)/i.exec(tag.trim()) : null;
  return match ? match[1]!.toLowerCase() : undefined;
}
