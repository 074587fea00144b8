import { runOnce, median } from "/work/main/bench/measure.ts";
const E = "/work/main/node_modules/@11ty/eleventy/cmd.cjs";
const D = "/work/main/.cache/bench/host-none";
const base = { HOST_MODE: "none", PLANS_ACTION_PLUGIN: "file:///work/main/dist/index.js" };
const f = { args: [E, "--quiet", "--config=eleventy.exp.cjs"], cwd: D, clean: `${D}/_site`, env: base };
const g = { args: [E, "--quiet", "--config=eleventy.exp.cjs"], cwd: D, clean: `${D}/_site`, env: { ...base, WITH_PLUGIN: "1", HOST_PLUGIN_OPTIONS: process.argv[2] ?? '{"page":false,"ministryPages":false,"openData":false,"feed":false}' } };
runOnce(f); runOnce(g);
const fs: number[] = [], gs: number[] = [], fc: number[] = [], gc: number[] = [];
for (let i = 0; i < 8; i++) { const a = runOnce(f); fs.push(a.seconds); fc.push(a.cpuSeconds); const b = runOnce(g); gs.push(b.seconds); gc.push(b.cpuSeconds); }
console.log(`f ${median(fs).toFixed(3)} cpu ${median(fc).toFixed(3)} | g ${median(gs).toFixed(3)} cpu ${median(gc).toFixed(3)} | +${(median(gs)-median(fs)).toFixed(3)} s, cpu +${(median(gc)-median(fc)).toFixed(3)}`);
