/**
 * The data file's `page.date` as the plugin is added, before any build: the pages' `date`.
 */
import { readFileSync } from "node:fs";
import { jsYaml } from "../cjs.ts";
import { isRealDate } from "../format/dates.ts";

/**
 * The data file's `page.date`, read when the plugin is added: Eleventy takes a page's `date` (its
 * place in the site's collections) from front matter known before any build event.
 */
export function initialPageDate(dataPath: string): string | undefined {
  try {
    const text = readFileSync(dataPath, "utf8");
    // The `page:` block only, when the plans follow it (as the guide has them): a file of
    // thousands of plans is parsed once, by the build's own load.
    const plans = /^plans:/m.exec(text);
    const head = plans && /^page:/m.test(text.slice(0, plans.index)) ? text.slice(0, plans.index) : text;
    const date = (jsYaml.load(head) as { page?: { date?: unknown } } | undefined)?.page?.date;
    const iso = date instanceof Date ? date.toISOString().slice(0, 10) : date;
    return typeof iso === "string" && isRealDate(iso) ? iso : undefined;
  } catch {
    return undefined; // the build's own load reports what is wrong with the file
  }
}
