import { runOnce, median } from "/work/main/bench/measure.ts";
const E = "/work/main/node_modules/@11ty/eleventy/cmd.cjs";
const B = "/work/main/.cache/bench";
const nav = { key: "plansAction", parent: "publications", title: "Plans d’action des ministères", order: 30 };
const f = { args: [E, "--quiet", "--config=eleventy.config.cjs"], cwd: `${B}/host-none`, clean: `${B}/host-none/_site`, env: { HOST_MODE: "none" } };
const g = { args: [E, "--quiet", "--config=eleventy.config.cjs"], cwd: `${B}/host-page`, clean: `${B}/host-page/_site`, env: { HOST_MODE: "layout", PLANS_ACTION_PLUGIN: "file:///work/main/dist/index.js", HOST_PLUGIN_OPTIONS: JSON.stringify({ ministryPages: false, openData: false, feed: false, ...(process.argv[2] === "static" ? { frontMatter: { eleventyNavigation: nav } } : {}) }) } };
runOnce(f); runOnce(g);
const fs: number[] = [], gs: number[] = [], fc: number[] = [], gc: number[] = [];
for (let i = 0; i < 12; i++) { const a = runOnce(f); fs.push(a.seconds); fc.push(a.cpuSeconds); const b = runOnce(g); gs.push(b.seconds); gc.push(b.cpuSeconds); }
console.log(`f ${median(fs).toFixed(3)} cpu ${median(fc).toFixed(3)} | g ${median(gs).toFixed(3)} cpu ${median(gc).toFixed(3)} | ratio ${(median(gs)/median(fs)).toFixed(3)} cpu ${(median(gc)/median(fc)).toFixed(3)}`);
