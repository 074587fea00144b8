/**
 * Reading built HTML as a browser would, with parse5 (the WHATWG HTML parser): elements, their
 * attributes and their text, never regular expressions on markup.
 */
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";

export type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

export function parseHtml(html: string): DefaultTreeAdapterMap["document"] {
  return parse(html);
}

/** Every element under `root`, in document order. */
export function elements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node) out.push(node);
    const children = "childNodes" in node ? node.childNodes : [];
    for (const child of children) visit(child);
    if ("content" in node && node.content) visit(node.content as Node);
  };
  visit(root);
  return out;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text a reader gets from `node` (entities decoded, markup gone). */
export function textContent(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return ("childNodes" in node ? node.childNodes : []).map((c) => textContent(c as Node)).join("");
}

export function byTag(root: Node, tag: string): Element[] {
  return elements(root).filter((e) => e.tagName === tag);
}

export function byClass(root: Node, className: string): Element[] {
  return elements(root).filter((e) => (attr(e, "class") ?? "").split(/\s+/).includes(className));
}
