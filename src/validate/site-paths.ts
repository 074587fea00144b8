/**
 * Links and images: a site path must be well written (no `#`, no relative path, no `..`) and lead
 * to a real file of the site; a link may instead be an https address.
 */
import { statSync, type Stats } from "node:fs";
import path from "node:path";
import type { PathSegment } from "../load/yaml.ts";
import { HTTPS_URL_PATTERN, SITE_PATH_PATTERN } from "../patterns.ts";
import { sitePathToFile } from "../site-path.ts";
import { spacesAround, type RuleContext } from "./context.ts";
import { hintFor } from "./messages.ts";

const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".webp", ".avif", ".svg"]);
const HTTPS_URL = new RegExp(HTTPS_URL_PATTERN);
const SITE_PATH = new RegExp(SITE_PATH_PATTERN);

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

export type SiteFile = { ok: true; absolute: string; bytes: number } | { ok: false };

/**
 * Resolve a site path (`/docs/2022/plan.pdf`, already known to be well written) to a file inside
 * `root`; reports and returns `{ ok: false }` when there is no such file.
 */
export function checkSiteFile(ctx: RuleContext, at: readonly PathSegment[], value: string, what: string): SiteFile {
  let file = ctx.files.get(value);
  if (!file) {
    const absolute = sitePathToFile(ctx.root, value);
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
  /** A page of the site (`/publications/guide/`): checked once the site's pages are known. */
  | { kind: "site-page"; url: string }
  | { kind: "external-page"; url: string }
  | { kind: "invalid" };

/**
 * Extensions that make a link a file to download rather than a page to visit (an item's `link`;
 * a plans file's links are all documents).
 */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(
  "pdf odt ods odp odg docx xlsx pptx doc xls ppt rtf csv txt zip epub json xml md mp3 mp4 webm ogg png jpg jpeg svg gif webp".split(" "),
);

/** The extension of a link's last segment, lower case, without the dot (`""` when none). */
export function linkExtension(url: string): string {
  const pathname = url.replace(/^https:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  const last = pathname.split("/").pop() ?? "";
  const dot = last.lastIndexOf(".");
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : "";
}

export interface LinkOptions {
  /**
   * An item's link, which may lead to a web page: an https address without a document's
   * extension (and no `format`), or a site path ending in `/` or without an extension.
   */
  pages?: boolean;
  /** The item's `format`: an https address with it is a file whatever its name. */
  format?: string;
}

/** `link`: absent (à paraître), an https URL, or a site path to an existing file (or page). */
export function checkLink(ctx: RuleContext, at: readonly PathSegment[], link: unknown, options: LinkOptions = {}): LinkCheck {
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
    if (options.pages && !options.format && !DOCUMENT_EXTENSIONS.has(linkExtension(value))) return { kind: "external-page", url: value };
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
  if (options.pages && value.startsWith("/") && (value.endsWith("/") || linkExtension(value) === "")) {
    // A page: the same spelling rules as a file's path, checked on the path without its final `/`.
    const refusal = value === "/" ? undefined : sitePathRefusal(value.replace(/\/$/, ""), at, "« /publications/guide/ »");
    if (refusal) return refuse(refusal.message.replace(value.replace(/\/$/, ""), value), refusal.fix);
    return { kind: "site-page", url: value };
  }
  const refusal = sitePathRefusal(value, at, LINK_EXAMPLE);
  if (refusal) return refuse(refusal.message, refusal.fix);
  const file = checkSiteFile(ctx, at, value, "le fichier");
  return file.ok ? { kind: "site", absolute: file.absolute, bytes: file.bytes } : { kind: "invalid" };
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
