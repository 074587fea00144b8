/**
 * eleventy-plugin-plans-action: publish a government body's lists of documents and resources as
 * accessible, eco-designed DSFR pages, from YAML files an editor keeps.
 *
 * What is exported here is the supported API, and nothing else: every export is a promise to
 * keep. A site uses the plugin and its options; a tool reads a data file (`loadPlansFile`) and
 * prints its problems; templates get the shortcodes, filters and global data the README lists.
 */
export { default } from "./plugin.ts";
export type { AdminOptions, PlansActionOptions } from "./options.ts";
export { getDefaults } from "./options.ts";
export type { Labels, Lang } from "./labels.ts";
export { LABELS } from "./labels.ts";
export type { ShortcodeName } from "./shortcodes.ts";
export { loadPlansFile } from "./load/load-plans.ts";
export type { LoadOptions, LoadResult } from "./load/load-plans.ts";
export type { CoverImage, ItemFile, ItemPage, ListRules, PageLink, Plan, PlanDocument, PlansData, PlansPage } from "./model.ts";
export type { Grouping, ItemInput, ListInput, Presentation, Requirable } from "./schema-items.ts";
export type { Diagnostic, Severity } from "./diagnostics.ts";
export { formatDiagnostic, formatDiagnostics, PlansDataError } from "./diagnostics.ts";
export type { OpenData, OpenDataRecord } from "./export/open-data-schema.ts";
