/**
 * `npm run bench -- --against <git ref>`: the plugin as it was at an earlier commit, built once
 * into `.cache/bench/baseline-<commit>/` (the commit's files by `git archive`, this checkout's
 * node_modules, its own `scripts/build-plugin.ts`), so that the benchmark can time both plugins
 * in the same rounds: a ratio that moves between two series on a busy machine is compared with
 * what the same machine gives the earlier plugin at the same moments.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BENCH_ROOT, PROJECT_ROOT } from "./sites.ts";

export interface Baseline {
  /** The commit, abbreviated, as printed. */
  commit: string;
  /** The URL of its compiled plugin, for a site's `import`. */
  entry: string;
}

export function buildBaseline(ref: string): Baseline {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8" }).trim();
  let commit: string;
  try {
    commit = git("rev-parse", "--short=10", `${ref}^{commit}`);
  } catch {
    throw new Error(`--against ${ref} : ce n’est pas un commit de ce dépôt. Donnez un hash, une branche ou une étiquette (git log --oneline).`);
  }
  const dir = path.join(BENCH_ROOT, `baseline-${commit}`);
  const entry = path.join(dir, "dist/index.js");
  if (!existsSync(entry)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync("sh", ["-c", `git archive ${commit} | tar -x -C "${dir}"`], { cwd: PROJECT_ROOT });
    symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    console.log(`Compilation du plugin de ${commit} …`);
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/build-plugin.ts"], { cwd: dir, stdio: "ignore" });
  }
  return { commit, entry: pathToFileURL(entry).href };
}
