/**
 * What the form needs to know of each list, read from its validated data: which file, which
 * kind of list, the publishers and categories it already uses, the fields it requires, and the
 * folders its documents and images are in (where the form uploads new ones).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { requiredBecause } from "../load/list-rules.ts";
import type { PlansData } from "../model.ts";
import type { Requirable } from "../schema-items.ts";
import type { ResolvedOptions } from "../options.ts";
import type { EditedList, MediaFolder } from "./cms-config.ts";

/** The repository's root: the first folder at or above `root` that holds `.git`, else `root`. */
export function repositoryRoot(root: string): string {
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return root;
  }
}

/** `owner/name` from the option, GitHub Actions' `GITHUB_REPOSITORY`, or the site's package.json. */
export function repositoryName(option: string | undefined, root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (option) return option;
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  const manifest = path.join(root, "package.json");
  if (!existsSync(manifest)) return undefined;
  const { repository } = JSON.parse(readFileSync(manifest, "utf8")) as { repository?: string | { url?: string } };
  const url = typeof repository === "string" ? repository : repository?.url;
  return url ? /github(?:\.com[:/]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url)?.[1] : undefined;
}

export function editedList(opts: ResolvedOptions, data: PlansData | undefined, repoRoot: string): EditedList {
  const itemsKey = data?.list.itemsKey ?? "plans";
  // A plans file calls its publisher `ministry`; the rules name it `publisher` in every list.
  const publisher = itemsKey === "plans" ? "ministry" : "publisher";
  const plans = data?.plans ?? [];
  const publishers = unique(plans.map((p) => p.ministry));
  const documents = plans.flatMap((p) => (p.files ?? (p.document ? [p.document] : [])).filter((d) => !d.external).map((d) => d.url));
  const images = [...plans.map((p) => p.cover), data?.page.image];
  const relative = (file: string) => path.relative(repoRoot, file).split(path.sep).join("/");
  return {
    name: opts.dataKey,
    label: data?.page.navigation?.title ?? data?.page.title ?? opts.dataKey,
    file: relative(opts.dataPath),
    itemsKey,
    required: required(data).map((field) => (field === "publisher" ? publisher : field)),
    choices: {
      ...(publishers.length ? { [publisher]: publishers } : {}),
      ...(data?.list.categories.length ? { category: data.list.categories } : {}),
    },
    documents: mediaFolder(documents, "/docs", opts.root, relative),
    images: mediaFolder(images, "/img", opts.root, relative),
  };
}

/** The fields every item of the list must have: those it requires, and the one it is grouped by. */
function required(data: PlansData | undefined): Requirable[] {
  if (!data) return [];
  const candidates = new Set<Requirable>([...data.list.required, "date", "category", "publisher"]);
  return [...candidates].filter((field) => requiredBecause(data.list, field) !== undefined);
}

/**
 * The folder the paths share (`/img/plans-action` for the covers), or the first folder of a lone
 * one (`/docs` for `/docs/2022/mte/bilan.pdf`: a ministry's folder is no place for every upload).
 */
function mediaFolder(paths: ReadonlyArray<string | undefined>, fallback: string, root: string, relative: (file: string) => string): MediaFolder {
  const files = unique(paths.filter((p): p is string => !!p?.startsWith("/")));
  const folders = files.map((p) => p.split("/").slice(1, -1));
  let shared: string[] = folders[0] ?? fallback.split("/").slice(1);
  for (const folder of folders.slice(1)) shared = shared.slice(0, commonLength(shared, folder));
  if (files.length < 2) shared = shared.slice(0, 1);
  const sitePath = shared.length ? `/${shared.join("/")}` : fallback;
  return { media: relative(path.join(root, ...sitePath.split("/").filter(Boolean))), public: sitePath };
}

function commonLength(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function unique<T>(values: ReadonlyArray<T | undefined>): T[] {
  const seen = new Map<string, T>();
  for (const v of values) if (v !== undefined) seen.set(JSON.stringify(v), v);
  return [...seen.values()];
}
