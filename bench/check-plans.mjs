/**
 * Scenario (e) until the `check` command lands: load, validate and enrich a plans file in a
 * fresh process, with the compiled plugin (dist/), as `check` does. Exit 0 when valid, 1 otherwise.
 *
 *   node bench/check-plans.mjs FILE ROOT
 */
import { loadPlansFile } from "../dist/index.js";

const [file, root] = process.argv.slice(2);
const result = loadPlansFile(file, { root });
if (!result.ok) {
  console.error(result.diagnostics.slice(0, 5));
  process.exit(1);
}
console.log(`${result.data.plans.length} plans valides`);
