/**
 * The seed page as its site published it: the 13 cards written by hand in Markdown
 * (bench/fixtures/plans-action-ministeres.index.md), in the static DSFR layout the bench builds it
 * with (bench/fixtures/static-layout.njk), built by Eleventy without the plugin.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { PROJECT_ROOT } from "./build.ts";

export const SEED_URL = "/publications/plans-action-ministeres/";

export async function publishedSeedPage(): Promise<string> {
  const input = mkdtempSync(path.join(tmpdir(), "plans-seed-"));
  try {
    mkdirSync(path.join(input, "publications/plans-action-ministeres"), { recursive: true });
    cpSync(path.join(PROJECT_ROOT, "bench/fixtures/plans-action-ministeres.index.md"), path.join(input, "publications/plans-action-ministeres/index.md"));
    mkdirSync(path.join(input, "_includes/layouts"), { recursive: true });
    cpSync(path.join(PROJECT_ROOT, "bench/fixtures/static-layout.njk"), path.join(input, "_includes/layouts/plans-action.njk"));
    const eleventy = new Eleventy(input, path.join(input, "_site"), {
      quietMode: true,
      configPath: false,
      config: (eleventyConfig: any) => eleventyConfig.addGlobalData("stylesheets", ["/assets/dsfr/dsfr.min.css"]),
    } as unknown as ConstructorParameters<typeof Eleventy>[2]);
    const pages = (await eleventy.toJSON()) as unknown as Array<{ url: string; content: string }>;
    const page = pages.find((p) => p.url === SEED_URL);
    if (!page) throw new Error(`the seed page was not built at ${SEED_URL}`);
    return page.content;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}
