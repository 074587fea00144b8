import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { PdfReadError } from "../../src/enrich/pdf-document.ts";
import { renderFirstPage } from "../../src/enrich/pdf-render.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { BAND_RGB, makePdf } from "../helpers/pdf.ts";

/** Decoded pixels, and the RGB of one of them. */
async function decode(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
  return { info, at };
}

describe("renderFirstPage", () => {
  it("draws the top of the first page in a 16:9 frame: the blue band above, white paper below", async () => {
    const png = await renderFirstPage(await makePdf({ pages: 2 }), { width: 800 });
    const { info, at } = await decode(png);
    expect(info.format).toBe("raw");
    expect([info.width, info.height]).toEqual([800, 450]);
    // A4 at 800 px is 1132 px tall: the band (top third) covers rows 0–377, the paper the rest.
    for (const [x, y] of [[10, 10], [400, 200], [790, 360]] as const) {
      for (const [i, channel] of at(x, y).entries()) expect(Math.abs(channel - BAND_RGB[i]!)).toBeLessThan(8);
    }
    expect(at(400, 430)).toEqual([255, 255, 255]);
  });

  it("keeps a wide page's own height rather than inventing paper", async () => {
    const png = await renderFirstPage(await makePdf({ size: [842, 300] }), { width: 800 });
    expect((await decode(png)).info).toMatchObject({ width: 800, height: 285 });
  });

  it("draws the real fixture's cover, which is not blank", async () => {
    const png = await renderFirstPage(readFileSync(path.join(PROJECT_ROOT, "docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf")), { width: 400 });
    const stats = await sharp(png).stats();
    expect((await sharp(png).metadata()).width).toBe(400);
    expect(stats.isOpaque).toBe(true);
    // The ministry's logo and the title in black on white: channels vary widely.
    expect(Math.min(...stats.channels.slice(0, 3).map((c) => c.stdev))).toBeGreaterThan(20);
  });

  it("refuses a file that is not a PDF", async () => {
    await expect(renderFirstPage(Buffer.from("%PDF-1.7 tronqué"), { width: 400 })).rejects.toBeInstanceOf(PdfReadError);
  });
});
