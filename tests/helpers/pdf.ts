/**
 * Small PDFs made on the fly with pdf-lib (MIT, dev dependency only): each page has a DSFR-blue
 * band across its top third and a title, so a cover drawn from it can be recognised by its pixels.
 */
import { PDFDocument, PDFName, PDFString, StandardFonts, rgb } from "pdf-lib";

export interface TestPdf {
  pages?: number;
  /** The catalog's `/Lang`, e.g. `en-GB`; none by default. */
  lang?: string;
  /** Adds `/MarkInfo << /Marked true >>`; untagged by default. */
  tagged?: boolean;
  title?: string;
  /** Page size in points; A4 portrait by default. */
  size?: [number, number];
}

/** Blue France (#000091), the band's colour. */
export const BAND_RGB = [0, 0, 145] as const;

export async function makePdf(options: TestPdf = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const [width, height] = options.size ?? [595, 842];
  for (let i = 0; i < (options.pages ?? 1); i++) {
    const page = doc.addPage([width, height]);
    page.drawRectangle({ x: 0, y: height * (2 / 3), width, height: height / 3, color: rgb(0, 0, 145 / 255) });
    page.drawText(`${options.title ?? "Plan d’action de test"} — page ${i + 1}`.replace("’", "'").replace("—", "-"), {
      x: 40,
      y: height * 0.55,
      size: 24,
      font,
      color: rgb(0.1, 0.1, 0.1),
    });
  }
  if (options.lang) doc.catalog.set(PDFName.of("Lang"), PDFString.of(options.lang));
  if (options.tagged) doc.catalog.set(PDFName.of("MarkInfo"), doc.context.obj({ Marked: true }));
  // Fixed dates: the same options give the same bytes, hence the same cache key.
  doc.setCreationDate(new Date(Date.UTC(2022, 3, 1)));
  doc.setModificationDate(new Date(Date.UTC(2022, 3, 1)));
  return doc.save();
}
