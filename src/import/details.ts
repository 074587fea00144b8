/**
 * The detail text a hand-written page prints beside a document (« PDF - 1,2 Mo », « ODS 101 Ko »,
 * « (pdf 2,9 Mo) », « , pdf, juin 2020 ») read back into the data file's fields: format, size,
 * date, language, page count. A size that does not read as one (« X Mo ») is kept apart, so the
 * import can say so in a comment instead of writing a value the build would refuse.
 */
import { FRENCH_MONTHS, isRealDate } from "../format/dates.ts";
import { LANGUAGES, parseSize } from "../format/file-details.ts";
import { SIZE_PATTERN } from "../patterns.ts";
import { DOCUMENT_EXTENSIONS } from "../validate/site-paths.ts";

export interface DetailFields {
  /** In capitals, as the plugin writes it: `PDF`. */
  format?: string;
  /** As the page wrote it, spaced as the schema reads it: `1,2 Mo`. */
  size?: string;
  /** A size the page wrote but that does not read as one: `X Mo`. */
  unreadableSize?: string;
  /** `2024`, `2024-05` or `2024-05-13`. */
  date?: string;
  /** ISO 639-1 code, from a language name (« Anglais »). */
  language?: string;
  pages?: number;
}

const MONTH_NUMBER = new Map<string, number>();
FRENCH_MONTHS.forEach((name, i) => {
  MONTH_NUMBER.set(name, i + 1);
  MONTH_NUMBER.set(name.normalize("NFD").replace(/\p{Diacritic}/gu, ""), i + 1);
});
const LANGUAGE_CODE = new Map(Object.entries(LANGUAGES).map(([code, [french]]) => [french.toLowerCase(), code]));
/** French units, and English ones so that « 1,2 MB » reads as a size the schema refuses. */
const UNIT = "(octets?|o|ko|mo|go|kb|mb|gb|bytes?)";
const SIZE = new RegExp(SIZE_PATTERN);
const NUMBER = "\\d+(?:[.,]\\d+)?";
/** Separators between the parts of a detail; a comma only when a space follows (« 1,2 Mo » keeps its own). */
const SEPARATORS = /\s+[-–—|]\s+|,\s+|\s*[;·•]\s*/;
/** What a page writes before a date: « Publié le », « mis à jour en ». */
const DATE_PREFIX = /^(?:(?:publiée?|parue?|mise? à jour|mis en ligne|mise en ligne|dernière mise à jour)\s+)?(?:le|en|du|:)?\s*/i;

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as a page writes it, as the data file writes it: « 13 mai 2024 » → `2024-05-13`; undefined otherwise. */
export function readDate(text: string): string | undefined {
  const t = text.trim().replace(DATE_PREFIX, "").trim().toLowerCase();
  let m = /^(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})$/u.exec(t);
  if (m && MONTH_NUMBER.has(m[2]!)) return valid(Number(m[3]), MONTH_NUMBER.get(m[2]!)!, Number(m[1]));
  m = /^(\p{L}+)\s+(\d{4})$/u.exec(t);
  if (m && MONTH_NUMBER.has(m[1]!)) return `${m[2]}-${pad(MONTH_NUMBER.get(m[1]!)!)}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${pad(Number(m[1]))}`;
  m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t);
  if (m) return m[3] ? valid(Number(m[1]), Number(m[2]), Number(m[3])) : Number(m[2]) >= 1 && Number(m[2]) <= 12 ? t : undefined;
  if (/^(?:19|20)\d{2}$/.test(t)) return t;
  return undefined;
}

/** `year-month-day` when that day exists (no 31 avril), else undefined. */
function valid(year: number, month: number, day: number): string | undefined {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isRealDate(date) ? date : undefined;
}

/** A format word (`pdf`, `.ODS`, `PDF`), in capitals, or undefined. */
function readFormat(word: string): string | undefined {
  const w = word.replace(/^\./, "").toLowerCase();
  return DOCUMENT_EXTENSIONS.has(w) ? w.toUpperCase() : undefined;
}

/** Reads one part of a detail into `into`; false when the part is not a detail at all. */
function readPart(part: string, into: DetailFields): boolean {
  const p = part.trim().replace(/^\((.*)\)$/, "$1").trim();
  if (p === "") return true;
  const format = readFormat(p);
  if (format) return set(into, "format", format);
  const sized = new RegExp(`^(?:(\\.?[a-z][a-z0-9]{1,4})\\s*[-–:]?\\s+)?(\\S+?)\\s*${UNIT}$`, "i").exec(p);
  if (sized) {
    const withFormat = sized[1] === undefined || readFormat(sized[1]) !== undefined;
    if (withFormat) {
      if (sized[1]) set(into, "format", readFormat(sized[1])!);
      const size = `${sized[2]} ${sized[3]}`;
      if (new RegExp(`^${NUMBER}$`).test(sized[2]!) && SIZE.test(size) && parseSize(size) !== undefined) return set(into, "size", size);
      return set(into, "unreadableSize", p.slice(sized[1]?.length ?? 0).trim());
    }
  }
  const pages = /^(\d+)\s+pages?$/i.exec(p);
  if (pages) return set(into, "pages", Number(pages[1]));
  const language = LANGUAGE_CODE.get(p.toLowerCase());
  if (language) return set(into, "language", language);
  const date = readDate(p);
  if (date) return set(into, "date", date);
  return false;
}

function set<K extends keyof DetailFields>(into: DetailFields, key: K, value: DetailFields[K]): true {
  if (into[key] === undefined) into[key] = value;
  return true;
}

/** A whole detail (« PDF - 1,2 Mo - Anglais »): its fields, or undefined when a part is not one. */
export function readDetail(text: string): DetailFields | undefined {
  const fields: DetailFields = {};
  const parts = text.trim().replace(/^\((.*)\)$/, "$1").split(SEPARATORS);
  if (parts.every((p) => p.trim() === "")) return undefined;
  return parts.every((part) => readPart(part, fields)) ? fields : undefined;
}

/**
 * The text a list item writes after its link (« , pdf, juin 2020 », « (.pdf) », « , The
 * Conversation, avril 2020 »): the parts that read as a detail, and the others in order.
 * Connecting words alone (« et », « ou ») are nothing.
 */
export function readTrailing(text: string): { fields: DetailFields; rest: string[] } {
  const fields: DetailFields = {};
  const rest: string[] = [];
  const cleaned = text
    .trim()
    .replace(/^[,;:–—-]\s*/, "")
    .replace(/[.;,]$/, "")
    .trim()
    .replace(/^\((.*)\)$/, "$1");
  if (/^(?:et|ou|&|\/|\|)?$/i.test(cleaned)) return { fields, rest };
  for (const part of cleaned.split(SEPARATORS)) {
    if (!readPart(part, fields) && part.trim()) rest.push(part.trim());
  }
  return { fields, rest };
}

/**
 * A title that ends with its detail (« Plan d’action (pdf 2,9 Mo) »): the title alone, and the
 * detail's fields. A title whose last parentheses are not a detail (« Prestations (P2I) ») stays whole.
 */
export function splitTitle(text: string): { title: string; fields?: DetailFields; detail?: string } {
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(text.trim());
  if (!m) return { title: text.trim() };
  const fields = readDetail(m[2]!);
  if (!fields || (fields.format === undefined && fields.size === undefined && fields.unreadableSize === undefined)) {
    return { title: text.trim() };
  }
  return { title: m[1]!, fields, detail: m[2]!.trim() };
}
