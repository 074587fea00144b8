/**
 * Packages that ship a CommonJS build are loaded through it (markdown-it, csv-stringify, js-yaml,
 * eleventy-navigation). Under Eleventy on Node 20, every ES
 * module a site imports is resolved by Eleventy's module hook on another thread; a package's
 * CommonJS build is one or a few files where its ES build is many modules (what that saves is in
 * documentation/performances.md).
 */
import { createRequire } from "node:module";
import type { stringify as Stringify } from "csv-stringify/sync";
import type MarkdownItClass from "markdown-it";
import type * as JsYaml from "js-yaml";

const require = createRequire(import.meta.url);

export const MarkdownIt = require("markdown-it") as typeof MarkdownItClass;
export const { stringify } = require("csv-stringify/sync") as { stringify: typeof Stringify };
export const jsYaml = require("js-yaml") as typeof JsYaml;
/** eleventy-navigation is a CommonJS package: loaded as one, it skips Eleventy's ES module hook. */
export const EleventyNavigation = require("@11ty/eleventy-navigation") as (eleventyConfig: unknown) => void;
