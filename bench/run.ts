/**
 * `npm run bench`: what the plugin costs a site, side by side, each figure the median of several
 * cold processes (a new Node process per run, build output removed before each), with peak memory.
 *
 *   (a) an empty Eleventy site: the floor (Node and Eleventy start-up)
 *   (b) the 13 seed cards written by hand as HTML in a Markdown page (the original's way)
 *   (c) the same 13 plans through the plugin
 *   (d) 1,000 and 10,000 generated plans, through the plugin (in pages of `pageSize`)
 *   (e) checking a 10,000-plan file (load, validate, enrich) in its own process
 *   (f) a host site of 400 pages (its own layouts, Liquid Markdown) with the 13 cards by hand
 *   (g) the same site with the plugin in the site's layout (13 plans, covers cached): the page
 *       alone, as the hand-written site has it (g1), and with the ministry pages, open data and
 *       feed it adds by default (g2)
 *
 * Prints a table, then the same figures as JSON (also written to .cache/bench/results.json).
 * Each scenario also shows its CPU time (user + system), which a busy machine inflates far less
 * than wall-clock time, and the machine's load average is printed before and after: targets are
 * judged on the wall-clock medians, the figures the issue asks for.
 * Exits 1 when a target is missed. Options: --runs N (default 5); --against <git ref> also times
 * (c) and (g1) with the plugin of an earlier commit (bench/baseline.ts), in the same rounds, and
 * says whether c/b and g1/f moved by more than their noise: the spread of that commit's own
 * ratios over the rounds.
 */
import { existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Command, median, runOnce, type Sample } from "./measure.ts";
import { buildBaseline } from "./baseline.ts";
import { BENCH_ROOT, checkSite, emptySite, generatedSite, hostSite, PROJECT_ROOT, pluginSite, staticSite } from "./sites.ts";

const fr = (n: number, digits: number) => n.toLocaleString("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error("--runs attend un nombre entier ≥ 1");
const againstArg = process.argv.indexOf("--against");
if (againstArg > 0 && !process.argv[againstArg + 1]) throw new Error("--against attend un commit : --against a97d7a3");
const baseline = againstArg > 0 ? buildBaseline(process.argv[againstArg + 1]!) : undefined;

const ELEVENTY = path.join(PROJECT_ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
const CHECK_CLI = path.join(PROJECT_ROOT, "dist/cli/check.js");

interface Scenario {
  id: string;
  label: string;
  plans: number;
  command: Command;
}

function eleventy(dir: string): Command {
  return { args: [ELEVENTY, "--quiet"], cwd: dir, clean: path.join(dir, "_site") };
}

function hostEleventy({ dir, env }: { dir: string; env: NodeJS.ProcessEnv }): Command {
  return { args: [ELEVENTY, "--quiet", "--config=eleventy.config.cjs"], cwd: dir, clean: path.join(dir, "_site"), env };
}

function checkCommand(count: number): Command {
  const { dir, file } = checkSite(count);
  // The `check` command once it is built; until then, the same work through the public API.
  const args = existsSync(CHECK_CLI)
    ? [CHECK_CLI, file, "--root", dir]
    : [path.join(PROJECT_ROOT, "bench/check-plans.mjs"), file, dir];
  return { args, cwd: dir };
}

if (!existsSync(path.join(PROJECT_ROOT, "dist/index.js"))) {
  throw new Error("dist/ manque : lancez « npm run bench », qui compile le plugin avant de mesurer.");
}

const loadBefore = os.loadavg()[0]!;
console.log(`Préparation des sites dans ${path.relative(process.cwd(), BENCH_ROOT)}/ …`);
const scenarios: Scenario[] = [
  { id: "a", label: "(a) site Eleventy vide", plans: 0, command: eleventy(emptySite()) },
  { id: "b", label: "(b) 13 cartes HTML écrites à la main (Markdown)", plans: 13, command: eleventy(await staticSite()) },
  { id: "c", label: "(c) 13 plans par le plugin", plans: 13, command: eleventy(pluginSite()) },
  { id: "d1k", label: "(d) 1 000 plans par le plugin", plans: 1_000, command: eleventy(generatedSite(1_000)) },
  { id: "d10k", label: "(d) 10 000 plans par le plugin", plans: 10_000, command: eleventy(generatedSite(10_000)) },
  { id: "e", label: "(e) vérification de 10 000 plans", plans: 10_000, command: checkCommand(10_000) },
  { id: "f", label: "(f) site hôte de 400 pages, 13 cartes à la main", plans: 13, command: hostEleventy(hostSite("none")) },
  {
    id: "g1",
    label: "(g) le même site, la page par le plugin",
    plans: 13,
    command: hostEleventy(hostSite("layout", { name: "page", options: { ministryPages: false, openData: false, feed: false } })),
  },
  { id: "g2", label: "(g) …avec pages par ministère, données, flux", plans: 13, command: hostEleventy(hostSite("layout")) },
];
if (baseline) {
  const { commit, entry } = baseline;
  scenarios.push(
    { id: "c0", label: `(c) le plugin de ${commit}`, plans: 13, command: eleventy(pluginSite({ name: "c-baseline", entry })) },
    {
      id: "g10",
      label: `(g) la page par le plugin de ${commit}`,
      plans: 13,
      command: hostEleventy(hostSite("layout", { name: "page-baseline", entry, options: { ministryPages: false, openData: false, feed: false } })),
    },
  );
}

// One discarded run each (disk cache, lazy compilation), then rounds in turn so that a busy
// moment of the machine falls on every scenario alike.
for (const s of scenarios) runOnce(s.command);
const samples = new Map<string, Sample[]>(scenarios.map((s) => [s.id, []]));
for (let round = 1; round <= RUNS; round++) {
  process.stdout.write(`Mesure ${round}/${RUNS} …\r`);
  for (const s of scenarios) samples.get(s.id)!.push(runOnce(s.command));
}

const results = scenarios.map((s) => {
  const list = samples.get(s.id)!;
  const seconds = list.map((x) => x.seconds);
  const cpu = list.map((x) => x.cpuSeconds);
  return {
    id: s.id,
    label: s.label,
    plans: s.plans,
    medianSeconds: round3(median(seconds)),
    minSeconds: round3(Math.min(...seconds)),
    maxSeconds: round3(Math.max(...seconds)),
    medianCpuSeconds: round3(median(cpu)),
    medianMaxRssMb: Math.round(median(list.map((x) => x.maxRssMb))),
    samplesSeconds: seconds.map(round3),
  };
});
const at = (id: string) => results.find((r) => r.id === id)!.medianSeconds;
const cpuAt = (id: string) => results.find((r) => r.id === id)!.medianCpuSeconds;
const ratios = {
  "c/b": round2(at("c") / at("b")),
  "d1k/c": round2(at("d1k") / at("c")),
  "d10k/c": round2(at("d10k") / at("c")),
  "g1/f": round2(at("g1") / at("f")),
  "g2/f": round2(at("g2") / at("f")),
};
const cpuRatios = {
  "c/b": round2(cpuAt("c") / cpuAt("b")),
  "d1k/c": round2(cpuAt("d1k") / cpuAt("c")),
  "d10k/c": round2(cpuAt("d10k") / cpuAt("c")),
  "g1/f": round2(cpuAt("g1") / cpuAt("f")),
  "g2/f": round2(cpuAt("g2") / cpuAt("f")),
};
const targets = [
  { name: "c ≤ 1,2 × b", value: ratios["c/b"], limit: 1.2, ok: ratios["c/b"] <= 1.2 },
  { name: "10 000 plans ≤ 3 × c", value: ratios["d10k/c"], limit: 3, ok: ratios["d10k/c"] <= 3 },
  // Each page of a long list is a page of its own (pagination): what the pages cost, in CPU.
  { name: "10 000 plans ≤ 3 × c en temps CPU", value: cpuRatios["d10k/c"], limit: 3, ok: cpuRatios["d10k/c"] <= 3 },
  { name: "vérification de 10 000 plans < 1 s", value: at("e"), limit: 1, ok: at("e") < 1 },
  { name: "site hôte : la page par le plugin ≤ 1,05 × à la main", value: ratios["g1/f"], limit: 1.05, ok: ratios["g1/f"] <= 1.05 },
];
// Against an earlier commit: each round's ratio for both plugins; a move beyond half the spread
// of the earlier plugin's own ratios is more than the machine's noise.
const roundRatios = (id: string, over: string, key: "seconds" | "cpuSeconds") =>
  samples.get(id)!.map((sample, i) => sample[key] / samples.get(over)![i]![key]);
const moves = baseline
  ? (["seconds", "cpuSeconds"] as const).flatMap((key) =>
      [
        ["c/b", "c", "c0", "b"],
        ["g1/f", "g1", "g10", "f"],
      ].map(([name, now, before, over]) => {
        const earlier = roundRatios(before!, over!, key);
        const [ratioNow, ratioBefore] = [median(roundRatios(now!, over!, key)), median(earlier)];
        const noise = (Math.max(...earlier) - Math.min(...earlier)) / 2;
        return { name: `${name}${key === "cpuSeconds" ? " (CPU)" : ""}`, now: round3(ratioNow), before: round3(ratioBefore), move: round3(ratioNow - ratioBefore), noise: round3(noise) };
      }),
    )
  : [];
for (const m of moves.filter((m) => !m.name.endsWith("(CPU)"))) {
  targets.push({ name: `${m.name} face à ${baseline!.commit} : écart ≤ bruit (${fr(m.noise, 3)})`, value: m.move, limit: m.noise, ok: m.move <= m.noise });
}
const cpus = os.cpus();
const report = {
  date: new Date().toISOString(),
  machine: {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? "inconnu",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverageBefore: round2(loadBefore),
    loadAverageAfter: round2(os.loadavg()[0]!),
  },
  runs: RUNS,
  checkedWith: scenarios.find((s) => s.id === "e")!.command.args[0] === CHECK_CLI ? "dist/cli/check.js" : "loadPlansFile (bench/check-plans.mjs)",
  results,
  ratios,
  cpuRatios,
  targets,
  ...(baseline ? { against: { commit: baseline.commit, moves } } : {}),
};

const rows = [
  ["scénario", "médiane (s)", "min – max (s)", "CPU (s)", "mémoire max (Mo)"],
  ...results.map((r) => [
    r.label,
    fr(r.medianSeconds, 2),
    `${fr(r.minSeconds, 2)} – ${fr(r.maxSeconds, 2)}`,
    fr(r.medianCpuSeconds, 2),
    String(r.medianMaxRssMb),
  ]),
];
const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
const line = (row: string[]) => `| ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join(" | ")} |`;
console.log(
  `\n${RUNS} mesures par scénario, ${report.machine.cores} cœurs ${report.machine.cpu}, Node ${report.machine.node}, ` +
    `charge moyenne ${fr(report.machine.loadAverageBefore, 1)} avant, ${fr(report.machine.loadAverageAfter, 1)} après\n`,
);
console.log(line(rows[0]!));
console.log(`|${widths.map((w, col) => (col === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
for (const row of rows.slice(1)) console.log(line(row));
console.log(`\nc/b = ${fr(ratios["c/b"], 2)}   d(1 000)/c = ${fr(ratios["d1k/c"], 2)}   d(10 000)/c = ${fr(ratios["d10k/c"], 2)}`);
console.log(
  `site hôte de 400 pages : g1/f = ${fr(ratios["g1/f"], 2)} (CPU ${fr(cpuRatios["g1/f"], 2)})   ` +
    `g2/f = ${fr(ratios["g2/f"], 2)} (CPU ${fr(cpuRatios["g2/f"], 2)})`,
);
console.log(`en temps CPU : c/b = ${fr(cpuRatios["c/b"], 2)}   d(1 000)/c = ${fr(cpuRatios["d1k/c"], 2)}   d(10 000)/c = ${fr(cpuRatios["d10k/c"], 2)}`);
console.log(
  `13 / 1 000 / 10 000 plans : ${[at("c"), at("d1k"), at("d10k")].map((v) => fr(v, 2)).join(" / ")} s, ` +
    `CPU ${[cpuAt("c"), cpuAt("d1k"), cpuAt("d10k")].map((v) => fr(v, 2)).join(" / ")} s (10 000/13 en CPU : ${fr(cpuRatios["d10k/c"], 2)})`,
);
if (baseline) {
  console.log(`\nface au plugin de ${baseline.commit}, mêmes tours (rapport médian par tour, bruit = demi-étendue des rapports de ${baseline.commit}) :`);
  for (const m of moves) console.log(`  ${m.name} : ${fr(m.now, 3)} contre ${fr(m.before, 3)}, écart ${m.move >= 0 ? "+" : ""}${fr(m.move, 3)}, bruit ${fr(m.noise, 3)}`);
}
for (const t of targets) console.log(`${t.ok ? "✓" : "✗"} ${t.name} : ${fr(t.value, 2)}`);
console.log(`\n${JSON.stringify(report, null, 2)}`);
writeFileSync(path.join(BENCH_ROOT, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
if (targets.some((t) => !t.ok)) process.exitCode = 1;

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
