/**
 * The rules a JSON Schema cannot say, or cannot say in an editor's words: links that must lead to
 * a real file, sizes that must read as sizes and match the file, real dates, known languages,
 * duplicates. Each rule adds located diagnostics; none stops the others, so an editor gets every
 * problem in one run.
 *
 * For the fields listed in `RULE_OWNED_PATTERNS`, the schema's `pattern` (which editors' IDEs use)
 * is checked here, with a message that says why the value is refused and what to write instead;
 * each rule still ends with the schema's own pattern, so the two cannot accept different values.
 */
import { statSync, type Stats } from "node:fs";
import path from "node:path";
import type { Diagnostic, Severity } from "../diagnostics.ts";
import { formatBytes, LANGUAGES, parseSize } from "../format/file-details.ts";
import type { PathSegment, SourceMap } from "../load/yaml.ts";
import { formatPath } from "../load/yaml.ts";
import { DATE_PATTERN, HTTPS_URL_PATTERN, LANGUAGE_PATTERN, SITE_PATH_PATTERN, SIZE_PATTERN } from "../patterns.ts";
import { hintFor } from "./messages.ts";

/** Fields whose schema pattern the rules check with their own, more precise messages. */
export const RULE_OWNED_PATTERNS: ReadonlySet<string> = new Set([
  "page.date",
  "page.image",
  "plans[].link",
  "plans[].size",
  "plans[].cover",
  "plans[].language",
]);

export interface RuleContext {
  file: string;
  /** Folder that site paths (`/docs/…`) resolve against. */
  root: string;
  positions: SourceMap;
  /** Site paths already looked up in this run (covers are often shared by many plans). */
  files: Map<string, { absolute: string; stats: Stats | undefined }>;
  report(severity: Severity, at: readonly PathSegment[], message: string, fix: string): void;
}

export function createContext(file: string, root: string, positions: SourceMap, out: Diagnostic[]): RuleContext {
  return {
    file,
    root,
    positions,
    files: new Map(),
    report(severity, at, message, fix) {
      out.push({ file, ...positions.valueAt(at), severity, path: formatPath(at), message, fix });
    },
  };
}

const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".webp", ".avif", ".svg"]);
const HTTPS_URL = new RegExp(HTTPS_URL_PATTERN);
const SITE_PATH = new RegExp(SITE_PATH_PATTERN);
const SIZE = new RegExp(SIZE_PATTERN);
const DATE = new RegExp(DATE_PATTERN);
const LANGUAGE = new RegExp(LANGUAGE_PATTERN);

const LINK_EXAMPLE = "« /docs/2022/plan.pdf »";

interface Refusal {
  message: string;
  fix: string;
}

/**
 * Why `value` is not a site path (`/docs/2022/plan.pdf`), in an editor's words, or undefined when
 * it is one. `example` is a good value for this field.
 */
function sitePathRefusal(value: string, at: readonly PathSegment[], example: string): Refusal | undefined {
  // The common case first: the schema's pattern, and no encoded « .. » it could not see.
  if (SITE_PATH.test(value) && !value.includes("%")) return undefined;
  if (value.startsWith("#")) {
    return {
      message: `« ${value} » ne mène à aucun fichier`,
      fix: `Écrivez le chemin du fichier dans le site, par exemple ${example}`,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) {
    return {
      message: `« ${value} » n’est pas un chemin dans le site`,
      fix: `Enregistrez le fichier dans le site et écrivez son chemin, par exemple ${example}`,
    };
  }
  if (!value.startsWith("/")) {
    const absolute = `/${value.replace(/^(?:\.\.?\/)+/, "")}`;
    return {
      message: `le chemin « ${value} » est relatif`,
      fix: `Écrivez le chemin complet depuis la racine du site, en commençant par « / », par exemple « ${absolute} »`,
    };
  }
  let decoded: string;
  try {
    decoded = decodeURI(value);
  } catch {
    return {
      message: `le chemin « ${value} » contient un « % » qui n’est pas suivi d’un code valable`,
      fix: "Écrivez le caractère lui-même (lettre accentuée, espace) ou son code complet, par exemple « %20 » pour une espace",
    };
  }
  if (decoded.split("/").includes("..")) {
    return {
      message: `le chemin « ${value} » sort du site (il contient « .. »)`,
      fix: `Écrivez le chemin complet depuis la racine du site, sans « .. », par exemple ${example}`,
    };
  }
  if (/\s/.test(value)) {
    return {
      message: `le chemin « ${value} » contient une espace`,
      fix: "Renommez le fichier sans espace (par exemple avec des tirets : « mon-plan.pdf »), ou écrivez « %20 » à la place de chaque espace",
    };
  }
  if (/[?#]/.test(value)) {
    return {
      message: `le chemin « ${value} » contient « ? » ou « # »`,
      fix: `Écrivez le chemin du fichier seul, sans ce qui suit « ? » ou « # », par exemple ${example}`,
    };
  }
  if (!SITE_PATH.test(value)) {
    return { message: `« ${value} » n’est pas un chemin de fichier valable`, fix: hintFor(at) };
  }
  return undefined;
}

/** A quoted value with spaces inside the quotes: `link: " /docs/plan.pdf"`. */
function spacesAround(value: string, field: string): [string, string] {
  return [
    `« ${value} » commence ou finit par une espace`,
    `Retirez les espaces entre les guillemets : « ${field}: ${value.trim()} »`,
  ];
}

export type SiteFile = { ok: true; absolute: string; bytes: number } | { ok: false };

/**
 * Resolve a site path (`/docs/2022/plan.pdf`, already known to be well written) to a file inside
 * `root`; reports and returns `{ ok: false }` when there is no such file.
 */
export function checkSiteFile(ctx: RuleContext, at: readonly PathSegment[], value: string, what: string): SiteFile {
  let file = ctx.files.get(value);
  if (!file) {
    const absolute = path.join(ctx.root, ...decodeURI(value).split("/").filter(Boolean));
    let stats: Stats | undefined;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    file = { absolute, stats };
    ctx.files.set(value, file);
  }
  const { absolute, stats } = file;
  if (stats?.isDirectory()) {
    ctx.report(
      "erreur",
      at,
      `« ${value} » est un dossier, pas un fichier`,
      `Écrivez le chemin du fichier lui-même, avec son nom et son extension, par exemple « ${value.replace(/\/?$/, "/plan.pdf")} »`,
    );
    return { ok: false };
  }
  if (!stats?.isFile()) {
    const rel = path.relative(process.cwd(), absolute) || absolute;
    ctx.report(
      "erreur",
      at,
      `${what} « ${value} » n’existe pas (fichier attendu : ${rel})`,
      "Ajoutez le fichier à cet endroit ou corrigez le chemin (majuscules, accents et extension comptent)",
    );
    return { ok: false };
  }
  return { ok: true, absolute, bytes: stats.size };
}

export type LinkCheck =
  | { kind: "none" }
  | { kind: "site"; absolute: string; bytes: number }
  | { kind: "external"; url: string }
  | { kind: "invalid" };

/** `link`: absent (à paraître), an https URL, or a site path to an existing file. */
export function checkLink(ctx: RuleContext, at: readonly PathSegment[], link: unknown): LinkCheck {
  if (link === undefined) return { kind: "none" };
  if (typeof link !== "string") return { kind: "invalid" }; // the schema check said it is empty or not text
  const value = link;
  const refuse = (message: string, fix: string): LinkCheck => {
    ctx.report("erreur", at, message, fix);
    return { kind: "invalid" };
  };
  if (value.trim() !== "" && value.trim() !== value) return refuse(...spacesAround(value, "link"));
  if (value === "") {
    return refuse(
      "le lien est vide",
      `Écrivez le chemin du fichier (par exemple ${LINK_EXAMPLE}) ou son adresse https://, ou supprimez toute la ligne « link: » si le document est à paraître`,
    );
  }
  if (value.startsWith("#")) {
    return refuse(
      `le lien « ${value} » ne mène à aucun document`,
      `Écrivez le chemin du fichier (par exemple ${LINK_EXAMPLE}), ou supprimez la ligne « link: » : la carte affichera « À paraître »`,
    );
  }
  if (/^javascript:/i.test(value)) {
    return refuse(
      "le lien est un script (« javascript: »), pas un document",
      `Écrivez le chemin du fichier dans le site (par exemple ${LINK_EXAMPLE}) ou son adresse https://`,
    );
  }
  if (/^data:/i.test(value)) {
    return refuse(
      "le lien contient le fichier lui-même (adresse « data: »)",
      `Déposez le fichier dans le dossier docs/ et écrivez son chemin, par exemple ${LINK_EXAMPLE}`,
    );
  }
  if (/^http:/i.test(value)) {
    return refuse(
      `le lien « ${value} » n’est pas sécurisé (http)`,
      `Écrivez l’adresse en https, par exemple « ${value.replace(/^http:/i, "https:")} »`,
    );
  }
  if (/^https:/i.test(value)) {
    if (!HTTPS_URL.test(value)) {
      return refuse(
        `l’adresse « ${value} » n’est pas une adresse web valable`,
        "Copiez l’adresse complète depuis la barre d’adresse du navigateur, par exemple « https://www.example.gouv.fr/plan.pdf », sans espace",
      );
    }
    return { kind: "external", url: value };
  }
  if (value.startsWith("//")) {
    return refuse(`le lien « ${value} » n’indique pas « https: »`, `Écrivez « https:${value} »`);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return refuse(
      `le lien « ${value} » n’est ni un chemin du site ni une adresse https`,
      `Écrivez le chemin du fichier dans le site (par exemple ${LINK_EXAMPLE}) ou son adresse https://`,
    );
  }
  const refusal = sitePathRefusal(value, at, LINK_EXAMPLE);
  if (refusal) return refuse(refusal.message, refusal.fix);
  const file = checkSiteFile(ctx, at, value, "le fichier");
  return file.ok ? { kind: "site", absolute: file.absolute, bytes: file.bytes } : { kind: "invalid" };
}

/**
 * `size`: must read as a size; required for an https link; for a site file, compared with the
 * real size (a warning naming both, since the real size is what the page shows).
 */
export function checkSize(
  ctx: RuleContext,
  at: readonly PathSegment[],
  size: unknown,
  link: LinkCheck,
): number | undefined {
  if (size === undefined) {
    if (link.kind === "external") {
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

/** `cover` / `page.image`: a site path to an existing png, jpg, webp, avif or svg image. */
export function checkImage(ctx: RuleContext, at: readonly PathSegment[], image: unknown): string | undefined {
  if (typeof image !== "string") return undefined; // the schema check said so
  const field = String(at[at.length - 1]);
  const example = field === "image" ? "« /img/plans-action/couverture-dinum.png »" : "« /img/plans-action/couverture-mc.png »";
  const value = image;
  if (value.trim() !== "" && value.trim() !== value) {
    ctx.report("erreur", at, ...spacesAround(value, field));
    return undefined;
  }
  if (value.trim() === "") {
    ctx.report("erreur", at, "le chemin de l’image est vide", `Écrivez le chemin de l’image, par exemple ${example}, ou supprimez la ligne « ${field}: »`);
    return undefined;
  }
  if (/^https?:/i.test(value)) {
    ctx.report(
      "erreur",
      at,
      `l’image « ${value} » est sur un autre site`,
      `Enregistrez l’image dans le dossier img/ du site et écrivez son chemin, par exemple ${example}`,
    );
    return undefined;
  }
  const refusal = sitePathRefusal(value, at, example);
  if (refusal) {
    ctx.report("erreur", at, refusal.message, refusal.fix);
    return undefined;
  }
  const ext = path.extname(value).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(ext)) {
    ctx.report(
      "erreur",
      at,
      `« ${value} » n’est pas une image (extension « ${ext || "aucune"} »)`,
      "Utilisez une image png, jpg, webp, avif ou svg",
    );
    return undefined;
  }
  const file = checkSiteFile(ctx, at, value, "l’image");
  return file.ok ? file.absolute : undefined;
}

/** `page.date`: a real date written AAAA-MM-JJ. Returns whether it is one. */
export function checkDate(ctx: RuleContext, at: readonly PathSegment[], value: unknown): boolean {
  if (typeof value !== "string") return false; // the schema check said so
  if (value.trim() !== "" && value.trim() !== value && DATE.test(value.trim())) {
    ctx.report("erreur", at, ...spacesAround(value, "date"));
    return false;
  }
  if (!DATE.test(value)) {
    const french = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
    const iso = french ? `${french[3]}-${french[2]!.padStart(2, "0")}-${french[1]!.padStart(2, "0")}` : undefined;
    ctx.report(
      "erreur",
      at,
      `« ${value} » n’est pas une date au format AAAA-MM-JJ`,
      iso && isRealDate(iso) ? `Écrivez « date: ${iso} » (année, mois, jour)` : hintFor(at),
    );
    return false;
  }
  if (!isRealDate(value)) {
    ctx.report("erreur", at, `« ${value} » n’est pas une date qui existe`, hintFor(at));
    return false;
  }
  return true;
}

/** `2022-04-01` is a real date; `2022-02-30` is not (a Date would roll it over silently). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `language`: an ISO 639-1 code that exists. Returns whether it is one. */
export function checkLanguage(ctx: RuleContext, at: readonly PathSegment[], value: unknown): boolean {
  if (typeof value !== "string") return false; // the schema check said so
  if (LANGUAGE.test(value) && isKnownLanguage(value)) return true;
  const text = value.trim();
  if (text !== value && LANGUAGE.test(text) && isKnownLanguage(text)) {
    ctx.report("erreur", at, ...spacesAround(value, "language"));
    return false;
  }
  const lower = text.toLowerCase();
  const prefix = /^([a-z]{2})[-_][a-z]{2,}$/i.exec(text)?.[1]?.toLowerCase();
  let message = `« ${value} » n’est pas un code de langue ISO 639-1 connu`;
  let code: string | undefined;
  if (/^[a-z]{2}$/i.test(text) && isKnownLanguage(lower)) {
    message = `« ${value} » : le code de langue s’écrit en minuscules`;
    code = lower;
  } else if (prefix && isKnownLanguage(prefix)) {
    message = `« ${value} » n’est pas un code ISO 639-1 : ce code n’a que deux lettres`;
    code = prefix;
  } else {
    code = codeOfLanguageName(lower);
    if (code) message = `« ${value} » est le nom d’une langue, pas son code ISO 639-1`;
  }
  ctx.report("erreur", at, message, code ? `Écrivez « language: ${code} »` : hintFor(at));
  return false;
}

/** Whether `code` is an ISO 639-1 language code (`en`, `de`; not `zz`), as Intl names them. */
export function isKnownLanguage(code: string): boolean {
  return Object.hasOwn(LANGUAGES, code);
}

let namesToCodes: Map<string, string> | undefined;

/** « anglais » or « English » → `en` (built once, only when an editor wrote a name). */
function codeOfLanguageName(name: string): string | undefined {
  if (!namesToCodes) {
    namesToCodes = new Map();
    for (const [code, names] of Object.entries(LANGUAGES)) {
      for (const label of names) if (!namesToCodes.has(label.toLowerCase())) namesToCodes.set(label.toLowerCase(), code);
    }
  }
  return namesToCodes.get(name);
}
