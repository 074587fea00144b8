/**
 * Preloaded into every measured process (`node --import ./bench/rss.mjs …`): at exit, reports the
 * process's peak resident memory and CPU time on stderr, on a line the benchmark reads. Costs
 * nothing measurable.
 */
import { writeSync } from "node:fs";

process.on("exit", () => {
  // maxRSS is in kilobytes; userCPUTime and systemCPUTime in microseconds.
  const usage = process.resourceUsage();
  writeSync(2, `\nBENCH_USAGE max_rss_kb=${usage.maxRSS} cpu_us=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
