/**
 * The open-data files, generated from the same validated data as the page: `plans-action.json`
 * (described by `plans-action.schema.json`) and `plans-action.csv`, one document per record.
 * Pure functions: the plugin writes what they return.
 */
import { stringify } from "../cjs.ts";
import type { Plan, PlansData } from "../model.ts";
import type { OpenData, OpenDataRecord } from "./open-data-schema.ts";
import { OPEN_DATA_JSON_SCHEMA } from "../generated/open-data-json-schema.js";
import { STATUS_PUBLISHED, STATUS_UPCOMING } from "./open-data-status.ts";

/** The CSV header, from the schema: the two formats cannot disagree on columns. */
export const OPEN_DATA_COLUMNS = Object.keys(OPEN_DATA_JSON_SCHEMA.properties.plans.items.properties) as Array<keyof OpenDataRecord>;
import { absoluteUrl } from "./urls.ts";

export function openDataRecord(plan: Plan, siteUrl: string): OpenDataRecord {
  const doc = plan.document;
  return {
    // A plans file's plans always have both (its rules require them).
    ministere: plan.ministry ?? "",
    titre: plan.title,
    annee: plan.year ?? 0,
    url_document: doc ? absoluteUrl(siteUrl, doc.url) : null,
    format: doc?.format ?? null,
    poids_octets: doc?.bytes ?? null,
    nombre_pages: doc?.pages ?? null,
    langue: plan.language,
    pdf_balise: doc?.tagged ?? null,
    statut: doc ? STATUS_PUBLISHED : STATUS_UPCOMING,
  };
}

export interface OpenDataContext {
  /** The site's origin, or "" to keep site paths. */
  siteUrl: string;
  /** Site path of the page that shows the plans. */
  pageUrl: string;
  /** Site path of the published schema. */
  schemaUrl: string;
}

/** What every open-data file says first, whatever its list: its schema, its page, its date. */
export function openDataHeader(data: PlansData, ctx: OpenDataContext) {
  return {
    $schema: absoluteUrl(ctx.siteUrl, ctx.schemaUrl),
    titre: data.page.title,
    description: data.page.description,
    date_mise_a_jour: data.page.date,
    page: absoluteUrl(ctx.siteUrl, ctx.pageUrl),
  };
}

export function openData(data: PlansData, ctx: OpenDataContext): OpenData {
  return {
    ...openDataHeader(data, ctx),
    plans: data.plans.map((plan) => openDataRecord(plan, ctx.siteUrl)),
  };
}

/** The published schema of `plans-action.json` (with its address as `$id` when it is a URL). */
export function openDataSchemaJson(schemaUrl: string): string {
  const id = /^https?:\/\//.test(schemaUrl) ? { $id: schemaUrl } : {};
  return `${JSON.stringify({ ...id, ...OPEN_DATA_JSON_SCHEMA }, null, 2)}\n`;
}

/**
 * RFC 4180 CSV through csv-stringify: comma separator, a header row, fields quoted when they hold
 * a comma, a quote or a line break (quotes doubled), CRLF line ends, UTF-8 without BOM.
 * Unknown values are empty cells; booleans are `true`/`false`.
 */
export function openDataCsv(records: readonly OpenDataRecord[]): string {
  // Rows as arrays, the header first: csv-stringify then looks up no column by name per cell
  // (a third faster on 10,000 records).
  const rows = records.map((record) => OPEN_DATA_COLUMNS.map((key) => record[key]));
  return stringify([[...OPEN_DATA_COLUMNS], ...rows], {
    record_delimiter: "windows",
    cast: { boolean: (value) => String(value) },
  });
}
