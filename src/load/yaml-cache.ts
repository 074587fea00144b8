/**
 * The value of a data file, kept on disk under the hash of its text: the same text always parses
 * to the same value, and js-yaml takes a fifth of a second for a list of 10,000 documents, at
 * every build (a rebuild in watch mode, a CI build with its cache restored). Source positions,
 * which only a message needs, come from parsing the text again on the first lookup.
 *
 * One entry per data file (named after it), replaced when its text changes: editing a file of
 * 10,000 documents in watch mode does not leave 2 MB behind at each save. A value JSON cannot give
 * back as it was (`.inf`, `-0`, a `__proto__` key) is not kept.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { cacheKey, contentHash, temporaryName } from "../enrich/cache.ts";
import { parseYaml, type ParseResult, type SourceMap } from "./yaml.ts";

const JS_YAML_VERSION = (createRequire(import.meta.url)("js-yaml/package.json") as { version: string }).version;
/** Bumped when what `parseYaml` returns changes. */
const PARSE_VERSION = 1;

export function parseYamlCached(text: string, filename: string, cacheDir: string | undefined): ParseResult {
  if (!cacheDir) return parseYaml(text, filename);
  const key = cacheKey(contentHash(text), { parse: PARSE_VERSION, jsYaml: JS_YAML_VERSION });
  const file = path.join(cacheDir, "yaml", `${contentHash(filename).slice(0, 32)}.json`);
  let stored: { key?: string; value?: unknown } | undefined;
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as { key?: string; value?: unknown };
  } catch {
    // Absent or half-written: parsed below, and written again.
  }
  if (stored?.key === key && stored.value !== undefined) return { ok: true, value: stored.value, positions: positionsOnDemand(text, filename) };
  const parsed = parseYaml(text, filename);
  if (parsed.ok && survivesJson(parsed.value)) {
    // Write then rename: a build stopped halfway leaves no truncated entry, and another build
    // writing the same entry (a second process) writes its own temporary file.
    const temporary = temporaryName(file);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ key, value: parsed.value }));
      renameSync(temporary, file);
    } catch {
      // A cache that cannot be written costs the next build a parse, nothing else.
      rmSync(temporary, { force: true });
    }
  }
  return parsed;
}

/** The source map of `text`, parsed on the first lookup. */
function positionsOnDemand(text: string, filename: string): SourceMap {
  let map: SourceMap | undefined;
  const get = (): SourceMap => {
    if (!map) {
      const parsed = parseYaml(text, filename);
      // The text parsed once, when it was cached: it parses again.
      map = parsed.ok ? parsed.positions : { valueAt: () => ({ line: 1, col: 1 }), keyAt: () => ({ line: 1, col: 1 }) };
    }
    return map;
  };
  return { valueAt: (p) => get().valueAt(p), keyAt: (p) => get().keyAt(p) };
}

/** True when `JSON.parse(JSON.stringify(value))` gives the same value back. */
export function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).every(([k, v]) => k !== "__proto__" && survivesJson(v));
  }
  return false;
}
