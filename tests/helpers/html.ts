/**
 * Reading built HTML with node-html-parser (the project's HTML parser in tests): elements, their
 * attributes and their text (entities decoded), never regular expressions on markup.
 */
import { type HTMLElement, parse } from "node-html-parser";

export type Element = HTMLElement;

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false });
}

/** Every element under `root` (itself included), in document order. */
export function elements(root: HTMLElement): HTMLElement[] {
  return [root, ...root.querySelectorAll("*")].filter((e) => e.tagName);
}

/** Lower-case tag name (`img`), as in the source. */
export function tag(element: HTMLElement): string {
  return element.tagName.toLowerCase();
}

/** Every attribute as written on the element: name (lower case) and decoded value. */
export function attributes(element: HTMLElement): Array<{ name: string; value: string }> {
  return Object.entries(element.attributes).map(([name, value]) => ({ name: name.toLowerCase(), value }));
}

export function attr(element: HTMLElement, name: string): string | undefined {
  return element.getAttribute(name);
}

/** The text a reader gets from `node` (entities decoded, markup gone). */
export function textContent(node: HTMLElement): string {
  return node.text;
}

export function byTag(root: HTMLElement, name: string): HTMLElement[] {
  return elements(root).filter((e) => tag(e) === name);
}

export function byClass(root: HTMLElement, className: string): HTMLElement[] {
  return elements(root).filter((e) => e.classList.contains(className));
}
