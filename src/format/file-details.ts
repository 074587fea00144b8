/**
 * File details as DSFR writes them (`PDF - 1,06 Mo - Anglais`): the same rules as DSFR's own
 * `data-fr-assess-file` script (core/script/assess/assess-file.js), computed at build time so the
 * visitor gets them without JavaScript and without a HEAD request per file.
 */

const UNITS = ["octets", "ko", "Mo", "Go", "To"] as const;

/** Bytes in base 1000, at most two decimals, decimal comma: 1058899 → « 1,06 Mo ». */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Poids invalide : ${bytes}`);
  if (bytes < 1000) return `${Math.round(bytes)} ${UNITS[0]}`;
  const i = Math.min(Math.floor(Math.log(bytes) / Math.log(1000)), UNITS.length - 1);
  const size = bytes / 1000 ** i;
  const rounded = Math.round((size + Number.EPSILON) * 100) / 100;
  // Rounding can reach the next unit (999 999 → 1000 ko): carry over as DSFR would print it.
  if (rounded >= 1000 && i < UNITS.length - 1) return formatBytes(1000 ** (i + 1));
  return `${String(rounded).replace(".", ",")} ${UNITS[i]}`;
}

const UNIT_FACTORS: Record<string, number> = {
  o: 1,
  octet: 1,
  octets: 1,
  ko: 1e3,
  mo: 1e6,
  go: 1e9,
};

/**
 * An editor-written size (`2,9 Mo`, `900 ko`, `1.5 Mo`, `512 octets`) in bytes, or undefined
 * when it does not read as a size (`X Mo`, `pdf 2 Mo`, `beaucoup`).
 */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-zA-Z]+)\s*$/.exec(text);
  if (!match) return undefined;
  const factor = UNIT_FACTORS[match[2]!.toLowerCase()];
  if (factor === undefined) return undefined;
  return Math.round(Number(match[1]!.replace(",", ".")) * factor);
}

/** The extension in capitals, as DSFR shows it: `/docs/plan.pdf` → `PDF`. */
export function formatFromLink(link: string): string | undefined {
  const match = /\.(\w{1,9})(?:$|[?#])/.exec(link);
  return match ? match[1]!.toUpperCase() : undefined;
}

let displayNames: Intl.DisplayNames | undefined;
const languageNames = new Map<string, string>();

/** The language's French name with a capital, as DSFR shows it: `en` → `Anglais`. */
export function languageName(code: string): string {
  let name = code;
  try {
    // Intl.DisplayNames is slow (10,000 plans took a second): one instance, one lookup per code.
    displayNames ??= new Intl.DisplayNames(["fr"], { type: "language" });
    name = languageNames.get(code) ?? displayNames.of(code) ?? code;
    languageNames.set(code, name);
  } catch {
    /* an invalid code is refused by validation; keep the code itself */
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * `PDF - 1,06 Mo`, plus the page count when known (`PDF - 1,06 Mo - 8 pages`) and the language
 * when it is not the page's, last as in DSFR (`PDF - 1,3 Mo - 8 pages - Anglais`).
 */
export function fileDetail(parts: {
  format?: string;
  bytes?: number;
  pages?: number;
  language?: string;
  pageLanguage?: string;
}): string {
  const out: string[] = [];
  if (parts.format) out.push(parts.format);
  if (parts.bytes !== undefined) out.push(formatBytes(parts.bytes));
  if (parts.pages !== undefined && parts.pages > 0) out.push(`${parts.pages} page${parts.pages > 1 ? "s" : ""}`);
  if (parts.language && parts.language !== (parts.pageLanguage ?? "fr")) out.push(languageName(parts.language));
  return out.join(" - ");
}
