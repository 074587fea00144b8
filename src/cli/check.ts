#!/usr/bin/env node
/**
 * `npm run check [-- FICHIER] [--root DOSSIER]`: validates the data file without building the
 * site, and prints every problem in the same words as the build.
 *
 * Exit status: 0 valid (warnings allowed), 1 at least one error, 2 usage error.
 */
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatDiagnostic, summarize, type Diagnostic } from "../diagnostics.ts";
import { loadPlansFile } from "../load/load-plans.ts";
import { githubAnnotations } from "../report/github-actions.ts";

export const DEFAULT_FILE = "data/plans-action.yaml";

export const USAGE = `Utilisation : npm run check [-- FICHIER] [--root DOSSIER]

Vérifie le fichier de données des plans d’action sans construire le site, et affiche
chaque problème avec sa ligne, sa colonne, le champ concerné et la correction.

  FICHIER          le fichier YAML à vérifier (par défaut : ${DEFAULT_FILE})
  --root DOSSIER   le dossier du site, où se trouvent les fichiers des chemins /docs/… et /img/…
                   (par défaut : le dossier courant, où que soit FICHIER)
  -h, --help       affiche cette aide

Codes de sortie : 0 fichier valide (avertissements permis), 1 au moins une erreur,
2 commande mal écrite.`;

export interface CheckIO {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export type ExitCode = 0 | 1 | 2;

class UsageError extends Error {}

interface Arguments {
  help: boolean;
  file: string;
  root: string;
}

function parse(argv: readonly string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { root: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    throw new UsageError(translateParseError(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(`un seul fichier à la fois (reçu : ${positionals.map((p) => `« ${p} »`).join(", ")})`);
  }
  if (values.root !== undefined && values.root.trim() === "") throw new UsageError("--root attend un dossier");
  return { help: values.help ?? false, file: positionals[0] ?? DEFAULT_FILE, root: values.root ?? "." };
}

function translateParseError(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `option inconnue « ${option ?? error.message} »`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `l’option « ${option?.replace(/ <value>$/, "") ?? "--root"} » attend une valeur (par exemple --root .)`;
    default:
      return error.message;
  }
}

/** Runs the command; returns its exit status instead of exiting, so tests can call it. */
export function runCheck(argv: readonly string[], io: CheckIO): ExitCode {
  let args: Arguments;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`Erreur : ${error.message}.\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const file = path.resolve(io.cwd, args.file);
  const root = path.resolve(io.cwd, args.root);
  if (!isDirectory(root)) {
    io.err(`Erreur : le dossier du site « ${args.root} » n’existe pas.\n\n${USAGE}`);
    return 2;
  }
  if (!isFile(file)) {
    io.err(`Erreur : le fichier « ${args.file} » n’existe pas.\n\n${USAGE}`);
    return 2;
  }

  const displayName = path.relative(io.cwd, file) || file;
  const result = loadPlansFile(file, { root, displayName });
  report(result.diagnostics, io);
  const summary = summarize(result.diagnostics);
  if (!result.ok) {
    io.out(`${displayName} : ${summary}. Corrigez les erreurs ci-dessus, puis relancez la vérification.`);
    return 1;
  }
  const plans = result.data.plans.length;
  io.out(`${displayName} : valide, ${plans} plan${plans > 1 ? "s" : ""} vérifié${plans > 1 ? "s" : ""} (${summary}).`);
  return 0;
}

function report(diagnostics: readonly Diagnostic[], io: CheckIO): void {
  for (const d of diagnostics) io.out(formatDiagnostic(d));
  for (const line of githubAnnotations(diagnostics, io.env)) io.out(line);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Whether this module is the script Node was started with (directly, or through a `bin` link). */
function isMainScript(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainScript()) {
  process.exitCode = runCheck(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    env: process.env,
    cwd: process.cwd(),
  });
}
