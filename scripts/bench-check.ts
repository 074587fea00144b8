/**
 * `npm run bench:check [-- --plans N] [--json]`: how long `npm run check` takes on a generated
 * file of 10,000 plans (target: under a second). Prints figures; asserts nothing.
 *
 * The site is generated in a temporary folder: 40 % of the plans link to a real file of the site
 * (measured, size compared), 30 % to an https address with a size, 30 % are « à paraître »; every
 * plan has a cover among 12 images. A second file has one mistake every 10 plans, to time the
 * error path (1,000+ located messages) too.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../src/diagnostics.ts";
import { loadPlansFile } from "../src/load/load-plans.ts";
import { parseYaml } from "../src/load/yaml.ts";

const PROJECT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { plans: { type: "string", default: "10000" }, json: { type: "boolean", default: false } } });
const PLANS = Number(values.plans);
const MINISTRIES = ["Culture", "Justice", "Intérieur", "Armées", "Santé", "Travail", "Agriculture", "Europe et Affaires étrangères"];

function generate(dir: string, withErrors: boolean): string {
  const lines = [
    "# yaml-language-server: $schema=./plans-action.schema.json",
    "page:",
    "  title: Plans d’action des ministères (banc d’essai)",
    "  description: Un fichier généré pour mesurer la vérification.",
    "  date: 2022-04-01",
    "plans:",
  ];
  for (let i = 0; i < PLANS; i++) {
    lines.push(`  - ministry: Ministère de la ${MINISTRIES[i % MINISTRIES.length]}`);
    lines.push(`    title: Plan d’action numéro ${i} pour un « numérique éco-responsable »`);
    const kind = i % 10;
    if (withErrors && kind === 9) {
      lines.push(["    link: '#'", "    size: X Mo", "    link: http://www.example.gouv.fr/plan.pdf", "    titel: faute", "    language: EN"][Math.floor(i / 10) % 5]!);
    } else if (kind < 4) {
      lines.push(`    link: /docs/bench/plan-${i}.pdf`);
    } else if (kind < 7) {
      lines.push(`    link: https://www.example.gouv.fr/plans/${i}.pdf`, `    size: ${(i % 90) / 10 + 0.1} Mo`.replace(".", ","));
    }
    lines.push(`    cover: /img/bench/couverture-${i % 12}.png`, `    year: ${2020 + (i % 5)}`);
  }
  const file = path.join(dir, `plans-${withErrors ? "errors" : "valid"}.yaml`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "plans-bench-"));
  mkdirSync(path.join(dir, "docs/bench"), { recursive: true });
  mkdirSync(path.join(dir, "img/bench"), { recursive: true });
  for (let i = 0; i < PLANS; i++) if (i % 10 < 4) writeFileSync(path.join(dir, `docs/bench/plan-${i}.pdf`), "%PDF-1.4\n%bench\n");
  const png = readFileSync(path.join(PROJECT, "img/plans-action/couverture-mc.png"));
  for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `img/bench/couverture-${i}.png`), png);
  return dir;
}

/** Wall-clock milliseconds (what an editor waits), and this process's CPU milliseconds. */
function time<T>(fn: () => T): [T, number, number] {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(cpu);
  return [result, Number(process.hrtime.bigint() - start) / 1e6, (used.user + used.system) / 1000];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

const root = site();
try {
  const valid = generate(root, false);
  const broken = generate(root, true);
  const bytes = statSync(valid).size;

  // In process: the work `check` does, after Node and tsx have started. First run = cold (Ajv compiles).
  const [first, cold, coldCpu] = time(() => loadPlansFile(valid, { root }));
  if (!first.ok) throw new Error(`generated file should be valid:\n${first.diagnostics.slice(0, 5).map(formatDiagnostic).join("\n")}`);
  const warmRuns = Array.from({ length: 5 }, () => time(() => loadPlansFile(valid, { root })));
  const warm = warmRuns.map((r) => r[1]);
  const warmCpu = warmRuns.map((r) => r[2]);
  const parse = Array.from({ length: 5 }, () => time(() => parseYaml(readFileSync(valid, "utf8")))[1]);
  const [errorsResult] = time(() => loadPlansFile(broken, { root }));
  const errorRuns = Array.from({ length: 3 }, () => time(() => loadPlansFile(broken, { root }).diagnostics.map(formatDiagnostic))[1]);

  // End to end: the command an editor types, Node and tsx start-up included.
  const command = (file: string) => {
    const [result, wall] = time(() =>
      spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT, "src/cli/check.ts"), file, "--root", root], {
        cwd: PROJECT,
        encoding: "utf8",
        env: { ...process.env, GITHUB_ACTIONS: "" },
      }),
    );
    return { wall, status: result.status };
  };
  const startup = Array.from({ length: 3 }, () => time(() => spawnSync(process.execPath, ["--import", "tsx", "-e", "0"], { cwd: PROJECT }))[1]);
  const cliValid = Array.from({ length: 3 }, () => command(valid));
  const cliBroken = Array.from({ length: 3 }, () => command(broken));

  const figures = {
    plans: PLANS,
    fileBytes: bytes,
    inProcessColdMs: Math.round(cold),
    inProcessColdCpuMs: Math.round(coldCpu),
    inProcessWarmMedianMs: Math.round(median(warm)),
    inProcessWarmMedianCpuMs: Math.round(median(warmCpu)),
    loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
    cpus: cpus().length,
    yamlParseMedianMs: Math.round(median(parse)),
    errorFileDiagnostics: errorsResult.diagnostics.length,
    errorFileMedianMs: Math.round(median(errorRuns)),
    nodeTsxStartupMedianMs: Math.round(median(startup)),
    commandValidMedianMs: Math.round(median(cliValid.map((r) => r.wall))),
    commandErrorsMedianMs: Math.round(median(cliBroken.map((r) => r.wall))),
    commandExitCodes: { valid: cliValid[0]!.status, errors: cliBroken[0]!.status },
  };
  if (values.json) {
    console.log(JSON.stringify(figures));
  } else {
    console.log(`npm run check — ${PLANS} plans, ${(bytes / 1e6).toFixed(2)} Mo de YAML (${root})`);
    console.log(`  machine : ${figures.cpus} cœurs, charge moyenne ${figures.loadAverage1m} (les durées « horloge » en dépendent)`);
    console.log(`  vérification (dans le processus), à froid       : ${ms(cold)} horloge, ${ms(coldCpu)} CPU`);
    console.log(`  vérification (dans le processus), médiane sur 5 : ${ms(median(warm))} horloge, ${ms(median(warmCpu))} CPU  (dont lecture YAML ${ms(median(parse))})`);
    console.log(`  fichier avec ${errorsResult.diagnostics.length} problèmes, messages compris (médiane /3) : ${ms(median(errorRuns))}`);
    console.log(`  commande complète, fichier valide (médiane /3)  : ${ms(figures.commandValidMedianMs)}  (code ${figures.commandExitCodes.valid})`);
    console.log(`  commande complète, fichier avec erreurs         : ${ms(figures.commandErrorsMedianMs)}  (code ${figures.commandExitCodes.errors})`);
    console.log(`  dont démarrage de Node + tsx (médiane /3)       : ${ms(figures.nodeTsxStartupMedianMs)}`);
    // CPU time is what the check costs; wall-clock time also counts the other processes of a busy machine.
    const verdict = (x: number) => (x < 1000 ? "atteint" : "NON atteint");
    console.log(`  objectif « moins d’une seconde » (vérification à froid) : ${verdict(cold)} en horloge, ${verdict(coldCpu)} en CPU`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
