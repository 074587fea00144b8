#!/usr/bin/env node
/**
 * `npx plans-action-import PAGE.html [--root DOSSIER] [--out FICHIER] [--force]`: turns a list
 * written by hand in a published page into the data file the plugin publishes, and reports what
 * the page gets wrong today (dead links to the site's files, sizes that do not read as sizes).
 *
 * Exit status: 0 the file was written (dead links allowed: they are in it, with a comment),
 * 1 nothing could be imported (not HTML, no `<main>`, no list), 2 usage error. Nothing is
 * written unless the status is 0.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { endSentence } from "../diagnostics.ts";
import { importPage, type ImportReport } from "../import/import-page.ts";
import { SCHEMA_FILE } from "../validate/contract.ts";
import { argumentsOrExit, isDirectory, isFile, isMainScript, parseCommandLine, processIO, usageError as printUsageError, type CommandIO, type ExitCode } from "./files.ts";

export const USAGE = `Utilisation : npx plans-action-import PAGE.html [--root DOSSIER] [--out FICHIER] [--force]

Lit la liste de documents d’une page publiée (cartes, tuiles, liens de téléchargement, listes
de liens sous un titre) et écrit le fichier YAML que le plugin publie à sa place.

  PAGE.html          la page telle que le site la publie (un fichier de son dossier de sortie,
                     par exemple _site/publications/ressources/index.html)
  --root DOSSIER     le dossier du site, où se trouvent les fichiers des chemins /docs/… et
                     /img/… (par défaut : le dossier courant)
  --out FICHIER      le fichier YAML à écrire (par défaut : la sortie standard)
  --force            remplace FICHIER s’il existe déjà
  -h, --help         affiche cette aide

Codes de sortie : 0 fichier écrit, 1 rien à importer (pas une page HTML, pas de <main>,
aucune liste), 2 commande mal écrite. Rien n’est écrit en cas d’erreur.`;


interface Arguments {
  help: boolean;
  page?: string;
  root: string;
  out?: string;
  force: boolean;
}

function parse(argv: readonly string[]): Arguments {
  const { values, positionals } = parseCommandLine(
    argv,
    { root: { type: "string" }, out: { type: "string" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    { root: { what: "un dossier", example: "." }, out: { what: "un fichier", example: "data/liste.yaml" } },
    "une seule page",
  );
  return { help: values.help ?? false, page: positionals[0], root: values.root ?? ".", out: values.out, force: values.force ?? false };
}

export function runImport(argv: readonly string[], io: CommandIO, today = new Date().toISOString().slice(0, 10)): ExitCode {
  const args = argumentsOrExit(argv, io, parse, USAGE);
  if (typeof args === "number") return args;
  if (args.page === undefined) return usageError("indiquez la page à importer, par exemple _site/publications/ressources/index.html", io);
  const page = path.resolve(io.cwd, args.page);
  const root = path.resolve(io.cwd, args.root);
  if (!isFile(page)) return usageError(`la page « ${args.page} » n’existe pas`, io);
  if (!isDirectory(root)) return usageError(`le dossier du site « ${args.root} » n’existe pas`, io);
  const out = args.out === undefined ? undefined : path.resolve(io.cwd, args.out);
  if (out && args.out) {
    if (existsSync(out) && !args.force) {
      return usageError(`le fichier « ${args.out} » existe déjà : ajoutez --force pour le remplacer, ou choisissez un autre --out`, io);
    }
    if (!isDirectory(path.dirname(out))) return usageError(`le dossier de « ${args.out} » n’existe pas : créez-le d’abord`, io);
  }
  const shown = path.relative(io.cwd, page) || page;
  const outcome = importPage(readFileSync(page, "utf8"), {
    root,
    rootName: args.root,
    file: page,
    schema: schemaPath(out ? path.dirname(out) : io.cwd),
    source: shown,
    target: args.out ?? "FICHIER.yaml",
    today,
  });
  if (!outcome.ok) {
    io.err(`${shown}:${outcome.line}:${outcome.col} erreur : ${endSentence(outcome.message)} ${endSentence(outcome.fix)}`);
    io.err("Rien n’a été écrit.");
    return 1;
  }
  for (const dead of outcome.report.dead) {
    io.err(
      `${shown}:${dead.line}:${dead.col} avertissement : ligne ${dead.line} : ${dead.link} n’existe pas dans le dossier du site (${args.root}). ` +
        `${dead.image ? "Ajoutez l’image, ou corrigez son chemin" : "Ajoutez le fichier, ou corrigez le lien"} dans le fichier YAML (un commentaire l’y signale).`,
    );
  }
  for (const item of outcome.report.uncategorized) {
    io.err(
      `${shown}:${item.line}:${item.col} avertissement : « ${item.title} » est avant le premier titre de la page, il n’a pas de catégorie. ` +
        "Écrivez sa « category: » dans le fichier YAML (un commentaire l’y signale).",
    );
  }
  if (out && args.out) writeFileSync(out, outcome.yaml);
  else io.out(outcome.yaml.trimEnd());
  io.err(summary(args.out, outcome.report));
  return 0;
}

function usageError(message: string, io: CommandIO): ExitCode {
  return printUsageError(message, USAGE, io);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;

/** « data/x.yaml écrit : 48 éléments (2 à paraître), 11 catégories, 0 lien mort ; laissés de côté : … ». */
export function summary(out: string | undefined, report: ImportReport): string {
  const { links, images } = report.skipped;
  const left =
    links + images === 0
      ? "rien n’a été laissé de côté"
      : `laissés de côté : ${plural(links, "lien")} et ${plural(images, "image")} du texte, à reprendre à la main s’il le faut`;
  return (
    `${out ?? "YAML"} écrit${out ? "" : " sur la sortie standard"} : ${plural(report.items, "élément")}${report.forthcoming ? ` (dont ${report.forthcoming} à paraître)` : ""}, ` +
    `${plural(report.categories, "catégorie")}, ${plural(report.dead.length, "lien mort", "liens morts")} ; ${left}.`
  );
}

/** The schema's path as the data file's first line gives it, relative to the file's folder. */
function schemaPath(folder: string): string {
  const relative = path.relative(folder, SCHEMA_FILE).split(path.sep).join("/");
  return relative.startsWith(".") ? relative : `./${relative}`;
}

if (isMainScript(import.meta.url)) {
  process.exitCode = runImport(process.argv.slice(2), processIO());
}
