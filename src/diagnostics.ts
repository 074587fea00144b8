/**
 * One problem found in an editor's data file, and the single template every tool prints it with:
 *
 *   data/plans-action.yaml:12:11 erreur plans[3].link : <what is wrong>. <how to fix it>
 *
 * The build, the `check` command and the tests all go through `formatDiagnostic`, so an editor
 * sees the same sentence wherever the mistake is caught.
 */
export type Severity = "erreur" | "avertissement";

export interface Diagnostic {
  /** Path of the data file as the editor knows it (relative to the working folder when possible). */
  file: string;
  /** 1-based line of the offending value (or of the plan a missing field belongs to). */
  line: number;
  /** 1-based column. */
  col: number;
  severity: Severity;
  /** Field path such as `plans[3].link`; empty for a problem with the whole file. */
  path: string;
  /** What is wrong, in French. */
  message: string;
  /** How to fix it, in French. */
  fix: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.col}`;
  const field = d.path ? ` ${d.path} :` : "";
  return `${where} ${d.severity}${field} ${endSentence(d.message)} ${endSentence(d.fix)}`;
}

export function formatDiagnostics(list: readonly Diagnostic[]): string {
  return sortDiagnostics(list).map(formatDiagnostic).join("\n");
}

/** Sorted by line then column, so an editor can walk the file from top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === "erreur");
}

/** A one-line summary such as « 2 erreurs, 1 avertissement ». */
export function summarize(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === "erreur").length;
  const warnings = list.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;
  return `${plural(errors, "erreur")}, ${plural(warnings, "avertissement")}`;
}

/** `text` ending with a full stop (unless it already ends a sentence). */
export function endSentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/**
 * Thrown when the data file has errors. Eleventy prints `message` as is: `skipOriginalStack`
 * keeps the stack trace out of an editor's way (a data mistake is not a crash).
 */
export class PlansDataError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly skipOriginalStack = true;

  constructor(diagnostics: Diagnostic[]) {
    super(
      `${new Set(diagnostics.map((d) => d.file)).size > 1 ? "Les fichiers de données contiennent" : "Le fichier de données contient"} ${summarize(diagnostics)} ; rien n’a été écrit.\n` +
        formatDiagnostics(diagnostics),
    );
    // Eleventy appends « (via NAME) » when the name is not "Error": keep the output French.
    this.name = "Error";
    this.diagnostics = diagnostics;
  }
}
