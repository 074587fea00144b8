/**
 * The items a page shows as a list, read the way a visitor sees them, so that a hand-written page
 * and the plugin's can be compared: each link's visible text (without `fr-sr-only` parts), its
 * target, and the heading (h2/h3, not a card's or tile's own title) it sits under.
 * Only links that are list items count: in an `li`, a card's or tile's title, or a DSFR download
 * link; the page's navigation (breadcrumb, side menu, summary, pagination) is left out.
 */
import { parse, type HTMLElement } from "node-html-parser";

export interface ListItem {
  title: string;
  href: string;
  category: string | undefined;
}

const SKIP = ".fr-breadcrumb, .fr-sidemenu, .fr-summary, .fr-pagination, .fr-tags-group, .fr-skiplinks, .fr-accordion";
const OWN_TITLES = /\bfr-(?:card|tile)__title\b/;

/**
 * `headings`: only the links under these headings (`undefined` for those before any heading);
 * all of the page's list links when absent.
 */
export function listItems(html: string, headings?: readonly (string | undefined)[]): ListItem[] {
  const main = parse(html).querySelector("main");
  if (!main) throw new Error("the page has no <main>");
  for (const skipped of main.querySelectorAll(SKIP)) skipped.remove();
  const out: ListItem[] = [];
  let category: string | undefined;
  const walk = (node: HTMLElement): void => {
    for (const child of node.childNodes as HTMLElement[]) {
      if (child.nodeType !== 1) continue;
      const tag = child.tagName;
      if ((tag === "H2" || tag === "H3") && !OWN_TITLES.test(child.getAttribute("class") ?? "")) {
        category = visibleText(child);
        continue;
      }
      if (tag === "A" && isListItem(child)) {
        if (!headings || headings.includes(category)) {
          out.push({ title: visibleText(child), href: child.getAttribute("href") ?? "", category });
        }
        continue;
      }
      walk(child);
    }
  };
  walk(main);
  return out;
}

function isListItem(link: HTMLElement): boolean {
  const parent = link.parentNode as HTMLElement | null;
  const cls = link.getAttribute("class") ?? "";
  return (
    parent?.tagName === "LI" ||
    OWN_TITLES.test(parent?.getAttribute("class") ?? "") ||
    /\bfr-link--download\b|\bfr-fi-download-line\b/.test(cls)
  );
}

function visibleText(node: HTMLElement): string {
  const copy = parse(node.outerHTML);
  for (const hidden of copy.querySelectorAll(".fr-sr-only, .fr-link__detail")) hidden.remove();
  return copy.textContent.replace(/\s+/g, " ").trim();
}

const FRENCH_DATE = "(?:(?:1er|\\d{1,2}) )?(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) )?\\d{4}";

/**
 * A built link's text as its item's title: the plugin writes an item's date and publisher after
 * « – » in a plain link; they are not part of the title.
 */
export function itemTitle(text: string, publishers: readonly string[] = []): string {
  const names = publishers.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const detail = new RegExp(`(?:\\s–\\s(?:${[FRENCH_DATE, ...names].join("|")}))+$`);
  return text.replace(detail, "");
}
