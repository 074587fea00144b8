/**
 * Text must not move when Marianne arrives. DSFR's faces use `font-display: swap`: the page is
 * first drawn in the next font of `Marianne, arial, sans-serif`, then redrawn in Marianne, and
 * every line that changes width or height moves what follows it (documentation/accessibilite.md
 * has the layout shift it caused). Two changes to DSFR's CSS (its font files are not touched):
 * - `font-display: optional`: Marianne is used when it arrives within the browser's short block
 *   period (a fast connection, or the cache from the second page on), and otherwise not
 *   at all on this page view, so the page is never redrawn in another font. Metric matching alone
 *   (below, with `swap`) still shifted short pages: a title or footer line that wraps one word
 *   earlier in one font than in the other still moves everything under it.
 * - between Marianne and arial, local fonts scaled to Marianne's metrics (`size-adjust`,
 *   `ascent-override`, `descent-override`): the visitor on a slow link, who gets the fallback on
 *   the first page, sees text of Marianne's size and line height.
 */
import { MARIANNE_FALLBACK_FACES } from "../generated/marianne-fallback-faces.ts";

/** An @font-face rule (DSFR's have no nested braces). */
const MARIANNE_FACE = /@font-face\s*{[^}]*}/g;

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
 * DSFR's purged CSS with Marianne's faces in `font-display: optional`, the fallback families in
 * its Marianne stacks and their faces appended. A stylesheet without DSFR's stack (no text in
 * Marianne) is returned as it is.
 */
export function withMarianneFallback(css: string): string {
  const replaced = css
    .replace(DSFR_STACK, fallbackStack())
    .replace(MARIANNE_FACE, (face) => (/font-family:\s*"?Marianne"?\s*;/.test(face) ? face.replace(/font-display:\s*swap/, "font-display:optional") : face));
  return replaced === css ? css : `${replaced}\n${fallbackFontFaces()}\n`;
}
