/**
 * A cover drawn from a PDF's first page: PDF.js paints the page on an @napi-rs/canvas canvas
 * (Skia, prebuilt binaries from npm, MIT), cropped to the card's 16:9 frame from the top of
 * the page, where a document shows its title — as DSFR's download cards show a document's top.
 */
import { openPdf } from "./pdf-document.ts";

export interface RenderOptions {
  /** Width of the picture in pixels. */
  width: number;
  /** Frame ratio, width / height. @default 16 / 9 */
  ratio?: number;
}

/** PNG bytes of the top of the first page; throws `PdfReadError` when the PDF cannot be read. */
export async function renderFirstPage(bytes: Uint8Array, options: RenderOptions): Promise<Buffer> {
  const doc = await openPdf(bytes);
  try {
    const page = await doc.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: options.width / unscaled.width });
    const width = Math.round(viewport.width);
    // A landscape page wider than the frame keeps its own height: nothing is invented.
    const height = Math.min(Math.round(width / (options.ratio ?? 16 / 9)), Math.round(viewport.height));
    // The canvas (Skia, a native module) is loaded only when a cover is really drawn.
    const { createCanvas } = await import("@napi-rs/canvas");
    const canvas = createCanvas(width, height);
    const context = canvas.getContext("2d");
    // PDF pages are white paper; a transparent background would turn black in JPEG.
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
      background: "#ffffff",
    }).promise;
    page.cleanup();
    return canvas.toBuffer("image/png");
  } finally {
    await doc.destroy();
  }
}
