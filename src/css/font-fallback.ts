/**
 * Text must not move when Marianne arrives. DSFR's faces use `font-display: swap`: the page is
 * first drawn in the next font of `Marianne, arial, sans-serif`, then redrawn in Marianne, and
 * every line that changes width or height moves what follows it (a layout shift of 0.41 on the
 * plans page at 1366 px). So the stack gets, between Marianne and arial, local fonts scaled to
 * Marianne's metrics (`size-adjust`, `ascent-override`, `descent-override`): the text drawn
 * before the swap takes the room Marianne will take. DSFR's font files are not touched.
 */
import { MARIANNE_FALLBACK_FACES } from "./marianne-fallback.generated.ts";

/** DSFR's stack, as its minified CSS writes it. */
const DSFR_STACK = /font-family:\s*Marianne\s*,\s*arial\s*,\s*sans-serif/gi;

/** The stack with the fallback families, in their order (first local font found wins). */
export function fallbackStack(): string {
  const families = [...new Set(MARIANNE_FALLBACK_FACES.map((f) => f.family))];
  return `font-family:Marianne,${families.map((f) => `"${f}"`).join(",")},arial,sans-serif`;
}

/** The fallback faces as CSS: one per family and weight, local fonts only (nothing downloaded). */
export function fallbackFontFaces(): string {
  return MARIANNE_FALLBACK_FACES.map(
    (f) =>
      `@font-face{font-family:"${f.family}";font-style:normal;font-weight:${f.weight};` +
      `src:${f.local.map((name) => `local("${name}")`).join(",")};` +
      `size-adjust:${f.sizeAdjust}%;ascent-override:${f.ascentOverride}%;` +
      `descent-override:${f.descentOverride}%;line-gap-override:${f.lineGapOverride}%}`,
  ).join("\n");
}

/**
 * DSFR's purged CSS with the fallback families in its Marianne stacks and their faces appended.
 * A stylesheet without DSFR's stack (no text in Marianne) is returned as it is.
 */
export function withMarianneFallback(css: string): string {
  const replaced = css.replace(DSFR_STACK, fallbackStack());
  return replaced === css ? css : `${replaced}\n${fallbackFontFaces()}\n`;
}
