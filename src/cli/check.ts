#!/usr/bin/env node
/**
 * `npm run check [-- FICHIER] [--root DOSSIER] [--config FICHIER]`: validates the data files
 * without building the site, and prints every problem in the same words as the build.
 *
 * - with a FILE: that file only (Eleventy is not loaded: fast);
 * - without: every list the site's Eleventy configuration registers (each `addPlugin` with its
 *   data file), read by running the configuration as Eleventy does; with no configuration, or one
 *   that registers no list, `data/plans-action.yaml`.
 *
 * Exit status: 0 valid (warnings allowed), 1 at least one error, 2 usage error.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { formatDiagnostic, summarize, type Diagnostic } from "../diagnostics.ts";
import { loadPlansFile } from "../load/load-plans.ts";
import { githubAnnotations } from "../report/github-actions.ts";
import { registeredLists, SITES, type RegisteredList } from "../state.ts";
import { argumentsOrExit, isDirectory, isFile, isMainScript, parseCommandLine, processIO, usageError as printUsageError, type CommandIO, type ExitCode } from "./files.ts";

export type { ExitCode };
/** What the check command prints to, and knows of its process. */
export type CheckIO = CommandIO;

export const DEFAULT_FILE = "data/plans-action.yaml";

/** Eleventy's own configuration files, in its order, then the TypeScript one (run under tsx). */
export const CONFIG_FILES = [".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", "eleventy.config.ts"];

export const USAGE = `Utilisation : npm run check [-- FICHIER] [--root DOSSIER] [--config FICHIER]

Vérifie les fichiers de données des listes de documents sans construire le site, et affiche
chaque problème avec sa ligne, sa colonne, le champ concerné et la correction.

  FICHIER            le fichier YAML à vérifier, seul ; sans FICHIER : le fichier de chaque
                     liste du site (chaque addPlugin de sa configuration Eleventy), ou
                     ${DEFAULT_FILE} si le site n’a pas de configuration
  --root DOSSIER     avec FICHIER : le dossier du site, où se trouvent les fichiers des chemins
                     /docs/… et /img/… (par défaut : le dossier courant, où que soit FICHIER)
  --config FICHIER   la configuration Eleventy du site (par défaut : la première trouvée de
                     ${CONFIG_FILES.slice(0, 3).join(", ")},
                     ${CONFIG_FILES.slice(3).join(", ")})
  -h, --help         affiche cette aide

Codes de sortie : 0 fichiers valides (avertissements permis), 1 au moins une erreur,
2 commande mal écrite.`;

interface Arguments {
  help: boolean;
  /** The file to check alone, when one is given. */
  file?: string;
  root?: string;
  config?: string;
}

function parse(argv: readonly string[]): Arguments {
  const { values, positionals } = parseCommandLine(
    argv,
    { root: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } },
    { root: { what: "un dossier", example: "." }, config: { what: "un fichier", example: "eleventy.config.js" } },
    "un seul fichier",
  );
  return { help: values.help ?? false, file: positionals[0], root: values.root, config: values.config };
}

/**
 * Runs the command; returns its exit status instead of exiting, so tests can call it: at once when
 * it checks one file, as a promise when it reads the lists from the site's configuration.
 */
export function runCheck(argv: readonly string[], io: CheckIO): ExitCode | Promise<ExitCode> {
  const args = argumentsOrExit(argv, io, parse, USAGE);
  if (typeof args === "number") return args;
  if (args.file !== undefined) return checkGivenFile(args.file, args.root ?? ".", io);
  const config = args.config ?? CONFIG_FILES.find((name) => existsSync(path.join(io.cwd, name)));
  if (config === undefined) return checkGivenFile(DEFAULT_FILE, args.root ?? ".", io);
  if (!isFile(path.resolve(io.cwd, config))) return usageError(`la configuration « ${config} » n’existe pas`, io);
  if (args.root !== undefined) {
    return usageError(
      `--root s’emploie avec un FICHIER ; sans fichier, chaque liste du site prend le dossier de son option root (configuration « ${config} »)`,
      io,
    );
  }
  return checkSite(config, io);
}

function usageError(message: string, io: CheckIO): ExitCode {
  return printUsageError(message, USAGE, io);
}

/** One file, named on the command line (or the default one): unknown paths are usage errors. */
function checkGivenFile(given: string, givenRoot: string, io: CheckIO): ExitCode {
  const file = path.resolve(io.cwd, given);
  const root = path.resolve(io.cwd, givenRoot);
  if (!isDirectory(root)) return usageError(`le dossier du site « ${givenRoot} » n’existe pas`, io);
  if (!isFile(file)) return usageError(`le fichier « ${given} » n’existe pas`, io);
  return checkFile(file, root, io).status;
}

/**
 * Checks one data file and prints its problems, then a line saying whether it is valid. Its links
 * to the site's pages are counted: checked after the files in a site's check, else left to the
 * build (`later`).
 */
function checkFile(file: string, root: string, io: CheckIO, later = true): { status: ExitCode; pageLinks: number } {
  const displayName = path.relative(io.cwd, file) || file;
  const result = loadPlansFile(file, { root, displayName });
  report(result.diagnostics, io);
  const summary = summarize(result.diagnostics);
  if (!result.ok) {
    io.out(`${displayName} : ${summary}. Corrigez les erreurs ci-dessus, puis relancez la vérification.`);
    return { status: 1, pageLinks: 0 };
  }
  const count = result.data.plans.length;
  const s = count > 1 ? "s" : "";
  const noun = result.data.list.itemsKey === "plans" ? `plan${s}` : `élément${s}`;
  io.out(`${displayName} : valide, ${count} ${noun} vérifié${s} (${summary}).`);
  const pages = result.pageLinks.length;
  if (pages && later) {
    // The site's pages are known only to its configuration: say so rather than pass them as checked.
    io.out(
      `${pages} lien${pages > 1 ? "s" : ""} vers des pages du site ${pages > 1 ? "seront vérifiés" : "sera vérifié"} ` +
        "à la construction du site (npm run build), ou par npm run check sans FICHIER.",
    );
  }
  return { status: 0, pageLinks: pages };
}

/** Every list the site's configuration registers, each file checked as if it were given alone. */
async function checkSite(config: string, io: CheckIO): Promise<ExitCode> {
  let lists: RegisteredList[];
  try {
    lists = await siteLists(path.resolve(io.cwd, config));
  } catch (error) {
    io.err(
      `Erreur : la configuration Eleventy « ${config} » ne se charge pas : ${innermostMessage(error)}\n` +
        "Corrigez-la (npx @11ty/eleventy en dit plus), ou vérifiez un fichier à la fois : npm run check -- FICHIER.",
    );
    return 1;
  }
  if (lists.length === 0) return checkGivenFile(DEFAULT_FILE, ".", io);
  let status: ExitCode = 0;
  let pageLinks = 0;
  for (const list of lists) {
    const checked = checkFile(list.dataPath, list.root, io, false);
    if (checked.status !== 0) status = 1;
    pageLinks += checked.pageLinks;
  }
  if (status !== 0 || pageLinks === 0) return status;
  return checkSitePageLinks(path.resolve(io.cwd, config), pageLinks, io);
}

/**
 * The lists' links to the site's pages, against the pages the site builds: Eleventy runs the
 * site's configuration and computes every page's URL, and the plugin stops it there (nothing is
 * rendered, copied or written), leaving the links that lead nowhere.
 */
async function checkSitePageLinks(configPath: string, count: number, io: CheckIO): Promise<ExitCode> {
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(undefined, undefined, { configPath, quietMode: true } as ConstructorParameters<typeof Eleventy>[2]) as unknown as {
    disableLogger(): void;
    init(): Promise<void>;
    toJSON(): Promise<unknown>;
    eleventyConfig: { userConfig: object };
  };
  eleventy.disableLogger();
  await eleventy.init();
  const check: { broken?: Diagnostic[] } = {};
  const site = SITES.get(eleventy.eleventyConfig.userConfig);
  if (site) site.pageLinksCheck = check;
  const error = await eleventy.toJSON().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!check.broken) {
    io.err(
      `Erreur : la construction du site échoue avant de connaître ses pages${error ? ` (${firstLines(error)})` : ""} : ` +
        `${count > 1 ? `les ${count} liens vers des pages du site ne sont pas vérifiés` : "le lien vers une page du site n’est pas vérifié"}.\n` +
        "Lancez npm run build pour voir l’erreur en entier, corrigez-la, puis relancez la vérification.",
    );
    return 1;
  }
  report(check.broken, io);
  const s = count > 1 ? "s" : "";
  if (check.broken.length === 0) {
    io.out(`Liens vers les pages du site : ${count} vérifié${s}, ${count > 1 ? "chacun mène" : "il mène"} à une page que le site construit.`);
    return 0;
  }
  io.out(`Liens vers les pages du site : ${summarize(check.broken)}. Corrigez les erreurs ci-dessus, puis relancez la vérification.`);
  return 1;
}

/**
 * Runs the site's configuration as Eleventy does (its plugins included) without building, and
 * returns the lists the plugin registered. Eleventy is loaded only here: checking one file stays fast.
 */
async function siteLists(configPath: string): Promise<RegisteredList[]> {
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(undefined, undefined, { configPath, quietMode: true } as ConstructorParameters<typeof Eleventy>[2]) as unknown as {
    initializeConfig(): Promise<void>;
    eleventyConfig: { userConfig: object };
  };
  await eleventy.initializeConfig();
  return registeredLists(eleventy.eleventyConfig.userConfig);
}

/**
 * Eleventy wraps a configuration's error in its own, in English (`originalError`, or `cause`):
 * the plugin's French message is the innermost.
 */
function innermostMessage(error: unknown): string {
  type Wrapped = { message?: unknown; cause?: unknown; originalError?: unknown };
  let inner = error as Wrapped | undefined;
  for (let next = inner?.originalError ?? inner?.cause; next instanceof Error; next = inner.originalError ?? inner.cause) inner = next as Wrapped;
  return String(inner?.message ?? error);
}

/** The first line of each message along an error's chain (Eleventy's names the template, the cause says why). */
function firstLines(error: unknown): string {
  type Wrapped = { message?: unknown; cause?: unknown; originalError?: unknown };
  const lines: string[] = [];
  for (let e = error as Wrapped | undefined; e && lines.length < 5; e = (e.originalError ?? e.cause) as Wrapped | undefined) {
    const line = String(e.message ?? e).split("\n")[0]!.trim();
    if (line && !lines.includes(line)) lines.push(line);
  }
  return lines.join(" : ");
}

function report(diagnostics: readonly Diagnostic[], io: CheckIO): void {
  for (const d of diagnostics) io.out(formatDiagnostic(d));
  for (const line of githubAnnotations(diagnostics, io.env)) io.out(line);
}

if (isMainScript(import.meta.url)) {
  process.exitCode = await runCheck(process.argv.slice(2), processIO());
}
