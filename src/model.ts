/**
 * The validated, enriched data handed to templates (and to later exports): everything a card
 * shows is decided here, so templates only print.
 */
import type { NavigationInput } from "./schema.ts";

export interface PlanDocument {
  /** URL the card links to: a site path (`/docs/…`) or an https URL. */
  url: string;
  /** Whether the document lives on another site (an https link). */
  external: boolean;
  /** Absolute path of the file on disk, for a site document. */
  sourcePath?: string;
  /** Format from the extension, in capitals (`PDF`), when the link has one. */
  format?: string;
  /** Size in bytes: measured for a site file, read from `size` for an https link. */
  bytes?: number;
  /** `PDF - 1,06 Mo` (plus the language when not French), as DSFR prints file details. */
  detail: string;
  /** Page count, when read from the file (PDF facts); absent otherwise. */
  pages?: number;
  /** Whether the PDF is tagged (structure for assistive technologies), when read from the file. */
  tagged?: boolean;
}

export interface Plan {
  /** Position in the data file, from 0 (messages say `plans[3]`). */
  index: number;
  ministry: string;
  title: string;
  year: number;
  /** ISO 639-1 code of the document's language. */
  language: string;
  /** Site path of the cover image, when given. */
  cover?: string;
  /** Absolute path of the cover file on disk. */
  coverSourcePath?: string;
  /** Absent while the document is « À paraître ». */
  document?: PlanDocument;
}

export interface PlansPage {
  title: string;
  description: string;
  /** ISO date `2022-04-01`. */
  date: string;
  /** The same date in French: « 1er avril 2022 ». */
  dateLabel: string;
  image?: string;
  /** The intro's Markdown source. */
  intro?: string;
  navigation?: NavigationInput;
}

export interface PlansData {
  /** The data file the plans were read from (absolute path). */
  source: string;
  page: PlansPage;
  plans: Plan[];
  /** The distinct years of the plans, newest first. */
  years: number[];
}
