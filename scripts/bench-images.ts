/**
 * What documents and covers cost the build: `npm run bench:images`.
 *
 * Builds two sites, each in fresh processes (so "cold" really starts from nothing):
 *   - the demo site (13 plans, 10 PNG covers, 1 real PDF);
 *   - a generated site of 100 plans, each with a generated PDF and no cover (100 covers drawn).
 * For each: a cold build (empty cache), a warm rebuild (same cache, nothing changed), then the
 * same two with `images: false`, then the same two again with the covers' content cache off and
 * eleventy-img's own caches on (`benchSettings` in src/enrich/covers.ts): what our cache saves.
 * Prints the seconds (the build itself, and the whole process with Node and tsx start-up), the
 * share spent on PDFs and on images, the work done (PDFs read, pages drawn, files encoded),
 * whether the build loaded sharp, and the with/without images ratios.
 *
 *   npm run bench:images                  # both sites, one build of each kind
 *   npm run bench:images -- --runs=3      # the median of 3 (on a busy machine)
 *   npm run bench:images -- --plans=30    # a smaller generated site
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { PlansActionOptions } from "../src/options.ts";
import type { WorkStats } from "../src/enrich/work-stats.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SELF = fileURLToPath(import.meta.url);

interface Run {
  seconds: number;
  processSeconds: number;
  stats: WorkStats;
  /** Whether the build loaded sharp (and so eleventy-img). */
  sharpLoaded: boolean;
}

interface ChildInput {
  options: PlansActionOptions;
  output: string;
  /** False: eleventy-img's caches instead of the covers' content cache. */
  contentCache: boolean;
}

if (process.argv[2] === "--child") {
  await child(JSON.parse(process.argv[3]!) as ChildInput);
} else {
  await main();
}

/** One build in this process; prints its time and work as JSON. */
async function child({ options, output, contentCache }: ChildInput): Promise<void> {
  const started = performance.now();
  const [{ writeSite }, { workStats }, { benchSettings }] = await Promise.all([
    import("../tests/helpers/build.ts"),
    import("../src/enrich/work-stats.ts"),
    import("../src/enrich/covers.ts"),
  ]);
  benchSettings.contentCache = contentCache;
  await writeSite(output, options);
  // sharp is a CommonJS module: once loaded, it is in require's cache.
  const sharpLoaded = Object.keys(createRequire(import.meta.url).cache).some((file) => /[\\/]node_modules[\\/]sharp[\\/]/.test(file));
  process.stdout.write(`\n${JSON.stringify({ seconds: (performance.now() - started) / 1000, stats: workStats, sharpLoaded })}\n`);
}

async function build(options: PlansActionOptions, output: string, contentCache: boolean): Promise<Run> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", SELF, "--child", JSON.stringify({ options, output, contentCache } satisfies ChildInput)],
    { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout.trim().split("\n").pop()!) as Omit<Run, "processSeconds">;
  return { ...result, processSeconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const arg = (name: string, fallback: number) =>
    Number(new RegExp(`^--${name}=(\\d+)$`).exec(process.argv.find((a) => a.startsWith(`--${name}=`)) ?? "")?.[1] ?? fallback);
  const plans = arg("plans", 100);
  const runs = Math.max(1, arg("runs", 1));
  const work = mkdtempSync(path.join(tmpdir(), "bench-images-"));
  try {
    console.log(`Machine: ${process.platform} ${process.arch}, Node ${process.version}, charge ${os.loadavg()[0]!.toFixed(1)} ; secondes${runs > 1 ? `, médiane de ${runs} constructions` : ""}.\n`);
    await benchSite("site de démonstration (13 plans, 10 couvertures PNG, 1 PDF)", { root: PROJECT_ROOT }, work, runs);
    const generated = await generateSite(path.join(work, "generated"), plans);
    await benchSite(`site généré (${plans} plans, ${plans} PDF, aucune couverture)`, generated, work, runs);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `runs` cold builds (each with an empty cache) and the warm rebuild after each; medians. */
async function coldAndWarm(base: PlansActionOptions, work: string, runs: number, contentCache = true): Promise<[Run, Run]> {
  const cold: Run[] = [];
  const warm: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(work, "run-"));
    const options = { ...base, cacheDir: path.join(dir, "cache") };
    cold.push(await build(options, path.join(dir, "_site"), contentCache));
    warm.push(await build(options, path.join(dir, "_site"), contentCache));
  }
  return [median(cold), median(warm)];
}

function median(list: Run[]): Run {
  return [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)]!;
}

async function benchSite(title: string, base: PlansActionOptions, work: string, runs: number): Promise<void> {
  const [cold, warm] = await coldAndWarm(base, work, runs);
  const [off, offWarm] = await coldAndWarm({ ...base, images: false }, work, runs);
  const [imgCold, imgWarm] = await coldAndWarm(base, work, runs, false);
  console.log(title);
  const rows: Array<[string, Run]> = [
    ["à froid (cache vide)", cold],
    ["à chaud (rien n’a changé)", warm],
    ["sans images, à froid", off],
    ["sans images, à chaud", offWarm],
    ["caches d’eleventy-img, à froid", imgCold],
    ["caches d’eleventy-img, à chaud", imgWarm],
  ];
  console.log(
    `  ${"construction".padEnd(30)} ${"build".padStart(7)} ${"process".padStart(8)} ${"PDF".padStart(13)} ${"images".padStart(14)} ${"sharp".padStart(5)}   travail`,
  );
  for (const [name, run] of rows) {
    const share = (ms: number) => `${(ms / 1000).toFixed(2)} (${Math.round((ms / 10 / run.seconds))} %)`;
    console.log(
      `  ${name.padEnd(30)} ${run.seconds.toFixed(2).padStart(7)} ${run.processSeconds.toFixed(2).padStart(8)} ${share(run.stats.pdfMs).padStart(13)} ${share(run.stats.imageMs).padStart(14)} ${(run.sharpLoaded ? "oui" : "non").padStart(5)}   ` +
        `${run.stats.pdfReads} PDF lus, ${run.stats.pdfRenders} pages dessinées, ${run.stats.imageEncodes} fichiers encodés`,
    );
  }
  console.log(
    `  coût des images (avec / sans) : ×${(cold.seconds / off.seconds).toFixed(2)} à froid, ×${(warm.seconds / offWarm.seconds).toFixed(2)} à chaud`,
  );
  console.log(
    `  à chaud, caches d’eleventy-img / cache de contenu : ×${(imgWarm.seconds / warm.seconds).toFixed(2)} (${imgWarm.seconds >= warm.seconds ? "+" : ""}${(imgWarm.seconds - warm.seconds).toFixed(2)} s)\n`,
  );
}

/** A site folder with `count` generated PDFs (1–4 pages, tagged, French) and their YAML. */
async function generateSite(root: string, count: number): Promise<PlansActionOptions> {
  const { makePdf } = await import("../tests/helpers/pdf.ts");
  mkdirSync(path.join(root, "docs"), { recursive: true });
  const demo = readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8");
  const page = demo.slice(demo.indexOf("page:"), demo.indexOf("\nplans:"));
  const lines = [page.replace(/\n {2}image: .*\n/, "\n"), "plans:"];
  for (let i = 1; i <= count; i++) {
    const name = `plan-${String(i).padStart(3, "0")}.pdf`;
    writeFileSync(path.join(root, "docs", name), await makePdf({ pages: 1 + (i % 4), lang: "fr-FR", tagged: true, title: `Plan ${i}` }));
    lines.push(`  - ministry: Ministère ${i}`, `    title: Plan d’action numéro ${i}`, `    link: /docs/${name}`);
  }
  writeFileSync(path.join(root, "plans.yaml"), `${lines.join("\n")}\n`);
  return { root, dataFile: "plans.yaml" };
}
