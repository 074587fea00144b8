/**
 * Where a rule reports: each diagnostic located at the value it is about, in the data file's
 * own lines. The load step creates it; the validation rules and the enrichment (PDF facts,
 * covers) report through it, so every problem reads the same wherever it is found.
 */
import type { Diagnostic, Severity } from "../diagnostics.ts";
import type { PathSegment, SourceMap } from "../load/yaml.ts";
import { formatPath } from "../load/yaml.ts";

/** Fields whose schema pattern the rules check with their own, more precise messages. */
export const RULE_OWNED_PATTERNS: ReadonlySet<string> = new Set([
  "page.date",
  "page.image",
  "plans[].link",
  "plans[].size",
  "plans[].cover",
  "plans[].language",
  "items[].link",
  "items[].size",
  "items[].date",
  "items[].cover",
  "items[].language",
  "items[].files[].link",
  "items[].files[].size",
  "items[].files[].language",
]);

/**
 * What the rules read of a file's `fs.Stats`. Written out rather than imported from `node:fs`:
 * the package's published types reach this file, and a TypeScript site need not have Node's types.
 */
export interface FileStats {
  size: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface RuleContext {
  file: string;
  /** Folder that site paths (`/docs/…`) resolve against. */
  root: string;
  positions: SourceMap;
  /** Site paths already looked up in this run (covers are often shared by many plans). */
  files: Map<string, { absolute: string; stats: FileStats | undefined }>;
  report(severity: Severity, at: readonly PathSegment[], message: string, fix: string): void;
}

export function createContext(file: string, root: string, positions: SourceMap, out: Diagnostic[]): RuleContext {
  return {
    file,
    root,
    positions,
    files: new Map(),
    report(severity, at, message, fix) {
      out.push({ file, ...positions.valueAt(at), severity, path: formatPath(at), message, fix });
    },
  };
}

/** A quoted value with spaces inside the quotes: `link: " /docs/plan.pdf"`. */
export function spacesAround(value: string, field: string): [string, string] {
  return [
    `« ${value} » commence ou finit par une espace`,
    `Retirez les espaces entre les guillemets : « ${field}: ${value.trim()} »`,
  ];
}
