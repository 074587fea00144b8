/**
 * The open data of a generic list (`items:`): one row per file (a document in three formats is
 * three rows; a link to a web page, or an item still to come, is one row), with the columns the
 * list actually has. The JSON names its columns (`colonnes`), its JSON Schema describes exactly
 * them, and the CSV has them in the same order. A plans list keeps its own export (open-data.ts).
 */
import { stringify } from "../cjs.ts";
import type { Plan, PlanDocument, PlansData } from "../model.ts";
import { DATE_PATTERN, ITEM_DATE_PATTERN, LANGUAGE_PATTERN } from "../patterns.ts";
import { openDataHeader } from "./open-data.ts";
import { absoluteUrl } from "./urls.ts";

/** What a row links to. */
export const TARGET_KINDS = ["fichier du site", "fichier externe", "page du site", "page externe", "à paraître"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export type ItemCell = string | number | null;
export type ItemRecord = Record<string, ItemCell>;

interface Column {
  name: string;
  title: string;
  description: string;
  /** JSON Schema of a cell (null is added when the cell may be empty). */
  type: Record<string, unknown>;
  nullable: boolean;
}

const col = (name: string, title: string, description: string, type: Record<string, unknown>, nullable = true): Column => ({
  name,
  title,
  description,
  type,
  nullable,
});

/** Every list's columns, in CSV order. */
const BASE_COLUMNS: Column[] = [
  col("titre", "Titre", "Titre du document ou de la page.", { type: "string", minLength: 1 }, false),
  col("url", "Adresse", "Adresse du fichier ou de la page ; vide tant que le document est à paraître.", { type: "string", minLength: 1 }),
  col("type_cible", "Type de lien", "Ce vers quoi mène l’adresse.", { type: "string", enum: [...TARGET_KINDS] }, false),
  col("format", "Format", "Format du fichier, en capitales (PDF, ODS…).", { type: "string", minLength: 1 }),
  col("poids_octets", "Poids", "Poids du fichier, en octets, lorsqu’il est connu.", { type: "integer", minimum: 0 }),
  col("nombre_pages", "Nombre de pages", "Nombre de pages, lorsqu’il a été lu dans le fichier.", { type: "integer", minimum: 1 }),
  col("langue", "Langue", "Code ISO 639-1 de la langue du document.", { type: "string", pattern: LANGUAGE_PATTERN }, false),
];

/** Columns a list has only when one of its items uses the field. */
const OPTIONAL_COLUMNS: Array<Column & { of: (plan: Plan) => string | undefined }> = [
  { ...col("editeur", "Éditeur", "Organisme qui publie le document.", { type: "string", minLength: 1 }), of: (p) => p.ministry },
  { ...col("categorie", "Catégorie", "Catégorie du document dans la liste.", { type: "string", minLength: 1 }), of: (p) => p.category },
  {
    ...col("date", "Date", "Date du document : AAAA, AAAA-MM ou AAAA-MM-JJ.", { type: "string", pattern: ITEM_DATE_PATTERN }),
    of: (p) => p.date,
  },
  { ...col("description", "Description", "Description du document.", { type: "string" }), of: (p) => p.description },
  { ...col("badge", "Badge", "Mention mise en avant (« Nouveau »…).", { type: "string" }), of: (p) => p.badge },
];

/** The list's columns: the base ones, then the optional fields at least one item has. */
export function itemColumns(plans: readonly Plan[]): Column[] {
  return [...BASE_COLUMNS, ...OPTIONAL_COLUMNS.filter((c) => plans.some((plan) => c.of(plan) !== undefined))];
}

function fileCells(doc: PlanDocument, siteUrl: string): ItemRecord {
  return {
    url: absoluteUrl(siteUrl, doc.url),
    type_cible: doc.external ? "fichier externe" : "fichier du site",
    format: doc.format ?? null,
    poids_octets: doc.bytes ?? null,
    nombre_pages: doc.pages ?? null,
  };
}

const NO_FILE: ItemRecord = { format: null, poids_octets: null, nombre_pages: null };

/** An item's rows: one per file, or one for its page link, or one « à paraître ». */
export function itemRecords(plan: Plan, columns: readonly Column[], siteUrl: string): ItemRecord[] {
  const targets: Array<{ cells: ItemRecord; language: string }> = [];
  if (plan.files?.length) for (const file of plan.files) targets.push({ cells: fileCells(file, siteUrl), language: file.language });
  else if (plan.document) targets.push({ cells: fileCells(plan.document, siteUrl), language: plan.language });
  else if (plan.page) {
    const kind: TargetKind = plan.page.external ? "page externe" : "page du site";
    targets.push({ cells: { url: absoluteUrl(siteUrl, plan.page.url), type_cible: kind, ...NO_FILE }, language: plan.language });
  } else targets.push({ cells: { url: null, type_cible: "à paraître", ...NO_FILE }, language: plan.language });
  const optional = Object.fromEntries(OPTIONAL_COLUMNS.filter((c) => columns.some((k) => k.name === c.name)).map((c) => [c.name, c.of(plan) ?? null]));
  return targets.map(({ cells, language }) => {
    const all: ItemRecord = { titre: plan.title, ...cells, langue: language, ...optional };
    return Object.fromEntries(columns.map((c) => [c.name, all[c.name] ?? null]));
  });
}

export interface ItemsOpenData {
  $schema: string;
  titre: string;
  description: string;
  date_mise_a_jour: string;
  page: string;
  /** The columns of `elements` and of the CSV, in order. */
  colonnes: string[];
  elements: ItemRecord[];
}

export function itemsOpenData(data: PlansData, ctx: { siteUrl: string; pageUrl: string; schemaUrl: string }): ItemsOpenData {
  const columns = itemColumns(data.plans);
  return {
    ...openDataHeader(data, ctx),
    colonnes: columns.map((c) => c.name),
    elements: data.plans.flatMap((plan) => itemRecords(plan, columns, ctx.siteUrl)),
  };
}

/** The JSON Schema of this list's JSON: exactly its columns, each required (null when unknown). */
export function itemsOpenDataSchema(data: PlansData, schemaUrl: string): Record<string, unknown> {
  const columns = itemColumns(data.plans);
  const names = columns.map((c) => c.name);
  const properties = Object.fromEntries(
    columns.map((c) => [c.name, { title: c.title, description: c.description, ...(c.nullable ? { anyOf: [c.type, { type: "null" }] } : c.type) }]),
  );
  return {
    ...(/^https?:\/\//.test(schemaUrl) ? { $id: schemaUrl } : {}),
    $schema: "http://json-schema.org/draft-07/schema#",
    title: `${data.page.title} — données ouvertes`,
    description: "Les documents de la liste, un élément par fichier (mêmes colonnes que le CSV).",
    type: "object",
    additionalProperties: false,
    required: ["titre", "description", "date_mise_a_jour", "page", "colonnes", "elements"],
    properties: {
      $schema: { type: "string", description: "Adresse de ce schéma." },
      titre: { type: "string", minLength: 1, title: "Titre de la page" },
      description: { type: "string", title: "Description de la page" },
      date_mise_a_jour: { type: "string", pattern: DATE_PATTERN, title: "Date de mise à jour (AAAA-MM-JJ)" },
      page: { type: "string", minLength: 1, title: "Adresse de la page qui présente ces documents" },
      colonnes: { type: "array", title: "Colonnes des éléments et du CSV, dans l’ordre", const: names },
      elements: {
        type: "array",
        title: "Fichiers",
        description: "Un élément par fichier (un document en trois formats : trois éléments), dans l’ordre de la page.",
        items: { type: "object", additionalProperties: false, required: names, properties },
      },
    },
  };
}

/** The CSV: the same columns as the JSON, RFC 4180 as the plans' (CRLF, quotes when needed). */
export function itemsOpenDataCsv(openData: ItemsOpenData): string {
  const rows = openData.elements.map((record) => openData.colonnes.map((name) => record[name]));
  return stringify([[...openData.colonnes], ...rows], { record_delimiter: "windows" });
}
