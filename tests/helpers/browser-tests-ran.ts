/**
 * A Vitest reporter that fails the run when a browser test (a file under tests/browser/) did not
 * run: skipped because its browser would not launch, or marked skip/todo. `npm test` and `.ci/run`
 * both use it, so a green run proves every browser test ran in a real browser.
 */
import path from "node:path";
import type { Reporter, TestModule, Vitest } from "vitest/node";

export const BROWSER_TESTS_DIR = "tests/browser/";

/** The facts the check needs from a test module (a subset of Vitest's `TestModule`). */
export interface ModuleOutcome {
  moduleId: string;
  tests: { fullName: string; state: string }[];
}

export interface BrowserTestsTally {
  ran: number;
  /** `file > test` of every browser test that did not run. */
  notRun: string[];
}

/** Counts the browser tests of a run (paths relative to `root`), and lists those that did not run. */
export function tallyBrowserTests(modules: readonly ModuleOutcome[], root: string): BrowserTestsTally {
  const tally: BrowserTestsTally = { ran: 0, notRun: [] };
  for (const module of modules) {
    const file = path.relative(root, module.moduleId).split(path.sep).join("/");
    if (!file.startsWith(BROWSER_TESTS_DIR)) continue;
    for (const test of module.tests) {
      if (test.state === "passed" || test.state === "failed") tally.ran++;
      else tally.notRun.push(`${file} > ${test.fullName}`);
    }
  }
  return tally;
}

export default class BrowserTestsRan implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const config = this.vitest?.config;
    // A run filtered by test name (`-t`) skips the other tests on purpose.
    if (!config || config.testNamePattern) return;
    const outcomes = testModules.map((module) => ({
      moduleId: module.moduleId,
      tests: [...module.children.allTests()].map((test) => ({ fullName: test.fullName, state: test.result().state })),
    }));
    const { ran, notRun } = tallyBrowserTests(outcomes, config.root);
    if (ran === 0 && notRun.length === 0) return;
    if (notRun.length > 0) {
      console.error(
        `\n${notRun.length} test(s) navigateur n’ont pas été exécutés (navigateur qui ne démarre pas, ou test marqué skip/todo) :\n` +
          notRun.map((name) => `  - ${name}`).join("\n"),
      );
      process.exitCode = 1;
    } else {
      console.log(`\nTests navigateur : ${ran} exécutés, aucun ignoré.`);
    }
  }
}
