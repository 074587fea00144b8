/**
 * The items a published page lists, read from its `<main>` in page order: DSFR cards and tiles,
 * download links (`fr-link--download`, the older `fr-fi-download-line`, any link to a document
 * file), and links that make up a list (`<li>`) — each under the heading above it, its category.
 * Everything else that links or shows an image (a link in a sentence, an image in the text) is
 * left out and counted, for the editor to finish by hand.
 */
import { readDetail, readTrailing, splitTitle, type DetailFields } from "./details.ts";
import {
  attr,
  byClass,
  byTag,
  childNodes,
  children,
  colOf,
  findAll,
  findFirst,
  hasClass,
  headingLevel,
  isElement,
  isNavigation,
  isText,
  lineOf,
  visibleText,
  type Element,
} from "./html.ts";
import { linkExtension } from "../validate/site-paths.ts";
import { resolveHref, type PageAddress, type Target } from "./targets.ts";

export type ItemKind = "card" | "tile" | "download" | "link";

export interface ImportedImage {
  /** As the page wrote it, resolved like a link. */
  target: Target;
  alt: string;
  line: number;
  col: number;
}

export interface ImportedItem {
  kind: ItemKind;
  /** Line and column of the item's link (or title) in the HTML file. */
  line: number;
  col: number;
  title: string;
  target: Target;
  fields: DetailFields;
  /** The detail text the page printed, when it is read into `fields` (for comments). */
  detail?: string;
  description?: string;
  publisher?: string;
  badge?: string;
  cover?: ImportedImage;
  category?: string;
}

export interface Extraction {
  items: ImportedItem[];
  /** Links and images of the content that are not list items (prose links, images in the text). */
  skipped: { links: number; images: number };
}

/** Links that a page offers as downloads, whatever their target. */
const DOWNLOAD_CLASSES = ["fr-link--download", "fr-fi-download-line", "fr-download__link", "fr-icon-download-line"];
/** Parts of `<main>` that list no document: a set of tags is the site's filter. */
const NOT_CONTENT = ["fr-tags-group"];
/** Elements an `<li>`'s link may sit in and still be the item itself (`<li><strong><a>`). */
const INLINE = new Set(["strong", "em", "b", "i", "span", "small", "mark", "cite", "q", "abbr"]);
/** Extensions that make a link in a sentence a document of the list (not an image, a page or source text). */
const DOCUMENT_FILES = new Set("pdf odt ods odp odg docx xlsx pptx doc xls ppt rtf csv txt zip epub".split(" "));
/** Words that join two links of one `<li>` (« partie 1 et partie 2 »). */
const CONNECTORS = /^[\s,;:/|()–—-]*(?:(?:et|ou|&)[\s,;:/|()–—-]*)?$/i;

export function extractItems(main: Element, page: PageAddress): Extraction {
  const items: ImportedItem[] = [];
  const coverLinks: Array<{ target: Target; image: ImportedImage }> = [];
  const skipped = { links: 0, images: 0 };
  let category: string | undefined;

  const walk = (node: Element): void => {
    for (const child of children(node)) {
      if (isNavigation(child) || NOT_CONTENT.some((name) => hasClass(child, name))) continue;
      const level = headingLevel(child);
      if (level !== undefined) {
        category = level === 1 ? undefined : visibleText(child) || category;
        skipped.links += findAll(child, byTag("a")).length;
        continue;
      }
      if (hasClass(child, "fr-card") || hasClass(child, "fr-tile")) {
        const item = readCard(child, hasClass(child, "fr-card") ? "card" : "tile", page);
        if (item) items.push({ ...item, ...(category ? { category } : {}) });
        else skipped.links += findAll(child, byTag("a")).length;
        continue;
      }
      if (child.tagName === "a") {
        const image = findFirst(child, byTag("img"));
        if (image && visibleText(child) === "") {
          coverLinks.push({ target: resolveHref(attr(child, "href"), page), image: imageOf(image, page) });
          continue;
        }
        const item = readLink(child, page);
        if (item) items.push({ ...item, ...(category ? { category } : {}) });
        else skipped.links += 1;
        continue;
      }
      if (child.tagName === "img") {
        skipped.images += 1;
        continue;
      }
      walk(child);
    }
  };
  walk(main);

  // An image that links to an item's document is that item's cover (a guide's cover beside its download link).
  for (const { target, image } of coverLinks) {
    const item = target.kind === "link" ? items.find((i) => i.target.kind === "link" && i.target.link === target.link && !i.cover) : undefined;
    if (item) item.cover = image;
    else skipped.links += 1;
  }
  return { items: withPublishers(withCategories(items)), skipped };
}

function imageOf(image: Element, page: PageAddress): ImportedImage {
  return { target: resolveHref(attr(image, "src"), page), alt: (attr(image, "alt") ?? "").trim(), line: lineOf(image), col: colOf(image) };
}

/** A DSFR card or tile: its title and link, description, details, badge and image. */
function readCard(element: Element, kind: "card" | "tile", page: PageAddress): Omit<ImportedItem, "category"> | undefined {
  const prefix = kind === "card" ? "fr-card" : "fr-tile";
  const heading = findFirst(element, byClass(`${prefix}__title`));
  if (!heading) return undefined;
  const link = findFirst(heading, byTag("a")) ?? findFirst(element, byClass(`${prefix}__link`));
  const target = link ? resolveHref(attr(link, "href"), page) : ({ kind: "forthcoming" } as const);
  if (target.kind === "elsewhere") return undefined;
  const { title, fields = {}, detail } = splitTitle(visibleText(link ?? heading));
  if (title === "") return undefined;
  const item: Omit<ImportedItem, "category"> = { kind, line: lineOf(link ?? heading), col: colOf(link ?? heading), title, target, fields, ...(detail ? { detail } : {}) };
  const description = textOf(element, `${prefix}__desc`);
  if (description) item.description = description;
  for (const node of findAll(element, byClass(`${prefix}__detail`))) {
    const text = visibleText(node);
    const read = readDetail(text);
    if (read) {
      item.fields = { ...read, ...item.fields };
      item.detail ??= text;
    } else if (!item.publisher && findAncestorClass(node, element, `${prefix}__start`) && text) {
      // The plugin's own cards, and DSFR's examples, put the publisher at the start of the card.
      item.publisher = text;
    }
  }
  const time = findFirst(element, byTag("time"));
  const date = time && readDetail(attr(time, "datetime") ?? visibleText(time))?.date;
  if (date && !item.fields.date) item.fields.date = date;
  const badge = textOf(element, "fr-badge");
  if (badge) item.badge = badge;
  const frame = findFirst(element, (e) => hasClass(e, `${prefix}__img`) || hasClass(e, `${prefix}__pictogram`));
  const image = frame && findFirst(frame, byTag("img"));
  if (image) item.cover = imageOf(image, page);
  return item;
}

function textOf(root: Element, className: string): string | undefined {
  const found = findFirst(root, byClass(className));
  return (found && visibleText(found)) || undefined;
}

function findAncestorClass(node: Element, stop: Element, className: string): boolean {
  for (let p = node.parentNode as Element | null; p && p !== stop; p = p.parentNode as Element | null) {
    if (isElement(p) && hasClass(p, className)) return true;
  }
  return false;
}

/** A link outside cards: an item when it is a download, a document file, or one of a list's links. */
function readLink(link: Element, page: PageAddress): Omit<ImportedItem, "category"> | undefined {
  const target = resolveHref(attr(link, "href"), page);
  if (target.kind === "elsewhere") return undefined;
  const download =
    attr(link, "download") !== undefined ||
    DOWNLOAD_CLASSES.some((name) => hasClass(link, name) || findFirst(link, byClass(name)) !== undefined);
  const inList = listContext(link);
  const documentFile = target.kind === "link" && target.file && DOCUMENT_FILES.has(linkExtension(target.link));
  if (!download && !inList && !documentFile) return undefined;
  const detailElement = findFirst(link, (e) => hasClass(e, "fr-link__detail") || hasClass(e, "fr-download__detail"));
  const text = visibleText(link, (e) => e === detailElement);
  const split = splitTitle(text);
  let fields: DetailFields = split.fields ?? {};
  let detail = split.detail;
  if (detailElement) {
    const read = readDetail(visibleText(detailElement));
    if (read) [fields, detail] = [{ ...read, ...fields }, visibleText(detailElement)];
  }
  const kind: ItemKind = inList && !download ? "link" : "download";
  const title = kind === "download" ? withoutDownloadVerb(split.title) : split.title;
  if (title === "") return undefined;
  const item: Omit<ImportedItem, "category"> = { kind, line: lineOf(link), col: colOf(link), title, target, fields, ...(detail ? { detail } : {}) };
  if (inList?.after) {
    const trailing = readTrailing(inList.after);
    item.fields = { ...trailing.fields, ...item.fields };
    if (trailing.rest.length > 0) item.description = trailing.rest.join(", ");
  }
  return item;
}

/** « Télécharger le guide X » → « Guide X »: the page's verb, not the document's title. */
function withoutDownloadVerb(title: string): string {
  const rest = title.replace(/^télécharger\s+(?:(?:le|la|les|un|une|des)\s+|l[’']\s*)?/i, "");
  return rest === title || rest === "" ? title : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * When `link` is one of the links an `<li>` starts with (nothing but other links and « et »
 * before it): the text after it, up to the next link, which may hold its detail and date.
 */
function listContext(link: Element): { after: string } | undefined {
  let li: Element | undefined;
  for (let p = link.parentNode as Element | null; p && isElement(p); p = p.parentNode as Element | null) {
    if (p.tagName === "li") {
      li = p;
      break;
    }
    if (!INLINE.has(p.tagName)) return undefined;
  }
  if (!li) return undefined;
  const segments: Array<string | Element> = [];
  const flatten = (node: Element): boolean => {
    for (const child of childNodes(node)) {
      if (isText(child)) segments.push(child.value);
      else if (isElement(child) && child.tagName === "a") segments.push(child);
      else if (isElement(child) && (INLINE.has(child.tagName) || child.tagName === "br")) {
        if (!flatten(child)) return false;
      } else if (isElement(child)) return false; // a nested list or block: the li's own words end here
    }
    return true;
  };
  flatten(li);
  const at = segments.indexOf(link);
  if (at < 0) return undefined;
  const before = segments.slice(0, at).filter((s): s is string => typeof s === "string").join("");
  if (!CONNECTORS.test(before)) return undefined;
  const next = segments.findIndex((s, i) => i > at && typeof s !== "string");
  const after = segments.slice(at + 1, next < 0 ? undefined : next).join("");
  return { after: after.replace(/[ \t\n\r\f]+/g, " ").trim() };
}

/** Headings as categories when the page's items sit under at least two of them; otherwise none. */
function withCategories(items: ImportedItem[]): ImportedItem[] {
  const categories = new Set(items.map((i) => i.category).filter(Boolean));
  if (categories.size >= 2) return items;
  return items.map(({ category: _, ...item }) => item);
}

/**
 * « Ministère de la Culture : Plan d’action » → publisher and title, when every item of the page
 * names its publisher that way (one title with a colon is just a title).
 */
function withPublishers(items: ImportedItem[]): ImportedItem[] {
  const pattern = /^(\S.{1,98}?)\s+:\s+(\S.*)$/;
  if (items.length < 2 || items.some((i) => i.publisher || !pattern.test(i.title))) return items;
  return items.map((item) => {
    const [, publisher, title] = pattern.exec(item.title)!;
    return { ...item, publisher: publisher!, title: title! };
  });
}
