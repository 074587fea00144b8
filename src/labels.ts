/**
 * Every word the plugin's components show a visitor, in one table per language. French is the
 * default; English is provided so that the English page of a bilingual site reads in English. A
 * site overrides any entry with the `labels` option (the rest keeps the language's wording).
 */
import { formatBytes } from "./format/file-details.ts";
import { LANGUAGES } from "./generated/language-names.js";
import { frenchDate, FRENCH_MONTHS } from "./format/dates.ts";

export type Lang = "fr" | "en";

export interface Labels {
  /** A card whose document is not published yet. */
  forthcoming: string;
  /** Read by screen readers in a card's link, before the format and size. */
  download: string;
  filterByMinistry: string;
  otherMinistries: string;
  allMinistries: string;
  /** « Dernière mise à jour : » before the data file's date. */
  lastUpdated: string;
  openData: string;
  /** The link text of each open-data file. */
  downloadList: string;
  subscribeFeed: string;
  /** The header's link to the home page (its title: « Accueil - site - République Française »). */
  home: string;
  /** The footer's link to the home page. */
  backHome: string;
  /** The footer's licence sentence, before the licence's name (a link). */
  licence: string;
  licenceName: string;
  /** The breadcrumb's accessible name. */
  breadcrumb: string;
  skipLinks: string;
  skipToContent: string;
  /** A ministry page's count: `{count}` documents of this ministry. */
  ministryCountOne: string;
  ministryCountMany: string;
  /** The pagination's accessible name and its links (`{page}` is a page number). */
  pagination: string;
  firstPage: string;
  previousPage: string;
  nextPage: string;
  lastPage: string;
  pageNumber: string;
  /** After the title of pages 2..N (`{page}`, `{total}`), so every page has its own title. */
  pageOf: string;
  /** Before the links to the first page of each year, on a list of several pages. */
  byYear: string;
  /** A generic list's filter by publisher (`items:`; the plans list says « ministère »). */
  filterByPublisher: string;
  otherPublishers: string;
  allPublishers: string;
  /** A link that opens in a new window: its title is « <text> - nouvelle fenêtre » (DSFR's pattern). */
  newWindow: string;
  /** The title of the summary of a list's categories (DSFR `fr-summary`). */
  summary: string;
  /** Before the links to the first page of each category or publisher, on a list of several pages. */
  byCategory: string;
  byPublisher: string;
  /** A publisher page's count, in a generic list (`{count}` items of this publisher). */
  publisherCountOne: string;
  publisherCountMany: string;
}

const FR: Labels = {
  forthcoming: "À paraître",
  download: "télécharger",
  filterByMinistry: "Filtrer par ministère :",
  otherMinistries: "Autres ministères :",
  allMinistries: "Tous les ministères",
  lastUpdated: "Dernière mise à jour :",
  openData: "Données ouvertes",
  downloadList: "Télécharger la liste des documents",
  subscribeFeed: "S’abonner au flux Atom des documents publiés",
  home: "Accueil",
  backHome: "Retour à l’accueil du site",
  licence: "Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous",
  licenceName: "licence etalab-2.0",
  breadcrumb: "vous êtes ici :",
  skipLinks: "Accès rapide",
  skipToContent: "Contenu",
  ministryCountOne: "{count} document de ce ministère, toutes années confondues.",
  ministryCountMany: "{count} documents de ce ministère, toutes années confondues.",
  pagination: "Pagination",
  firstPage: "Première page",
  previousPage: "Page précédente",
  nextPage: "Page suivante",
  lastPage: "Dernière page",
  pageNumber: "Page {page}",
  pageOf: "page {page} sur {total}",
  byYear: "Par année :",
  filterByPublisher: "Filtrer par éditeur :",
  otherPublishers: "Autres éditeurs :",
  allPublishers: "Tous les éditeurs",
  newWindow: "nouvelle fenêtre",
  summary: "Sommaire",
  byCategory: "Par catégorie :",
  byPublisher: "Par éditeur :",
  publisherCountOne: "{count} élément de cet éditeur.",
  publisherCountMany: "{count} éléments de cet éditeur.",
};

const EN: Labels = {
  forthcoming: "Forthcoming",
  download: "download",
  filterByMinistry: "Filter by ministry:",
  otherMinistries: "Other ministries:",
  allMinistries: "All ministries",
  lastUpdated: "Last updated:",
  openData: "Open data",
  downloadList: "Download the list of documents",
  subscribeFeed: "Subscribe to the Atom feed of published documents",
  home: "Home",
  backHome: "Back to the home page",
  licence: "Unless explicitly stated otherwise regarding third-party intellectual property, the content of this site is available under the",
  licenceName: "etalab-2.0 licence",
  breadcrumb: "you are here:",
  skipLinks: "Quick access",
  skipToContent: "Content",
  ministryCountOne: "{count} document from this ministry, all years.",
  ministryCountMany: "{count} documents from this ministry, all years.",
  pagination: "Pagination",
  firstPage: "First page",
  previousPage: "Previous page",
  nextPage: "Next page",
  lastPage: "Last page",
  pageNumber: "Page {page}",
  pageOf: "page {page} of {total}",
  byYear: "By year:",
  filterByPublisher: "Filter by publisher:",
  otherPublishers: "Other publishers:",
  allPublishers: "All publishers",
  newWindow: "new window",
  summary: "Contents",
  byCategory: "By category:",
  byPublisher: "By publisher:",
  publisherCountOne: "{count} item from this publisher.",
  publisherCountMany: "{count} items from this publisher.",
};

export const LABELS: Readonly<Record<Lang, Readonly<Labels>>> = { fr: FR, en: EN };


export const LABEL_NAMES = Object.keys(FR) as Array<keyof Labels>;

/** The language's table with the site's overrides on top. */
export function resolveLabels(lang: Lang, overrides: Partial<Labels> = {}): Labels {
  return { ...LABELS[lang], ...overrides };
}

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** `2022-04-01` → « 1er avril 2022 » or « 1 April 2022 ». */
export function dateLabel(iso: string, lang: Lang): string {
  if (lang === "fr") return frenchDate(iso);
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${ENGLISH_MONTHS[m - 1]} ${y}`;
}

/** An item's date as written (`2024`, `2024-05`, `2024-05-13`) → « 2024 », « mai 2024 », « 13 mai 2024 ». */
export function itemDateLabel(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-");
  if (d !== undefined) return dateLabel(date, lang);
  if (m === undefined) return y!;
  return `${lang === "fr" ? FRENCH_MONTHS[Number(m) - 1] : ENGLISH_MONTHS[Number(m) - 1]} ${y}`;
}

/**
 * A document's details in the page's language: the French ones are DSFR's (`PDF - 1,06 Mo -
 * 8 pages - Anglais`, computed when the data was read); the English ones say the same in English
 * (`PDF - 1.06 MB - 8 pages - French`).
 */
export function documentDetail(
  doc: { detail: string; format?: string; bytes?: number; pages?: number },
  language: string,
  lang: Lang,
): string {
  if (lang === "fr") return doc.detail;
  const out: string[] = [];
  if (doc.format) out.push(doc.format);
  if (doc.bytes !== undefined) out.push(englishBytes(doc.bytes));
  if (doc.pages !== undefined && doc.pages > 0) out.push(`${doc.pages} page${doc.pages > 1 ? "s" : ""}`);
  if (language !== "en") out.push(Object.hasOwn(LANGUAGES, language) ? LANGUAGES[language]![1] : language);
  return out.join(" - ");
}

/** The open-data links' details (`CSV - 2,1 ko`) in the page's language. */
export function fileDetailIn(detail: string, lang: Lang): string {
  if (lang === "fr") return detail;
  return detail.replace(/(\d+)(?:,(\d+))? (octets|ko|Mo|Go|To)/, (_m, int: string, dec: string | undefined, unit: string) => {
    const units: Record<string, string> = { octets: "bytes", ko: "kB", Mo: "MB", Go: "GB", To: "TB" };
    return `${int}${dec ? `.${dec}` : ""} ${units[unit]}`;
  });
}

function englishBytes(bytes: number): string {
  return fileDetailIn(formatBytes(bytes), "en");
}

/** `{count}` and `{page}` filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
