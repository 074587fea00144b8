/**
 * What the project's commands (`check`, `import`) share: how they print, how they exit, how they
 * tell a file from a folder, how they translate Node's argument errors into French, and whether
 * the module is the script Node was started with.
 */
import { realpathSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ParseArgsConfig, parseArgs } from "node:util";

/** Where a command prints, and what it knows of its process: tests pass their own. */
export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** 0 done, 1 the input has problems, 2 the command line is wrong. */
export type ExitCode = 0 | 1 | 2;

/** A mistake in the command line: printed with the command's usage, exit status 2. */
export class UsageError extends Error {}

/** A command's usage error: the message, then its usage, on stderr; exit status 2. */
export function usageError(message: string, usage: string, io: CommandIO): ExitCode {
  io.err(`Erreur : ${message}.\n\n${usage}`);
  return 2;
}

/**
 * The start every command shares: its arguments parsed by `parse`, or the exit status when there
 * is nothing more to do (2 after a usage error, 0 after `--help`, each printed with `usage`).
 */
export function argumentsOrExit<A extends { help: boolean }>(argv: readonly string[], io: CommandIO, parse: (argv: readonly string[]) => A, usage: string): A | ExitCode {
  let args: A;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageError(error.message, usage, io);
  }
  if (!args.help) return args;
  io.out(usage);
  return 0;
}

/** What a command's string option holds (« un dossier »), and a value to show as an example (« . »). */
export type StringOptions = Record<string, { what: string; example: string }>;

type CommandLine<T> = { args: string[]; options: T; allowPositionals: true; strict: true };

/**
 * A command line parsed by Node's `parseArgs` (strict, one positional at most, `one` saying so:
 * « un seul fichier »), each mistake a French usage error: an unknown option, a string option
 * without its value or left empty (`strings` gives what it holds and an example).
 */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: readonly string[],
  options: T,
  strings: StringOptions,
  one: string,
): ReturnType<typeof parseArgs<CommandLine<T>>> {
  let parsed;
  try {
    parsed = parseArgs<CommandLine<T>>({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(translateParseError(error as Error & { code?: string }, (name) => `${name} ${strings[name.slice(2)]?.example ?? "."}`));
  }
  const { positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`${one} à la fois (reçu : ${positionals.map((p) => `« ${p} »`).join(", ")})`);
  const values = parsed.values as Record<string, unknown>;
  for (const [name, { what }] of Object.entries(strings)) {
    if (typeof values[name] === "string" && values[name].trim() === "") throw new UsageError(`--${name} attend ${what}`);
  }
  return parsed;
}

/**
 * Node's `parseArgs` errors (in English) in French. `example` gives a good value for an option
 * that was given without one (`--root` → `--root .`).
 */
export function translateParseError(error: Error & { code?: string }, example: (option: string) => string): string {
  const option = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `option inconnue « ${option ?? error.message} »`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const name = option?.replace(/ <value>$/, "") ?? "--root";
      return `l’option « ${name} » attend une valeur (par exemple ${example(name)})`;
    }
    default:
      return error.message;
  }
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Whether the module at `moduleUrl` is the script Node was started with (directly, or through a `bin` link). */
export function isMainScript(moduleUrl: string): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** The process's own IO, for a command run from the shell. */
export function processIO(): CommandIO {
  return { out: (line) => console.log(line), err: (line) => console.error(line), env: process.env, cwd: process.cwd() };
}
