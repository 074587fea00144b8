/**
 * Everything the plugin publishes besides the page itself, computed once per build from the
 * validated data (so nothing exists when the data is invalid): the open-data files with their
 * DSFR file details, the feed's content and the ministry pages.
 */
import { fileDetail } from "../format/file-details.ts";
import type { PlansData } from "../model.ts";
import { ministryPages, type MinistryPage } from "../pages/ministries.ts";
import { feedOf, type Feed } from "./feed.ts";
import { openData, openDataCsv, openDataSchemaJson } from "./open-data.ts";
import { absoluteUrl, besidePage } from "./urls.ts";

/** File names, published next to the page. */
export const PUBLISHED_FILES = {
  json: "plans-action.json",
  schema: "plans-action.schema.json",
  csv: "plans-action.csv",
  feed: "plans-action.atom",
} as const;

export interface GeneratedFile {
  /** Site path the file is written at. */
  url: string;
  content: string;
}

export interface DownloadLink {
  url: string;
  /** Link text. */
  label: string;
  /** `CSV - 2,1 ko`, as DSFR prints a download's details. */
  detail: string;
}

export interface PlansOutputs {
  files: GeneratedFile[];
  /** The open-data files as the page links them. */
  downloads: DownloadLink[];
  /** Absent without a site URL: Atom requires absolute ids. */
  feed?: Feed & { path: string };
  ministries: MinistryPage[];
}

export function plansOutputs(data: PlansData, opts: { url: string; siteUrl: string }): PlansOutputs {
  const at = (name: string) => besidePage(opts.url, name);
  const schemaUrl = at(PUBLISHED_FILES.schema);
  const records = openData(data, { siteUrl: opts.siteUrl, pageUrl: opts.url, schemaUrl });
  const json = { url: at(PUBLISHED_FILES.json), content: `${JSON.stringify(records, null, 2)}\n` };
  const csv = { url: at(PUBLISHED_FILES.csv), content: openDataCsv(records.plans) };
  const schema = { url: schemaUrl, content: openDataSchemaJson(absoluteUrl(opts.siteUrl, schemaUrl)) };
  const download = (file: GeneratedFile, format: string, label: string): DownloadLink => ({
    url: file.url,
    label,
    detail: fileDetail({ format, bytes: Buffer.byteLength(file.content, "utf8") }),
  });
  const feedPath = at(PUBLISHED_FILES.feed);
  return {
    files: [json, schema, csv],
    downloads: [
      download(csv, "CSV", "Télécharger la liste des documents"),
      download(json, "JSON", "Télécharger la liste des documents"),
    ],
    ...(opts.siteUrl
      ? { feed: { ...feedOf(data, { siteUrl: opts.siteUrl, pageUrl: opts.url, feedUrl: feedPath }), path: feedPath } }
      : {}),
    ministries: ministryPages(data, opts.url),
  };
}
