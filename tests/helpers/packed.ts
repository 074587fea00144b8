/**
 * The published package, as another site gets it: `npm pack` (which runs `prepare`, compiling
 * src/ to dist/), then the tarball installed offline into a throw-away site with the peers a site
 * installs itself, at the versions this project is tested with.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "./build.ts";

export const run = promisify(execFile);

/** The environment without the npm settings of the `npm test` that started vitest. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(config|lifecycle|package)_/i.test(k) || k === "npm_config_cache")),
    ...extra,
  };
}

export async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run("npm", args, { cwd, env: cleanEnv(), maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

export interface Packed {
  /** The tarball's file name, in `folder`. */
  filename: string;
  files: string[];
}

export async function pack(folder: string): Promise<Packed> {
  const [packed] = JSON.parse(await npm(["pack", "--json", "--pack-destination", folder], PROJECT_ROOT)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  return { filename: packed!.filename, files: packed!.files.map((f) => f.path) };
}

/**
 * The project's `overrides`, each `$name` (npm's reference to a root dependency) replaced by the
 * version the project asks for: a site has no such root dependency to refer to.
 */
function ownOverrides(own: { overrides?: Record<string, unknown>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }) {
  const versions: Record<string, string> = { ...own.dependencies, ...own.devDependencies };
  const resolve = (value: unknown): unknown =>
    typeof value === "string"
      ? value.startsWith("$")
        ? versions[value.slice(1)]
        : value
      : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, resolve(v)]));
  return resolve(own.overrides ?? {});
}

/**
 * Installs the tarball (at `tarball`, relative to `site`) and the peers into `site`, offline,
 * from the npm cache `npm ci` filled, and only from it: a newcomer's cache holds the tarballs of
 * the locked versions, not the registry's package documents that choosing another version needs.
 * So the project's lockfile is the starting point (npm keeps the versions it locked), and its
 * `overrides` too: without them, eleventy-img 6 asks for the sharp 0.33 it declares, which
 * `npm ci` never fetched (ENOTCACHED as soon as the site depends on eleventy-img itself).
 */
export async function installPacked(site: string, tarball: string, extra: Record<string, string> = {}): Promise<void> {
  const own = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8"));
  writeFileSync(
    path.join(site, "package.json"),
    JSON.stringify({
      name: "site-de-test",
      private: true,
      type: "module",
      dependencies: {
        "@11ty/eleventy": own.devDependencies["@11ty/eleventy"],
        "@gouvfr/dsfr": own.devDependencies["@gouvfr/dsfr"],
        "eleventy-plugin-plans-action": `file:${tarball}`,
        ...extra,
      },
      overrides: ownOverrides(own),
    }),
  );
  writeFileSync(path.join(site, ".dsfr.yml"), "accept-license: 1.0.1\n");
  cpSync(path.join(PROJECT_ROOT, "package-lock.json"), path.join(site, "package-lock.json"));
  await npm(["install", "--offline", "--ignore-scripts", "--legacy-peer-deps", "--no-audit", "--no-fund"], site);
}

/** The versions of every copy of `name` under the site's node_modules, nested ones included. */
export function installedCopies(root: string, name: string): string[] {
  const versions: string[] = [];
  const visit = (modules: string) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules).filter((e) => !e.startsWith("."))) {
      const packages = entry.startsWith("@") ? readdirSync(path.join(modules, entry)).map((e) => `${entry}/${e}`) : [entry];
      for (const pkg of packages) {
        if (pkg === name) versions.push(JSON.parse(readFileSync(path.join(modules, pkg, "package.json"), "utf8")).version);
        visit(path.join(modules, pkg, "node_modules"));
      }
    }
  };
  visit(path.join(root, "node_modules"));
  return versions;
}

/** The site's data, documents and covers: what a site keeps of its own. */
export function copySiteContent(site: string): void {
  cpSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), path.join(site, "data/plans-action.yaml"));
  cpSync(path.join(PROJECT_ROOT, "docs"), path.join(site, "docs"), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, "img"), path.join(site, "img"), { recursive: true });
}

/** A real `eleventy` build of the site, with its own node_modules. */
export async function eleventy(cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<void> {
  await run(process.execPath, [path.join(cwd, "node_modules/@11ty/eleventy/cmd.cjs"), "--quiet", ...args], { cwd, env: cleanEnv(env) });
}

