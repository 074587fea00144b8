/**
 * Opening a PDF with PDF.js (pdfjs-dist, Mozilla, Apache-2.0), the way Node needs it: the
 * legacy build (no browser globals), no `eval`, and the fonts, character maps and decoders
 * PDF.js ships, read from its own package folder so nothing is ever fetched.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist";

/** Why a file named `.pdf` could not be read, in French, for the editor. */
export class PdfReadError extends Error {
  override name = "PdfReadError";
}

let pdfjsFolder: string | undefined;
function packageFolder(): string {
  pdfjsFolder ??= path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  return pdfjsFolder;
}

/**
 * PDF.js is large (4 MB of modules, slower still to load under tsx's loader, as in
 * `npm run build`): load it on first use only, so a warm build, or a site without PDFs, never
 * pays for it.
 */
async function pdfjs() {
  return import("pdfjs-dist/legacy/build/pdf.mjs");
}

/**
 * Open a PDF from its bytes. PDF.js takes ownership of the array it is given, so the caller's
 * buffer is copied. Throws `PdfReadError` with a French reason when the file is not a PDF,
 * is damaged beyond repair or needs a password.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const { getDocument, VerbosityLevel } = await pdfjs();
  const folder = packageFolder();
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    // Only errors: PDF.js warns about every oddity of real-world files, which editors cannot act on.
    verbosity: VerbosityLevel.ERRORS,
    // Trailing separators matter: PDF.js appends file names to these.
    standardFontDataUrl: path.join(folder, "standard_fonts") + path.sep,
    cMapUrl: path.join(folder, "cmaps") + path.sep,
    cMapPacked: true,
    wasmUrl: path.join(folder, "wasm") + path.sep,
    iccUrl: path.join(folder, "iccs") + path.sep,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw new PdfReadError(reasonFor(error), { cause: error });
  }
}

function reasonFor(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === "PasswordException") return "il est protégé par un mot de passe";
  if (name === "InvalidPDFException") return "ce n’est pas un PDF valide ou il est endommagé";
  return `il n’a pas pu être lu (${(error as Error)?.message ?? String(error)})`;
}
