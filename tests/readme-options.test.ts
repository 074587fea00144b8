/**
 * The README's options reference matches the code: every option of `PlansActionOptions` has a
 * row, no row names an option that does not exist, and each row's type, default and example are
 * the ones the code has and accepts. Adding an option without documenting it fails here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { getDefaults } from "../src/options.ts";
import { OPTION_NAMES, resolveOptions } from "../src/resolve-options.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

interface Row {
  option: string;
  type: string;
  default: string;
  example: string;
}

/** The rows of the README table whose header starts with « option | type | défaut | exemple ». */
function optionRows(markdown: string): Row[] {
  const tokens = new MarkdownIt().parse(markdown, {});
  const tables: string[][][] = [];
  let table: string[][] | undefined;
  let row: string[] | undefined;
  for (const token of tokens) {
    if (token.type === "table_open") {
      table = [];
      tables.push(table);
    } else if (token.type === "tr_open" && table) {
      row = [];
      table.push(row);
    } else if (token.type === "inline" && row) {
      row.push(token.content.replace(/^`(.*)`$/, "$1"));
    } else if (token.type === "table_close") {
      table = undefined;
      row = undefined;
    }
  }
  const found = tables.find((t) => t[0]?.slice(0, 4).join("|") === "option|type|défaut|exemple");
  if (!found) throw new Error("README.md has no table « | option | type | défaut | exemple | … »");
  return found.slice(1).map(([option = "", type = "", dflt = "", example = ""]) => ({ option, type, default: dflt, example }));
}

/** `name?: type;` as written in the PlansActionOptions interface. */
function declaredTypes(source: string): Map<string, string> {
  const body = /export interface PlansActionOptions \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? "";
  return new Map([...body.matchAll(/^\s*(\w+)\?: (.+);$/gm)].map((m) => [m[1]!, m[2]!]));
}

const rows = optionRows(readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8"));
const types = declaredTypes(readFileSync(path.join(PROJECT_ROOT, "src/options.ts"), "utf8"));
const defaults = getDefaults() as unknown as Record<string, unknown>;

describe("the README's options reference", () => {
  it("documents every option, and only options that exist", () => {
    expect(rows.map((r) => r.option).sort()).toEqual([...OPTION_NAMES].sort());
    expect([...types.keys()].sort()).toEqual([...OPTION_NAMES].sort());
  });

  it.each(rows.map((r) => [r.option, r] as const))("%s: the type written in src/options.ts", (name, row) => {
    expect(row.type).toBe(types.get(name));
  });

  it.each(rows.map((r) => [r.option, r] as const))("%s: the default getDefaults() gives", (name, row) => {
    // `process.cwd()` is the one default that is an expression, not a value.
    const documented = row.default === "process.cwd()" ? process.cwd() : JSON.parse(row.default);
    expect(documented).toEqual(defaults[name]);
  });

  it.each(rows.map((r) => [r.option, r] as const))("%s: an example the plugin accepts, other than the default", (name, row) => {
    const example: unknown = JSON.parse(row.example);
    expect(() => resolveOptions({ [name]: example })).not.toThrow();
    expect(example).not.toEqual(defaults[name]);
  });
});
