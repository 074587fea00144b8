/**
 * The public pages a built site serves, found in its output folder (never a hard-coded list):
 * every `.html` file, as the URL path a visitor types (`publications/index.html` → `/publications/`),
 * except the pages kept out of search engines (`noindex`: the editing page of the `admin` option,
 * which has its own policy and its own tests, tests/browser/admin.test.ts).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const NOINDEX = /<meta name="robots" content="noindex/;

export async function sitePages(output: string): Promise<string[]> {
  const files = (await readdir(output, { recursive: true })).filter((name) => name.endsWith(".html"));
  const pages = await Promise.all(files.map(async (file) => ((await readFile(path.join(output, file), "utf8")).match(NOINDEX) ? undefined : file)));
  return pages
    .filter((file): file is string => file !== undefined)
    .map((file) => `/${file.split(/[\\/]/).join("/")}`.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}
