/**
 * The reporter that fails a run whose browser tests did not all run: what it counts as a browser
 * test, and what as not run.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tallyBrowserTests } from "../helpers/browser-tests-ran.ts";

const root = path.join(path.sep, "repo");
const module = (file: string, ...states: string[]) => ({
  moduleId: path.join(root, file),
  tests: states.map((state, i) => ({ fullName: `test ${i + 1}`, state })),
});

describe("tallyBrowserTests", () => {
  it("counts passed and failed browser tests as run", () => {
    expect(tallyBrowserTests([module("tests/browser/dsfr.test.ts", "passed", "failed")], root)).toEqual({ ran: 2, notRun: [] });
  });

  it("lists skipped, todo and pending browser tests by file and name", () => {
    const tally = tallyBrowserTests([module("tests/browser/rgaa.test.ts", "passed", "skipped", "pending")], root);
    expect(tally).toEqual({ ran: 1, notRun: ["tests/browser/rgaa.test.ts > test 2", "tests/browser/rgaa.test.ts > test 3"] });
  });

  it("ignores tests outside tests/browser/, skipped or not", () => {
    expect(tallyBrowserTests([module("tests/schema-artifacts.test.ts", "skipped"), module("tests/browserish.test.ts", "skipped")], root)).toEqual({
      ran: 0,
      notRun: [],
    });
  });

  it("sees a browser file whose browser failed to launch: its tests are all skipped", () => {
    expect(tallyBrowserTests([module("tests/browser/covers.test.ts", "skipped", "skipped")], root).notRun).toHaveLength(2);
  });
});
