/**
 * `size`: an editor-written weight that must read as one, is required for an https link, and
 * must agree with the real file for a site document.
 */
import { formatBytes, parseSize } from "../format/file-details.ts";
import type { PathSegment } from "../load/yaml.ts";
import { SIZE_PATTERN } from "../patterns.ts";
import type { RuleContext } from "./context.ts";
import { hintFor } from "./messages.ts";
import type { LinkCheck } from "./site-paths.ts";

const SIZE = new RegExp(SIZE_PATTERN);

/**
 * `size`: must read as a size; required for an https link; for a site file, compared with the
 * real size (a warning naming both, since the real size is what the page shows).
 */
export function checkSize(
  ctx: RuleContext,
  at: readonly PathSegment[],
  size: unknown,
  link: LinkCheck,
  /** Whether an https file needs its size (a plans file's do; a list's, when it requires `size`). */
  requiredForExternal = true,
): number | undefined {
  if (size === undefined) {
    if (link.kind === "external" && requiredForExternal) {
      // Located on the plan (the field is missing), named by the field to add.
      ctx.report(
        "erreur",
        at,
        "le poids du document manque : il est obligatoire pour un lien https://",
        "Ajoutez « size: » avec le poids du fichier, par exemple « size: 2,9 Mo »",
      );
    }
    return undefined;
  }
  if (typeof size !== "string") return undefined; // the schema check said so
  const bytes = SIZE.test(size) ? parseSize(size) : undefined;
  if (bytes === undefined) {
    ctx.report("erreur", at, sizeRefusal(size), hintFor(at));
    return undefined;
  }
  if (link.kind === "site" && !sizesAgree(size, link.bytes)) {
    ctx.report(
      "avertissement",
      at,
      `le poids indiqué (« ${size.trim()} ») ne correspond pas au fichier, qui pèse ${formatBytes(link.bytes)}`,
      `Supprimez la ligne « size: » : pour un fichier du site, le poids (${formatBytes(link.bytes)}) est calculé`,
    );
  }
  if (link.kind === "site-page" || link.kind === "external-page") {
    ctx.report(
      "erreur",
      at,
      "un poids est indiqué pour un lien vers une page web, qui n’a pas de poids",
      "Supprimez la ligne « size: », ou, si le lien mène à un fichier, ajoutez « format: » (par exemple « format: PDF »)",
    );
    return undefined;
  }
  if (link.kind === "none") {
    ctx.report(
      "avertissement",
      at,
      "un poids est indiqué pour un document sans lien (à paraître)",
      "Ajoutez le lien du document, ou supprimez la ligne « size: »",
    );
  }
  return bytes;
}

function sizeRefusal(size: string): string {
  const text = size.trim();
  if (text === "") return "le poids est vide";
  if (!/\d/.test(text)) return `« ${text} » ne se lit pas comme un poids : le nombre manque`;
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return `« ${text} » ne se lit pas comme un poids : l’unité manque`;
  if (/^\d+(?:[.,]\d+)?\s*[kmgt]?i?b(ytes?)?$/i.test(text)) {
    return `« ${text} » est écrit avec une unité anglaise`;
  }
  return `« ${text} » ne se lit pas comme un poids`;
}

/** Whether the declared size is the real size written at the declared precision (or within 5 %). */
export function sizesAgree(declared: string, realBytes: number): boolean {
  const bytes = parseSize(declared);
  if (bytes === undefined) return false;
  if (Math.abs(bytes - realBytes) <= realBytes * 0.05) return true;
  const match = /^\s*\d+(?:[.,](\d+))?\s*(\S+)/.exec(declared);
  const decimals = match?.[1]?.length ?? 0;
  const unit = parseSize(`1 ${match?.[2] ?? "o"}`) ?? 1;
  const factor = 10 ** decimals;
  return Math.round((realBytes / unit) * factor) === Math.round((bytes / unit) * factor);
}
