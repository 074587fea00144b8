/**
 * The repository's own rules, read from what git tracks: no hand-written source file in src/ or
 * tests/ is over 300 lines (the compiled schemas in src/generated/ are written by a script), and
 * no merge leftover (`*.orig`, `*.rej`) is committed.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./helpers/build.ts";

const MAX_LINES = 300;
const SOURCE = /\.(?:[cm]?[jt]s|njk)$/;
const GENERATED = "src/generated/";

function tracked(...paths: string[]): string[] {
  return execFileSync("git", ["ls-files", "-z", "--", ...paths], { cwd: PROJECT_ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
}

/** Lines as an editor numbers them: a final newline does not start one more. */
function lineCount(text: string): number {
  return text === "" ? 0 : text.replace(/\n$/, "").split("\n").length;
}

/** `file (n lignes)` for every source file over the limit. */
function tooLong(files: string[], read: (file: string) => string): string[] {
  return files
    .filter((file) => SOURCE.test(file) && !file.startsWith(GENERATED))
    .map((file) => [file, lineCount(read(file))] as const)
    .filter(([, lines]) => lines > MAX_LINES)
    .map(([file, lines]) => `${file} (${lines} lignes)`);
}

describe("the repository", () => {
  const files = tracked("src", "tests");

  it("tracks the sources it checks", () => {
    expect(files).toContain("src/plugin.ts");
    expect(files).toContain("tests/repo.test.ts");
  });

  it(`has no hand-written source file in src/ or tests/ over ${MAX_LINES} lines`, () => {
    expect(tooLong(files, (file) => readFileSync(path.join(PROJECT_ROOT, file), "utf8"))).toEqual([]);
  });

  it("the check can fail: a 301-line file is named, a 300-line one and a generated one are not", () => {
    const texts: Record<string, string> = {
      "src/long.ts": "x\n".repeat(301),
      "src/ok.ts": "x\n".repeat(300),
      "src/generated/schema.js": "x\n".repeat(900),
      "tests/fixtures/data.yaml": "x\n".repeat(900),
    };
    expect(tooLong(Object.keys(texts), (file) => texts[file]!)).toEqual(["src/long.ts (301 lignes)"]);
  });

  it("commits no merge leftover (*.orig, *.rej)", () => {
    expect(tracked().filter((file) => /\.(?:orig|rej)$/.test(file))).toEqual([]);
  });
});
