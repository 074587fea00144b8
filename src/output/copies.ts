/**
 * The files the pages link to, put into the output: the covers the plugin made, and (with
 * `copyFiles`) the site's documents and images; DSFR's fonts and icons once its CSS is purged.
 * Planning is pure; copying skips what an earlier build already wrote.
 */
import { copyFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { LinkedFile } from "../enrich/enrich-plans.ts";
import type { PlansData } from "../model.ts";
import { sitePathToFile } from "../site-path.ts";

export interface CopyPlanOptions {
  /** The build's output folder. */
  output: string;
  /** Copy the site's own documents and images too. */
  copyFiles: boolean;
  /** The site's root folder, where `page.image` resolves. */
  root: string;
}

/**
 * Destination → source, each destination once: plans share covers (10,000 plans, 10 covers), and
 * copying one file to one place many times at once is wasted work.
 */
export function plannedCopies(
  data: PlansData,
  linkedFiles: readonly LinkedFile[],
  opts: CopyPlanOptions,
): Map<string, string> {
  const copies = new Map<string, string>();
  // Covers are the plugin's own output (optimised, generated or the placeholder): always written.
  for (const file of linkedFiles) {
    if (file.generated || opts.copyFiles) copies.set(sitePathToFile(opts.output, file.url), file.source);
  }
  if (opts.copyFiles) {
    for (const plan of data.plans) {
      for (const doc of plan.files ?? (plan.document ? [plan.document] : [])) {
        if (doc.sourcePath) copies.set(sitePathToFile(opts.output, doc.url), doc.sourcePath);
      }
    }
    const image = data.page.image;
    if (image) copies.set(sitePathToFile(opts.output, image), path.join(opts.root, image));
  }
  return copies;
}

/** Each folder created once, then the files copied side by side. */
export async function copyAll(copies: ReadonlyMap<string, string>): Promise<void> {
  const folders = new Set([...copies.keys()].map((to) => path.dirname(to)));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...copies].map(([to, from]) => copyIfChanged(from, to)));
}

/** Copy unless the target already has the same size and is newer: a rebuild copies nothing. */
async function copyIfChanged(from: string, to: string): Promise<void> {
  const [src, dest] = await Promise.all([stat(from), stat(to).catch(() => undefined)]);
  if (dest && dest.size === src.size && dest.mtimeMs >= src.mtimeMs) return;
  await copyFile(from, to);
}
