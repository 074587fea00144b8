/**
 * Builds a site in a process of its own, so a test can prove what survives between processes
 * (the content cache) and what does not (anything kept in memory). Prints one JSON line:
 * { stats, pages } with the process's work counters and each page's HTML. More lists, each
 * registered by its own `addPlugin`, in an optional second argument.
 *
 *   node --import tsx tests/helpers/build-child.ts '<PlansActionOptions as JSON>' ['<[PlansActionOptions] as JSON>']
 */
import { workStats } from "../../src/enrich/work-stats.ts";
import plansAction from "../../src/index.ts";
import { buildSite } from "./build.ts";

const options = JSON.parse(process.argv[2] ?? "{}");
const more = JSON.parse(process.argv[3] ?? "[]") as unknown[];
const pages = await buildSite(options, undefined, (eleventyConfig) => {
  for (const list of more) eleventyConfig.addPlugin(plansAction, list);
});
process.stdout.write(`${JSON.stringify({ stats: workStats, pages: Object.fromEntries(pages) })}\n`);
