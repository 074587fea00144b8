/**
 * The plugin's Nunjucks components, as Eleventy's Nunjucks finds them. Once the package is built,
 * `dist/templates.cjs` holds them compiled ahead of time (scripts/precompile-templates.ts): a
 * loader serves them after the site's own loaders, so a site's `_includes/plans-action/x.njk`
 * still replaces the plugin's, and a build compiles nothing of the plugin's. From the sources
 * (the demo under tsx, the tests), or with a Nunjucks of another major version than the one that
 * compiled them, the `.njk` files are found and compiled by Eleventy's own file loader instead.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { packageFile, PLUGIN_INCLUDES } from "./package.ts";

/** The folder of the components inside `_includes`, and the prefix of their names. */
export const TEMPLATE_PREFIX = "plans-action";
export const COMPILED_TEMPLATES_FILE = "templates.cjs";

/** What Nunjucks' compiler makes of a template: its `root` function and one per block. */
type TemplateProps = Record<string, unknown>;

export interface CompiledTemplates {
  nunjucksVersion: string;
  templates: Record<string, () => TemplateProps>;
}

/** A Nunjucks loader (the part of its interface the Environment calls). */
export interface PrecompiledLoader {
  cache: Record<string, unknown>;
  getSource(name: string): { src: { type: "code"; obj: TemplateProps }; path: string; noCache: boolean } | null;
}

const require = createRequire(import.meta.url);

function major(version: string): string {
  return version.split(".")[0]!;
}

/** The Nunjucks Eleventy renders with (its own dependency), or undefined if it cannot be told. */
function eleventyNunjucksVersion(): string | undefined {
  try {
    // Resolved from Eleventy's own entry: its package.json is not among its exports.
    const eleventy = createRequire(require.resolve("@11ty/eleventy"));
    return (eleventy("nunjucks/package.json") as { version: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * The precompiled components, or undefined when there are none (sources) or when Eleventy's
 * Nunjucks is of another major version than the compiler's.
 */
export function precompiledTemplates(file = packageFile("dist", COMPILED_TEMPLATES_FILE)): CompiledTemplates | undefined {
  if (!existsSync(file)) return undefined;
  const compiled = require(file) as CompiledTemplates;
  const running = eleventyNunjucksVersion();
  if (!running || major(running) !== major(compiled.nunjucksVersion)) return undefined;
  return compiled;
}

/**
 * A loader for one Nunjucks Environment (its cache holds templates bound to that environment:
 * a new environment, as a watched rebuild may make, gets a new loader).
 */
export function precompiledLoader(compiled: CompiledTemplates): PrecompiledLoader {
  return {
    cache: {},
    getSource(name) {
      const make = Object.hasOwn(compiled.templates, name) ? compiled.templates[name] : undefined;
      if (!make) return null;
      // The path of the source file: what Nunjucks names in an error message.
      return { src: { type: "code", obj: make() }, path: path.join(PLUGIN_INCLUDES, name.slice(TEMPLATE_PREFIX.length + 1)), noCache: false };
    },
  };
}
