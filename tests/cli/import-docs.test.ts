/**
 * The README and the integration guide show what `plans-action-import` and `plans-action-check`
 * print when a site adopts the plugin: this runs the same commands, in a site folder laid out as
 * the documentation says (the pages in `_site/`, the files in `docs/` and `img/`), and compares.
 * If it fails after a change of wording, paste the new output into both documents.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/cli/check.ts";
import { runImport } from "../../src/cli/import.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

const FIXTURES = path.join(PROJECT_ROOT, "tests/fixtures/minumeco-lists");
const README = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
const INTEGRATION = readFileSync(path.join(PROJECT_ROOT, "documentation/integration.md"), "utf8");

let site: string;
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), "plans-import-docs-"));
  cpSync(path.join(FIXTURES, "pages"), path.join(site, "_site"), { recursive: true });
  cpSync(path.join(FIXTURES, "site-files"), site, { recursive: true });
  mkdirSync(path.join(site, "data"));
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Runs a command as the shell would show it: each line it prints, stdout and stderr in order. */
function shell(run: (io: Parameters<typeof runImport>[1]) => unknown): string {
  const lines: string[] = [];
  run({ out: (l) => lines.push(l), err: (l) => lines.push(l), env: {}, cwd: site });
  return lines.join("\n");
}

/** The fenced block that follows `$ command` in a document, without the `$` lines. */
function shownOutput(document: string, command: string): string {
  const start = document.indexOf(`$ ${command}\n`);
  expect(start, `« $ ${command} » dans la documentation`).toBeGreaterThanOrEqual(0);
  const rest = document.slice(start + command.length + 3);
  return rest.slice(0, rest.search(/\n(?:\$ |```)/));
}

describe("the documented adoption of a hand-written list", () => {
  it("README: the import of the ADEME resources page", () => {
    const command = "npx plans-action-import _site/publications/ressources-ademe/index.html --out data/ressources-ademe.yaml";
    const printed = shell((io) => runImport(command.split(" ").slice(2), io));
    expect(shownOutput(README, command)).toBe(printed);
  });

  it("integration guide: the import of the purchasing guide, then check", async () => {
    const page = "_site/publications/guide-pratique-achats-numeriques-responsables/index.html";
    const command = `npx plans-action-import ${page} --out data/guide-achats.yaml`;
    expect(shownOutput(INTEGRATION, command)).toBe(shell((io) => runImport(command.split(" ").slice(2), io)));
    const lines: string[] = [];
    await runCheck(["data/guide-achats.yaml"], { out: (l) => lines.push(l), err: (l) => lines.push(l), env: {}, cwd: site });
    expect(shownOutput(INTEGRATION, "npx plans-action-check data/guide-achats.yaml")).toBe(lines.join("\n"));
  });
});
