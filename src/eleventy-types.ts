/**
 * The narrow part of Eleventy's configuration API the plugin calls. Eleventy ships no types of
 * its own for `UserConfig` that a strict TypeScript build can import without `allowJs`, so the
 * plugin declares what it uses, and an integration test proves it against the real Eleventy.
 */
export interface EleventyDirectories {
  input: string;
  output: string;
  includes: string;
}

export interface EleventyEventArgs {
  directories: EleventyDirectories;
  outputMode: "fs" | "json" | "ndjson";
  runMode: "build" | "watch" | "serve";
}

/** One template Eleventy wrote in this build, as `eleventy.after` reports it. */
export interface EleventyResult {
  outputPath: string | false;
  content: string;
}

export interface EleventyAfterArgs extends EleventyEventArgs {
  results?: EleventyResult[];
}

export interface NunjucksEnvironmentLike {
  loaders: unknown[];
  render(name: string, context: Record<string, unknown>): string;
}

export interface EleventyConfig {
  versionCheck?(range: string): void;
  /** The site's `pathPrefix` (`--pathprefix`), known when plugins run. */
  pathPrefix?: string;
  getFilter?(name: string): unknown;
  hasPlugin?(plugin: string): boolean;
  /** Universal shortcodes: Nunjucks, Liquid, 11ty.js (`this.page` is the page rendering it). */
  addShortcode(name: string, shortcode: (...args: never[]) => string): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  /** Filters take whatever a template passes them: `never[]` accepts any parameter list without `any`. */
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addWatchTarget(target: string): void;
  /** `this.page` is the page being written; returns its content, changed or not. */
  addTransform(name: string, transform: (this: { page: { url?: string | false; outputPath?: string | false } }, content: string) => unknown): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  on(event: "eleventy.before", handler: (args: EleventyEventArgs) => unknown): void;
  on(event: "eleventy.after", handler: (args: EleventyAfterArgs) => unknown): void;
  /** Every page's URL, once Eleventy has mapped them, before it renders and writes anything. */
  on(event: "eleventy.contentMap", handler: (args: { urlToInputPath: Record<string, unknown> }) => unknown): void;
  on(event: "eleventy.engine.njk", handler: (args: { environment: NunjucksEnvironmentLike }) => unknown): void;
  logger?: { warn?(message: string): void; info?(message: string): void };
}
