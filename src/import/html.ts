/**
 * The published page as parse5 reads it (the browsers' own parsing rules, with each element's
 * line), and the few questions the import asks of its elements: tag, classes, attributes, visible
 * text, and whether an element is the site's navigation rather than the page's content.
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";

export type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];
export type Document = DefaultTreeAdapterMap["document"];

/**
 * Parts of `<main>` that are the site's navigation, not the page's list: breadcrumb, side menu,
 * summary, pagination, skip links, and any `<nav>`.
 */
const NAVIGATION_CLASSES = ["fr-breadcrumb", "fr-sidemenu", "fr-summary", "fr-pagination", "fr-skiplinks"];
/** Text a visitor does not read on screen: a card's words for screen readers, an icon. */
const HIDDEN_CLASSES = ["fr-sr-only", "sr-only"];

export function parsePage(html: string): Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

export function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && "tagName" in node;
}

export function children(element: Element | Document): Element[] {
  return (element.childNodes as Node[]).filter(isElement);
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(element: Element, name: string): boolean {
  return (attr(element, "class") ?? "").split(/\s+/).includes(name);
}

/** The element's first line in the HTML file (1-based). */
export function lineOf(element: Element): number {
  return element.sourceCodeLocation?.startLine ?? 1;
}

/** The element's first column in the HTML file (1-based). */
export function colOf(element: Element): number {
  return element.sourceCodeLocation?.startCol ?? 1;
}

/** The first element, in document order, under `root` (itself included) that `match` accepts. */
export function findFirst(root: Element | Document, match: (e: Element) => boolean): Element | undefined {
  for (const child of children(root)) {
    if (match(child)) return child;
    const found = findFirst(child, match);
    if (found) return found;
  }
  return undefined;
}

/** Every element under `root` that `match` accepts, in document order. */
export function findAll(root: Element, match: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of children(root)) {
    if (match(child)) out.push(child);
    findAll(child, match, out);
  }
  return out;
}

export const byTag = (tag: string) => (e: Element) => e.tagName === tag;
export const byClass = (name: string) => (e: Element) => hasClass(e, name);

/** The page's `<main>`, or undefined. */
export function findMain(document: Document): Element | undefined {
  return findFirst(document, byTag("main"));
}

export function isNavigation(element: Element): boolean {
  return element.tagName === "nav" || NAVIGATION_CLASSES.some((name) => hasClass(element, name));
}

/**
 * What a visitor reads of `node`, spaces collapsed: without the screen-reader-only parts, and
 * without what `skip` leaves out (a nested list, a detail the import reads apart).
 */
export function visibleText(node: Element, skip: (e: Element) => boolean = () => false): string {
  // Spaces collapse as a browser collapses them; no-break spaces (« manquer ? ») stay.
  return rawText(node, skip).replace(/[ \t\n\r\f]+/g, " ").trim();
}

function rawText(node: Node, skip: (e: Element) => boolean): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if (!isElement(node) && node.nodeName !== "#document") return "";
  if (isElement(node)) {
    if (skip(node) || HIDDEN_CLASSES.some((name) => hasClass(node, name)) || node.tagName === "script" || node.tagName === "style") return "";
    if (node.tagName === "br") return " ";
  }
  const text = ((node as Element).childNodes as Node[]).map((child) => rawText(child, skip)).join("");
  return isElement(node) && /^(?:p|div|li|h[1-6])$/.test(node.tagName) ? ` ${text} ` : text;
}

/** The text nodes and elements directly in `element`, in order (for an `<li>`'s own words). */
export function childNodes(element: Element): Node[] {
  return element.childNodes as Node[];
}

export function isText(node: Node): node is DefaultTreeAdapterMap["textNode"] {
  return node.nodeName === "#text";
}

/** `h2`…`h6` as a number; undefined for anything else (`h1` is the page's own title). */
export function headingLevel(element: Element): number | undefined {
  const m = /^h([1-6])$/.exec(element.tagName);
  return m ? Number(m[1]) : undefined;
}

/** The closest ancestor (itself excluded) that `match` accepts. */
export function closest(element: Element, match: (e: Element) => boolean): Element | undefined {
  for (let node = element.parentNode; isElement(node as Node); node = (node as Element).parentNode) {
    if (match(node as Element)) return node as Element;
  }
  return undefined;
}

/** The `content` of `<meta name|property="…">` in the page's head. */
export function metaContent(document: Document, name: string): string | undefined {
  const meta = findFirst(document, (e) => e.tagName === "meta" && (attr(e, "name") === name || attr(e, "property") === name));
  const value = meta && attr(meta, "content")?.trim();
  return value || undefined;
}
