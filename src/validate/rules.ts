/**
 * The rules a JSON Schema cannot say: links that must lead to a real file, sizes that must read
 * as sizes and match the file, real dates, known languages, duplicates. Each rule adds located
 * diagnostics; none stops the others, so an editor gets every problem in one run.
 */
import { statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic, Severity } from "../diagnostics.ts";
import { formatBytes, parseSize } from "../format/file-details.ts";
import type { PathSegment, SourceMap } from "../load/yaml.ts";
import { formatPath } from "../load/yaml.ts";
import { HTTPS_URL_PATTERN } from "../schema.ts";
import { hintFor } from "./messages.ts";

export interface RuleContext {
  file: string;
  /** Folder that site paths (`/docs/…`) resolve against. */
  root: string;
  positions: SourceMap;
  report(severity: Severity, at: readonly PathSegment[], message: string, fix: string, onKey?: boolean): void;
}

export function createContext(file: string, root: string, positions: SourceMap, out: Diagnostic[]): RuleContext {
  return {
    file,
    root,
    positions,
    report(severity, at, message, fix, onKey = false) {
      const where = onKey ? positions.keyAt(at) : positions.valueAt(at);
      out.push({ file, ...where, severity, path: formatPath(at), message, fix });
    },
  };
}

const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".webp", ".avif", ".svg"]);
const HTTPS_URL = new RegExp(HTTPS_URL_PATTERN);

export type SiteFile = { ok: true; absolute: string; bytes: number } | { ok: false };

/**
 * Resolve a site path such as `/docs/2022/plan.pdf` to a file inside `root`; reports and returns
 * `{ ok: false }` when it is not a path to an existing file inside the site.
 */
export function checkSitePath(ctx: RuleContext, at: readonly PathSegment[], value: string, what: string): SiteFile {
  const field = at[at.length - 1];
  let decoded = value;
  try {
    decoded = decodeURI(value);
  } catch {
    ctx.report("erreur", at, `le chemin « ${value} » contient un caractère « % » mal encodé`, hintFor(field));
    return { ok: false };
  }
  if (decoded.split("/").includes("..")) {
    ctx.report(
      "erreur",
      at,
      `le chemin « ${value} » sort du site (il contient « .. »)`,
      `Écrivez le chemin complet depuis la racine du site, sans « .. », par exemple « /docs/2022/plan.pdf »`,
    );
    return { ok: false };
  }
  const absolute = path.join(ctx.root, ...decoded.split("/").filter(Boolean));
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    stats = undefined;
  }
  if (!stats?.isFile()) {
    const rel = path.relative(process.cwd(), absolute) || absolute;
    ctx.report(
      "erreur",
      at,
      `${what} « ${value} » n’existe pas (fichier attendu : ${rel})`,
      `Ajoutez le fichier à cet endroit ou corrigez le chemin (majuscules, accents et extension comptent)`,
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
  if (link === null) {
    ctx.report(
      "erreur",
      at,
      "le lien est vide",
      "Écrivez le chemin du fichier (par exemple « /docs/2022/plan.pdf »), ou supprimez toute la ligne « link: » si le document est à paraître",
    );
    return { kind: "invalid" };
  }
  if (typeof link !== "string") {
    ctx.report("erreur", at, "le lien n’est pas un texte", hintFor("link"));
    return { kind: "invalid" };
  }
  const value = link.trim();
  const refuse = (message: string, fix: string): LinkCheck => {
    ctx.report("erreur", at, message, fix);
    return { kind: "invalid" };
  };
  if (value === "") {
    return refuse(
      "le lien est vide",
      "Écrivez le chemin du fichier (par exemple « /docs/2022/plan.pdf »), ou supprimez toute la ligne « link: » si le document est à paraître",
    );
  }
  if (value.startsWith("#")) {
    return refuse(
      `le lien « ${value} » ne mène à aucun document`,
      "Écrivez le chemin du fichier (par exemple « /docs/2022/plan.pdf »), ou supprimez la ligne « link: » : la carte affichera « À paraître »",
    );
  }
  if (/^\s*javascript:/i.test(value)) {
    return refuse(`le lien « ${value} » est un script, pas un document`, hintFor("link"));
  }
  if (/^\s*data:/i.test(value)) {
    return refuse(
      "le lien contient le fichier lui-même (adresse « data: »)",
      "Déposez le fichier dans le dossier docs/ et écrivez son chemin, par exemple « /docs/2022/plan.pdf »",
    );
  }
  if (/^http:\/\//i.test(value)) {
    return refuse(
      `le lien « ${value} » n’est pas sécurisé (http)`,
      `Écrivez l’adresse en https, par exemple « ${value.replace(/^http:/i, "https:")} »`,
    );
  }
  if (/^https:/i.test(value)) {
    if (!HTTPS_URL.test(value)) return refuse(`l’adresse « ${value} » n’est pas une adresse web valable`, hintFor("link"));
    return { kind: "external", url: value };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) {
    return refuse(`le lien « ${value} » n’est ni un chemin du site ni une adresse https`, hintFor("link"));
  }
  if (!value.startsWith("/")) {
    return refuse(
      `le chemin « ${value} » est relatif`,
      `Écrivez le chemin complet depuis la racine du site, en commençant par « / », par exemple « /${value.replace(/^(\.\/)+/, "")} »`,
    );
  }
  const file = checkSitePath(ctx, at, value, "le fichier");
  return file.ok ? { kind: "site", absolute: file.absolute, bytes: file.bytes } : { kind: "invalid" };
}

/**
 * `size`: must read as a size; required for an https link; for a site file, compared with the
 * real size (a warning, since the real size is what the page shows).
 */
export function checkSize(
  ctx: RuleContext,
  at: readonly PathSegment[],
  size: unknown,
  link: LinkCheck,
  linkPath: readonly PathSegment[],
): number | undefined {
  if (size === undefined || size === null) {
    if (link.kind === "external") {
      ctx.report(
        "erreur",
        linkPath.slice(0, -1),
        "le poids du document manque : il est obligatoire pour un lien https://",
        "Ajoutez « size: » avec le poids du fichier, par exemple « size: 2,9 Mo »",
      );
    }
    return undefined;
  }
  if (typeof size !== "string") return undefined; // the schema check already said so
  const bytes = parseSize(size);
  if (bytes === undefined) return undefined; // the schema's pattern already said so
  if (link.kind === "site" && !sizesAgree(size, link.bytes)) {
    ctx.report(
      "avertissement",
      at,
      `le poids indiqué (« ${size} ») ne correspond pas au fichier, qui pèse ${formatBytes(link.bytes)}`,
      "Supprimez la ligne « size: » : pour un fichier du site, le poids est calculé",
    );
  }
  return bytes;
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

export function checkCover(ctx: RuleContext, at: readonly PathSegment[], cover: unknown, what = "l’image"): string | undefined {
  if (typeof cover !== "string" || !cover.startsWith("/")) return undefined; // the schema already said so
  const ext = path.extname(cover).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(ext)) {
    ctx.report(
      "erreur",
      at,
      `« ${cover} » n’est pas une image (extension « ${ext || "aucune"} »)`,
      "Utilisez une image png, jpg, webp, avif ou svg",
    );
    return undefined;
  }
  const file = checkSitePath(ctx, at, cover, what);
  return file.ok ? file.absolute : undefined;
}

/** `2022-04-01` is a real date; `2022-02-30` is not (a Date would roll it over silently). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether `code` is a language code that Intl knows (`en`, `de`; not `zz`). */
export function isKnownLanguage(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  try {
    const name = new Intl.DisplayNames(["fr"], { type: "language", fallback: "none" }).of(code);
    return name !== undefined && name !== code;
  } catch {
    return false;
  }
}
