/**
 * The validated, enriched data handed to templates (and to later exports): everything a card
 * shows is decided here, so templates only print.
 */
import type { NavigationInput } from "./schema.ts";
import type { Grouping, Presentation, Requirable } from "./schema-items.ts";

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
  /** Number of pages, read from a site PDF. */
  pages?: number;
  /**
   * Whether a site PDF is tagged (`/MarkInfo /Marked` or a structure tree): a first sign of an
   * accessible document (RGAA 13.3). An untagged PDF gives a build warning.
   */
  tagged?: boolean;
  /** The language a site PDF declares in its catalog (`/Lang`), as written there (`fr-FR`). */
  pdfLanguage?: string;
  /** `PDF - 1,06 Mo - 8 pages` (with the language when not French), as DSFR prints file details. */
  detail: string;
}

/** One format of a document offered in several (`files:`): a file with its own label. */
export interface ItemFile extends PlanDocument {
  /** `label` from the data, else the format (« ODS »), else « Fichier ». */
  label: string;
  /** The file's own language, when it differs from the item's. */
  language: string;
}

/** A link to a web page rather than a file: one of the site's pages, or another site's. */
export interface ItemPage {
  /** A site path (`/publications/guide/`), checked against the pages the site builds, or an https URL. */
  url: string;
  external: boolean;
}

/** A card's cover, ready to print as a `<picture>`: every file is sized and compressed. */
export interface CoverImage {
  /** The plan's `cover`, the first page of its PDF, or the neutral placeholder. */
  origin: "cover" | "document" | "placeholder";
  /** One `<source>` per format before the `<img>`'s (AVIF); empty for SVG. */
  sources: Array<{ type: string; srcset: string }>;
  /** The `<img>` itself (WebP, or the SVG): its largest file… */
  src: string;
  /** …and all its widths, when there are several. */
  srcset?: string;
  /** Intrinsic size of `src`, so the card reserves its place before the image arrives. */
  width: number;
  height: number;
}

/**
 * One item of a list. A plans file's items (`plans:`) always have `ministry` and `year`; a generic
 * list's (`items:`) have a title and what their list requires. The name stays `Plan`, and the
 * publisher stays `ministry`, so that the plans list's templates and exports read as they did.
 */
export interface Plan {
  /** Position in the data file, from 0 (messages say `plans[3]` or `items[3]`). */
  index: number;
  /** The ministry, or any publisher (`publisher:` in a generic list). */
  ministry?: string;
  title: string;
  /** The plan's year; an item's, from its `date`. */
  year?: number;
  /** An item's date as written: `2024`, `2024-05` or `2024-05-13`. */
  date?: string;
  /** Plain text. */
  description?: string;
  /** One of the list's `categories`. */
  category?: string;
  badge?: string;
  /** The cover's text alternative; absent, the cover is decorative. */
  coverAlt?: string;
  /** A document offered in several formats; `document` is then absent. */
  files?: ItemFile[];
  /** A link to a web page; `document` is then absent. */
  page?: ItemPage;
  /** ISO 639-1 code of the document's language. */
  language: string;
  /** Where `language` comes from: the data file, the PDF's own `/Lang`, or the default (French). */
  languageSource: "data" | "document" | "default";
  /** Site path of the cover image, when given. */
  cover?: string;
  /** Absolute path of the cover file on disk. */
  coverSourcePath?: string;
  /** Absent while the document is « À paraître ». */
  document?: PlanDocument;
  /** The cover as the card prints it; set by the enrichment step (`src/enrich/`). */
  image?: CoverImage;
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

/**
 * A link to a page of the site (`/publications/guide/`), where the data file writes it: checked
 * once Eleventy knows the site's pages.
 */
export interface PageLink {
  url: string;
  /** Its path in the data file: `["items", 3, "link"]`. */
  at: readonly (string | number)[];
}

/** What a list says of its items: where they are in the file, how they show, what they need. */
export interface ListRules {
  /** The data file's key: `plans` (ministries' plans) or `items` (any list). */
  itemsKey: "plans" | "items";
  presentation: Presentation;
  groupBy: Grouping;
  /** Heading order when grouped by category. */
  categories: string[];
  /** Fields every item must have, beside its title (`ministry` is `publisher`). */
  required: Requirable[];
}

export interface PlansData {
  /** The data file the plans were read from (absolute path). */
  source: string;
  page: PlansPage;
  /** The list's rules; a plans file's are the defaults that reproduce the plans page. */
  list: ListRules;
  /** The list's items (a plans file's plans). */
  plans: Plan[];
  /** The distinct years of the plans, newest first. */
  years: number[];
}
