/**
 * One `<h1>` and one update date on each page the plugin writes in a site's layout. Its body
 * cannot know what the layout around it prints, so it puts its own h1 and date between two
 * comments (`plans-action/layout-title.njk`); once the layout has wrapped the page, this transform
 * counts the page's other h1s and keeps the block or drops it, as `layoutTitle` says:
 * - `"auto"`: dropped when the layout printed an h1 (DSFR layouts print `<h1>{{ title }}</h1>`
 *   and `date` together), kept otherwise;
 * - `true`: the block is empty (the layout prints both); `false`: kept.
 * A page left with no h1 or several stops the build, with the page and the option to change.
 * Pages without the comments (the plugin's own layout, the site's other pages) are left as they are.
 */
import type { DefaultTreeAdapterMap } from "parse5";

const START = "<!--plans-action:titre:";
const END = "<!--/plans-action:titre-->";

type Node = DefaultTreeAdapterMap["node"];

export class PlansActionLayoutError extends Error {
  override name = "Error";
  readonly skipOriginalStack = true;
}

/** The page being written, as Eleventy gives it to a transform. */
export interface WrittenPage {
  url?: string | false;
  outputPath?: string | false;
}

/** The Eleventy transform: `this.page` is the page being written. */
export async function checkLayoutTitles(this: { page?: WrittenPage } | undefined, content: unknown): Promise<unknown> {
  if (typeof content !== "string" || !content.includes(START)) return content;
  return settleLayoutTitle(content, this?.page ?? {});
}

/** The page with the plugin's h1 and date kept or dropped, and the comments removed. */
export async function settleLayoutTitle(html: string, page: WrittenPage): Promise<string> {
  const start = html.indexOf(START);
  const open = html.indexOf("-->", start);
  const end = html.indexOf(END, open);
  if (open === -1 || end === -1) return html;
  const mode = html.slice(start + START.length, open).trim();
  const block = html.slice(open + 3, end).trim();
  const before = html.slice(0, start).replace(/[ \t]*$/, "");
  const after = html.slice(end + END.length).replace(/^\r?\n/, "");
  const others = await countH1(`${before}${after}`);
  const keep = block !== "" && (mode === "false" || (mode === "auto" && others === 0));
  const problem = titleProblem(mode, others, others + (keep ? 1 : 0));
  if (problem) throw new PlansActionLayoutError(`plans-action : la page ${where(page)} ${problem}`);
  return keep ? `${before}${block}\n${after}` : `${before}${after}`;
}

function where(page: WrittenPage): string {
  return [page.url, page.outputPath ? `(${page.outputPath})` : ""].filter(Boolean).join(" ") || "(sans adresse)";
}

/** What is wrong with a page that has `total` h1s, `others` of them the layout's; undefined: one. */
export function titleProblem(mode: string, others: number, total: number): string | undefined {
  if (total === 1) return undefined;
  if (total === 0) {
    return (
      "n’a aucun titre <h1> : l’option layoutTitle vaut true, mais la mise en page du site (option layout) n’en affiche pas. " +
      'Mettez layoutTitle à "auto" pour que le plugin affiche le titre et la date, ou affichez <h1>{{ title }}</h1> dans la mise en page.'
    );
  }
  const head = `a ${total} titres <h1>, il en faut un seul (RGAA 9.1) : `;
  if (mode === "false" && others === 1) {
    return `${head}la mise en page du site (option layout) affiche le sien, et le plugin aussi (layoutTitle: false). Mettez l’option layoutTitle à "auto" ou true pour que le plugin n’affiche plus le sien.`;
  }
  return `${head}la mise en page du site (option layout) en affiche ${others} à elle seule. Gardez-en un seul, <h1>{{ title }}</h1>, dans vos gabarits (l’option layoutTitle n’y peut rien).`;
}

/** The h1 elements of a page, as a browser would read it (not in comments, scripts or attributes). */
async function countH1(html: string): Promise<number> {
  // No `<h1` anywhere: no h1 element, without parsing (about 10 ms for a 30 KB page).
  if (!/<h1[\s/>]/i.test(html)) return 0;
  const { parse } = await import("parse5");
  const count = (node: Node): number => {
    let n = node.nodeName === "h1" ? 1 : 0;
    if ("childNodes" in node) for (const child of node.childNodes) n += count(child);
    if ("content" in node) n += count(node.content);
    return n;
  };
  return count(parse(html));
}
