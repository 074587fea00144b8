/**
 * Builds a site with the real Eleventy and the plugin: in memory (`buildSite`, no file written,
 * each page's HTML by URL) or on disk (`writeSite`, the files a host would serve).
 */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import plansAction, { type PlansActionOptions } from "../../src/index.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface BuiltPage {
  url: string;
  inputPath: string;
  content: string;
}

/** Extra wiring a test adds after the plugin (a virtual page, a filter). */
export type Configure = (eleventyConfig: any) => void;

export async function buildSite(
  options: PlansActionOptions = {},
  input = path.join(PROJECT_ROOT, "site"),
  configure?: Configure,
): Promise<Map<string, string>> {
  const elev = createEleventy(options, input, path.join(PROJECT_ROOT, "_site-test"), configure);
  const pages = (await elev.toJSON()) as unknown as BuiltPage[];
  return new Map(pages.map((p) => [p.url, p.content]));
}

/** Builds the site and writes it to `output`, documents, covers and DSFR files included. */
export async function writeSite(
  output: string,
  options: PlansActionOptions = {},
  input = path.join(PROJECT_ROOT, "site"),
  configure?: Configure,
): Promise<void> {
  await createEleventy(options, input, output, configure).write();
}

function createEleventy(options: PlansActionOptions, input: string, output: string, configure?: Configure): Eleventy {
  // `configPath: false` skips the project's .eleventy.ts: the test wires the plugin itself.
  const eleventyOptions = {
    quietMode: true,
    configPath: false,
    config(eleventyConfig: any) {
      eleventyConfig.setIncludesDirectory(path.relative(input, path.join(PROJECT_ROOT, "_includes")));
      eleventyConfig.addPlugin(plansAction, { root: PROJECT_ROOT, ...options });
      configure?.(eleventyConfig);
    },
  } as unknown as ConstructorParameters<typeof Eleventy>[2];
  return new Eleventy(input, output, eleventyOptions);
}
