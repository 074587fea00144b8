/**
 * `npm run build:plugin`: the package's dist/, from nothing.
 *
 * - the declarations (`.d.ts`, one per module of src/) by tsc (tsconfig.build.json);
 * - the code as three ES modules bundled by esbuild, the plugin (`dist/index.js`) and the check
 *   and import commands (`dist/cli/check.js`, `dist/cli/import.js`), with every package left as an import: under Eleventy on Node 20
 *   each module a site imports goes through Eleventy's module hook on another thread: one file
 *   instead of the plugin's 40 modules;
 * - the Nunjucks components compiled ahead of time (`dist/templates.cjs`, scripts/precompile-templates.ts).
 */
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { COMPILED_TEMPLATES_FILE } from "../src/templates.ts";
import { compiledTemplatesSource } from "./precompile-templates.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = path.join(ROOT, "dist");

rmSync(DIST, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.build.json")], {
  stdio: "inherit",
});
await build({
  entryPoints: [path.join(ROOT, "src/index.ts"), path.join(ROOT, "src/cli/check.ts"), path.join(ROOT, "src/cli/import.ts")],
  outdir: DIST,
  outbase: path.join(ROOT, "src"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  // The validator Ajv compiled ahead of time is CommonJS and `require`s one Ajv helper.
  banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
  legalComments: "inline",
  logLevel: "warning",
});
writeFileSync(path.join(DIST, COMPILED_TEMPLATES_FILE), compiledTemplatesSource());
// On stderr: `npm pack --json` runs this script (prepare) and keeps its stdout for the JSON.
console.error(`dist/ : index.js, cli/check.js, cli/import.js, ${COMPILED_TEMPLATES_FILE} et les déclarations .d.ts`);
