/**
 * The pages a built site serves, found in its output folder (never a hard-coded list): every
 * `.html` file, as the URL path a visitor types (`publications/index.html` → `/publications/`).
 */
import { readdir } from "node:fs/promises";

export async function sitePages(output: string): Promise<string[]> {
  const files = (await readdir(output, { recursive: true })).filter((name) => name.endsWith(".html"));
  return files
    .map((file) => `/${file.split(/[\\/]/).join("/")}`.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}
