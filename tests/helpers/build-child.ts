/**
 * Builds a site in a process of its own, so a test can prove what survives between processes
 * (the content cache) and what does not (anything kept in memory). Prints one JSON line:
 * { stats, pages } with the process's work counters and each page's HTML.
 *
 *   node --import tsx tests/helpers/build-child.ts '<PlansActionOptions as JSON>'
 */
import { workStats } from "../../src/enrich/work-stats.ts";
import { buildSite } from "./build.ts";

const options = JSON.parse(process.argv[2] ?? "{}");
const pages = await buildSite(options);
process.stdout.write(`${JSON.stringify({ stats: workStats, pages: Object.fromEntries(pages) })}\n`);
