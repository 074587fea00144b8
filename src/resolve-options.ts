/**
 * The plugin's options checked when the plugin is added, so a wrong option fails at once with the
 * option's name, what it expects and what it received; then merged with their defaults.
 */
import path from "node:path";
import { LABEL_NAMES, resolveLabels, type Labels } from "./labels.ts";
import { getDefaults, PLUGIN_LAYOUT_PREFIX, type PlansActionOptions, type ResolvedAdmin, type ResolvedOptions } from "./options.ts";
import { closestKey } from "./validate/messages.ts";

type Check = (value: unknown) => string | undefined;

const isText: Check = (v) => (typeof v === "string" && v.trim() !== "" ? undefined : "un texte non vide");
const isBoolean: Check = (v) => (typeof v === "boolean" ? undefined : "true ou false");
const isUrlFolder: Check = (v) =>
  typeof v === "string" && v.startsWith("/") && v.endsWith("/") ? undefined : "un chemin qui commence et finit par « / »";

const isBooleanOrAuto: Check = (v) => (typeof v === "boolean" || v === "auto" ? undefined : "true, false ou \"auto\"");

const isLabels: Check = (v) => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return "un objet { nom: \"texte\" }";
  for (const [name, text] of Object.entries(v)) {
    if (!LABEL_NAMES.includes(name as keyof Labels)) {
      const guess = closestKey(name, LABEL_NAMES);
      return `des libellés connus (${guess ? `« ${name} » : vouliez-vous écrire « ${guess} » ?` : `« ${name} » inconnu`} ; libellés : ${LABEL_NAMES.join(", ")})`;
    }
    if (typeof text !== "string" || text.trim() === "") return `un texte non vide pour le libellé « ${name} »`;
  }
  return undefined;
};

/** The editing page's own keys, each with its check. */
const ADMIN_CHECKS: Record<string, Check> = {
  url: isUrlFolder,
  repo: (v) => (typeof v === "string" && /^[\w.-]+\/[\w.-]+$/.test(v) ? undefined : "un dépôt GitHub « propriétaire/nom »"),
  branch: isText,
};

const isAdmin: Check = (v) => {
  if (typeof v === "boolean") return undefined;
  const expected = "true, false ou { url, repo, branch }";
  if (v === null || typeof v !== "object" || Array.isArray(v)) return expected;
  for (const [key, value] of Object.entries(v)) {
    const check = ADMIN_CHECKS[key];
    if (!check) return `${expected} (« ${key} » inconnu)`;
    const problem = check(value);
    if (problem) return `pour « ${key} », ${problem}`;
  }
  return undefined;
};

const CHECKS: Record<keyof PlansActionOptions, Check> = {
  dataFile: isText,
  root: isText,
  url: isUrlFolder,
  layout: isText,
  layoutTitle: isBooleanOrAuto,
  page: isBoolean,
  frontMatter: (v) => (v !== null && typeof v === "object" && !Array.isArray(v) ? undefined : "un objet de données, par exemple { tags: [\"publication\"] }"),
  cards: (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : "un nombre entier de documents, 0 ou plus, par exemple 9"),
  pageSize: (v) => (Number.isInteger(v) && (v as number) >= 1 ? undefined : "un nombre entier de documents par page, au moins 1, par exemple 30"),
  ministryPages: isBoolean,
  openData: isBoolean,
  feed: isBoolean,
  assets: isBooleanOrAuto,
  lang: (v) => (v === "fr" || v === "en" ? undefined : "\"fr\" ou \"en\""),
  labels: isLabels,
  headingLevel: (v) => ([2, 3, 4, 5, 6].includes(v as number) ? undefined : "un nombre entier de 2 à 6"),
  dataKey: (v) => (typeof v === "string" && /^[A-Za-z_$][\w$]*$/.test(v) ? undefined : "un nom de variable (lettres, chiffres, _)"),
  copyFiles: isBoolean,
  assetsUrl: isUrlFolder,
  siteUrl: (v) => (v === "" || isSiteOrigin(v) ? undefined : "une adresse https:// sans chemin, par exemple \"https://www.exemple.gouv.fr\""),
  sitemap: isBooleanOrAuto,
  images: isBoolean,
  coversUrl: isUrlFolder,
  cacheDir: isText,
  admin: isAdmin,
};

function isSiteOrigin(v: unknown): boolean {
  if (typeof v !== "string" || !/^https?:\/\//.test(v)) return false;
  try {
    const url = new URL(v);
    return (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash && !url.username;
  } catch {
    return false;
  }
}

export const OPTION_NAMES = Object.keys(CHECKS) as Array<keyof PlansActionOptions>;

export class PlansActionOptionsError extends Error {
  override name = "Error";
  readonly skipOriginalStack = true;
}

/** Merge with the defaults and check every option; throws one error naming every bad option. */
export function resolveOptions(options: unknown = {}): ResolvedOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new PlansActionOptionsError(
      `plans-action : les options doivent être un objet, par exemple addPlugin(plansAction, { url: "/plans/" }). Reçu : ${JSON.stringify(options)}.`,
    );
  }
  const problems: string[] = [];
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const check = CHECKS[name as keyof PlansActionOptions];
    if (!check) {
      const guess = closestKey(name, OPTION_NAMES);
      problems.push(
        `option « ${name} » inconnue${guess ? ` : vouliez-vous écrire « ${guess} » ?` : ""} (options connues : ${OPTION_NAMES.join(", ")})`,
      );
      continue;
    }
    const expected = check(value);
    if (expected) problems.push(`option « ${name} » : attendu ${expected}, reçu ${JSON.stringify(value)}`);
  }
  if (problems.length) {
    throw new PlansActionOptionsError(`plans-action : ${problems.join(" ; ")}.`);
  }
  const merged = { ...getDefaults(), ...stripUndefined(options as PlansActionOptions) };
  const root = path.resolve(merged.root);
  // One spelling of the origin, without the trailing slash: `${siteUrl}${url}` is then a URL.
  const siteUrl = merged.siteUrl ? new URL(merged.siteUrl).origin : "";
  const standalone = merged.layout.startsWith(PLUGIN_LAYOUT_PREFIX);
  return {
    ...merged,
    root,
    siteUrl,
    dataPath: path.resolve(root, merged.dataFile),
    cachePath: path.resolve(root, merged.cacheDir),
    standalone,
    assets: merged.assets === "auto" ? standalone : merged.assets,
    sitemap: merged.sitemap === "auto" ? standalone : merged.sitemap,
    labels: resolveLabels(merged.lang, merged.labels),
    admin: resolveAdmin(merged.admin),
  };
}

/** `true` is the page at `/admin/`; an object keeps what it says. */
function resolveAdmin(admin: PlansActionOptions["admin"]): ResolvedAdmin {
  if (!admin) return false;
  const { url = "/admin/", ...rest } = admin === true ? {} : admin;
  return { url, ...rest };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
