/**
 * A generic list's items (`items:`): each checked against the rules of its list, then turned into
 * the model the templates print. A title is all every item needs; its link may lead to a file of
 * the site, a file elsewhere, a page of the site or a page elsewhere; a document in several
 * formats lists them under `files`.
 */
import { fileDetail, formatFromLink } from "../format/file-details.ts";
import type { ItemFile, ListRules, PageLink, Plan, PlanDocument } from "../model.ts";
import type { Requirable } from "../schema-items.ts";
import type { RuleContext } from "../validate/context.ts";
import { checkItemDate } from "../validate/dates.ts";
import { checkLanguage } from "../validate/languages.ts";
import { closestKey, hintFor } from "../validate/messages.ts";
import { checkImage, checkLink, type LinkCheck } from "../validate/site-paths.ts";
import { checkSize } from "../validate/sizes.ts";
import { formatPath, type PathSegment } from "./yaml.ts";
import { requiredBecause } from "./list-rules.ts";

export interface CheckedItems {
  items: Plan[];
  pageLinks: PageLink[];
}

type Raw = Record<string, unknown>;

const FIELD_OF: Record<Requirable, string> = {
  link: "link",
  date: "date",
  category: "category",
  publisher: "publisher",
  description: "description",
  cover: "cover",
  size: "size",
};

export function checkItems(ctx: RuleContext, raw: unknown, rules: ListRules): CheckedItems | undefined {
  if (!Array.isArray(raw)) return undefined;
  const items: Plan[] = [];
  const pageLinks: PageLink[] = [];
  const byLink = new Map<string, number>();
  const requiresSize = rules.required.includes("size");
  raw.forEach((value: unknown, index) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return; // the schema check said so
    const item = value as Raw;
    const at = ["items", index] as const;
    checkRequired(ctx, rules, item, at);
    if (item.link !== undefined && item.files !== undefined) {
      ctx.report(
        "erreur",
        [...at, "files"],
        "l’élément a à la fois « link » et « files »",
        "Gardez « link » pour un seul fichier, ou mettez ce lien parmi les « files » et supprimez la ligne « link: »",
      );
    }
    const language = typeof item.language === "string" ? item.language : "fr";
    if (item.language !== undefined) checkLanguage(ctx, [...at, "language"], item.language);
    const format = typeof item.format === "string" ? item.format.toUpperCase() : undefined;
    const link = checkLink(ctx, [...at, "link"], item.link, { pages: true, ...(format ? { format } : {}) });
    const bytes = checkSize(ctx, [...at, "size"], item.size, link, requiresSize);
    if (link.kind === "site-page") pageLinks.push({ url: link.url, at: [...at, "link"] });
    checkDuplicate(ctx, byLink, rules, item, index, link);
    const files = Array.isArray(item.files) ? checkFiles(ctx, [...at, "files"], item.files, language, requiresSize) : undefined;
    const date = item.date !== undefined ? checkItemDate(ctx, [...at, "date"], item.date) : undefined;
    const category = checkCategory(ctx, rules, item.category, [...at, "category"]);
    const coverSourcePath = item.cover !== undefined ? checkImage(ctx, [...at, "cover"], item.cover) : undefined;
    if (item.coverAlt !== undefined && item.cover === undefined) {
      ctx.report("avertissement", [...at, "coverAlt"], "un texte d’image est donné pour un élément sans image", "Ajoutez « cover: » avec le chemin de l’image, ou supprimez la ligne « coverAlt: »");
    }
    if (typeof item.title !== "string") return;
    const text = (v: unknown) => (typeof v === "string" ? v.trim() : undefined);
    const result: Plan = {
      index,
      title: item.title.trim(),
      language,
      languageSource: typeof item.language === "string" ? "data" : "default",
      ...(text(item.publisher) ? { ministry: text(item.publisher)! } : {}),
      ...(date ? { date, year: Number(date.slice(0, 4)) } : {}),
      ...(text(item.description) ? { description: text(item.description)! } : {}),
      ...(category ? { category } : {}),
      ...(text(item.badge) ? { badge: text(item.badge)! } : {}),
      ...(typeof item.cover === "string" && coverSourcePath ? { cover: item.cover, coverSourcePath } : {}),
      ...(text(item.coverAlt) && coverSourcePath ? { coverAlt: text(item.coverAlt)! } : {}),
    };
    const document = documentOf(link, item.link, bytes, language, format);
    if (document) result.document = document;
    if (link.kind === "site-page" || link.kind === "external-page") result.page = { url: link.url, external: link.kind === "external-page" };
    if (files) result.files = files;
    items.push(result);
  });
  return { items, pageLinks };
}

/** A file link as the model's document, with DSFR's detail (`PDF - 1,06 Mo`). */
export function documentOf(
  link: LinkCheck,
  written: unknown,
  bytes: number | undefined,
  language: string,
  format?: string,
): PlanDocument | undefined {
  if (link.kind !== "site" && link.kind !== "external") return undefined;
  const url = link.kind === "site" ? String(written).trim() : link.url;
  const fmt = format ?? formatFromLink(url);
  const size = link.kind === "site" ? link.bytes : bytes;
  return {
    url,
    external: link.kind === "external",
    ...(link.kind === "site" ? { sourcePath: link.absolute } : {}),
    ...(fmt ? { format: fmt } : {}),
    ...(size !== undefined ? { bytes: size } : {}),
    detail: fileDetail({ ...(fmt ? { format: fmt } : {}), ...(size !== undefined ? { bytes: size } : {}), language }),
  };
}

function checkFiles(ctx: RuleContext, at: readonly PathSegment[], files: unknown[], itemLanguage: string, requiresSize: boolean): ItemFile[] {
  const out: ItemFile[] = [];
  const seen = new Map<string, number>();
  files.forEach((value, j) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return; // the schema check said so
    const file = value as Raw;
    const here = [...at, j] as const;
    const format = typeof file.format === "string" ? file.format.toUpperCase() : undefined;
    const link = checkLink(ctx, [...here, "link"], file.link, format ? { format } : {});
    const bytes = checkSize(ctx, [...here, "size"], file.size, link, requiresSize);
    if (file.language !== undefined) checkLanguage(ctx, [...here, "language"], file.language);
    if (typeof file.link === "string" && (link.kind === "site" || link.kind === "external")) {
      const key = file.link.trim();
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.report(
          "erreur",
          [...here, "link"],
          `ce fichier figure déjà dans ${formatPath([...at, first])} (ligne ${ctx.positions.valueAt([...at, first, "link"]).line}) : deux formats d’un élément sont le même fichier`,
          "Supprimez le doublon, ou corrigez le lien de l’un des deux formats",
        );
      } else seen.set(key, j);
    }
    const language = typeof file.language === "string" ? file.language : itemLanguage;
    const document = documentOf(link, file.link, bytes, language, format);
    if (!document) return;
    const label = typeof file.label === "string" ? file.label.trim() : (document.format ?? "Fichier");
    out.push({ ...document, label, language });
  });
  return out;
}

function checkRequired(ctx: RuleContext, rules: ListRules, item: Raw, at: readonly PathSegment[]): void {
  for (const field of ["link", "date", "category", "publisher", "description", "cover", "size"] as const) {
    const why = requiredBecause(rules, field);
    if (!why) continue;
    const present = field === "link" ? item.link !== undefined || item.files !== undefined : field === "size" ? true : item[FIELD_OF[field]] !== undefined;
    if (present) continue;
    ctx.report("erreur", at, `le champ « ${field} » manque : ${why}`, hintFor([...at, field]));
  }
}

function checkCategory(ctx: RuleContext, rules: ListRules, value: unknown, at: readonly PathSegment[]): string | undefined {
  if (typeof value !== "string") return undefined;
  const category = value.trim();
  if (rules.categories.length === 0 || rules.categories.includes(category)) return category;
  const suggestion = closestKey(category, rules.categories);
  ctx.report(
    "erreur",
    at,
    `la catégorie « ${category} » n’est pas déclarée dans « list.categories »`,
    suggestion
      ? `Vouliez-vous écrire « ${suggestion} » ? Sinon, ajoutez « ${category} » à « categories » dans « list: »`
      : `Écrivez une des catégories déclarées (${rules.categories.join(", ")}), ou ajoutez « ${category} » à « categories » dans « list: »`,
  );
  return undefined;
}

/** Two items should not share a link (a warning), but in a list by category one resource may sit under two headings. */
function checkDuplicate(ctx: RuleContext, byLink: Map<string, number>, rules: ListRules, item: Raw, index: number, link: LinkCheck): void {
  if (typeof item.link !== "string" || link.kind === "none" || link.kind === "invalid") return;
  const key = `${item.link.trim()}\u0000${rules.groupBy === "category" ? String(item.category ?? "") : ""}`;
  const first = byLink.get(key);
  if (first === undefined) {
    byLink.set(key, index);
    return;
  }
  // A warning, not an error: the page is still right, only longer than it needs to be.
  ctx.report(
    "avertissement",
    ["items", index, "link"],
    `le même lien figure déjà dans items[${first}] (ligne ${ctx.positions.valueAt(["items", first, "link"]).line})${rules.groupBy === "category" ? ", dans la même catégorie" : ""}`,
    "Supprimez le doublon, ou corrigez le lien de l’un des deux éléments",
  );
}
