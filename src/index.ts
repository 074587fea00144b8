/**
 * eleventy-plugin-plans-action: publish a government body's documents as an accessible,
 * eco-designed DSFR page, from a YAML file an editor keeps.
 */
export { default, renderMarkdown, PLUGIN_INCLUDES } from "./plugin.ts";
export type { PlansActionOptions } from "./options.ts";
export { getDefaults, resolveOptions } from "./options.ts";
export { loadPlansFile, loadPlansSource, frenchDate } from "./load/load-plans.ts";
export type { LoadOptions, LoadResult } from "./load/load-plans.ts";
export type { CoverImage, Plan, PlanDocument, PlansData, PlansPage } from "./model.ts";
export { enrichPlans } from "./enrich/enrich-plans.ts";
export type { EnrichOptions, EnrichResult, LinkedFile } from "./enrich/enrich-plans.ts";
export { readPdfFacts, primaryLanguage } from "./enrich/pdf-facts.ts";
export type { PdfFacts } from "./enrich/pdf-facts.ts";
export { PdfReadError } from "./enrich/pdf-document.ts";
export type { Diagnostic, Severity } from "./diagnostics.ts";
export { formatDiagnostic, formatDiagnostics, PlansDataError } from "./diagnostics.ts";
export { fileDetail, formatBytes, parseSize, formatFromLink, languageName } from "./format/file-details.ts";
export type { PlanInput, PageInput, PlansFileInput } from "./schema.ts";
export { plansOutputs, PUBLISHED_FILES } from "./export/outputs.ts";
export type { PlansOutputs, DownloadLink, GeneratedFile } from "./export/outputs.ts";
export {
  openData,
  openDataCsv,
  openDataRecord,
  OpenDataSchema,
  OpenDataRecordSchema,
  OPEN_DATA_COLUMNS,
} from "./export/open-data.ts";
export type { OpenData, OpenDataRecord } from "./export/open-data-schema.ts";
export { collectionJsonLd, serializeJsonLd } from "./export/json-ld.ts";
export { ministryPages, ministrySlug } from "./pages/ministries.ts";
export type { MinistryPage } from "./pages/ministries.ts";
export { groupByYear } from "./pages/years.ts";
export type { YearGroup } from "./pages/years.ts";
