/**
 * Marianne's metric-matched fallback: its numbers are the ones the script computes from the font
 * files, and the stylesheet gets the fallback families in DSFR's stack and their local faces.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fallbackSource } from "../../scripts/font-fallback-metrics.ts";
import { fallbackFontFaces, fallbackStack, withMarianneFallback } from "../../src/css/font-fallback.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

describe("Marianne's fallback faces", () => {
  it.skipIf(!existsSync("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))(
    "src/generated/marianne-fallback-faces.ts is what « npm run fonts:fallback » computes from the font files",
    async () => {
      const committed = readFileSync(path.join(PROJECT_ROOT, "src/generated/marianne-fallback-faces.ts"), "utf8");
      expect(committed, "out of date: run « npm run fonts:fallback » and commit the result").toBe(await fallbackSource());
    },
  );

  it("puts the fallback families between Marianne and arial, and appends their faces", () => {
    const css = "body{font-family:Marianne,arial,sans-serif}@font-face{font-family:Marianne;src:url(fonts/Marianne-Regular.woff2)}";
    const out = withMarianneFallback(css);
    expect(out).toContain(`body{${fallbackStack()}}`);
    expect(fallbackStack()).toBe('font-family:Marianne,"Marianne fallback Arial","Marianne fallback DejaVu",arial,sans-serif');
    expect(out.endsWith(`${fallbackFontFaces()}\n`)).toBe(true);
    // Local fonts only: nothing more to download.
    expect(fallbackFontFaces()).not.toContain("url(");
    expect(fallbackFontFaces()).toMatch(/size-adjust:\d+(\.\d+)?%;ascent-override:\d+(\.\d+)?%;descent-override:\d+(\.\d+)?%/);
  });

  it("leaves a stylesheet without DSFR's Marianne stack as it is", () => {
    expect(withMarianneFallback("p{color:red}")).toBe("p{color:red}");
  });
});
