/**
 * The open data's two publication statuses: read by the schema (src/export/open-data-schema.ts)
 * and by the export at run time, without loading the schema library.
 */
export const STATUS_PUBLISHED = "publié" as const;
export const STATUS_UPCOMING = "à paraître" as const;
