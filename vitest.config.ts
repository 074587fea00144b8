import { configDefaults, defineConfig } from "vitest/config";

/**
 * Lighthouse computes a slow phone's blocking time from the main-thread tasks it observes: other
 * test files running beside it lengthen them, and the mobile score of a page that runs no script
 * fell from 100 to 89 during a full run (load 8). Its files run last, one at a time. Alone, a
 * shared 2-core machine still has moments that slow one page's run (TBT 232 ms, score 96 in one CI
 * run): a test that misses is run again, up to twice, and fails only if every run misses.
 */
const LIGHTHOUSE = ["tests/browser/lighthouse.test.ts", "tests/browser/list-lighthouse.test.ts"];

export default defineConfig({
  test: {
    // Builds the demo site (and the test data's) on disk and serves them for the browser tests.
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Fails the run when a browser test did not run (no browser, or marked skip): `.ci/run` passes
    // its reporters on the command line and names this one there too.
    reporters: ["default", "./tests/helpers/browser-tests-ran.ts"],
    // Integration tests build real sites with Eleventy: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests build broken data on purpose: under GitHub Actions they must not print annotations
    // (they would show on the pull request); the tests of annotations set it themselves.
    env: { GITHUB_ACTIONS: "false" },
    projects: [
      {
        extends: true,
        test: { name: "tests", include: ["tests/**/*.test.ts"], exclude: [...configDefaults.exclude, ...LIGHTHOUSE], sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: "lighthouse", include: LIGHTHOUSE, fileParallelism: false, retry: 2, sequence: { groupOrder: 1 } } },
    ],
  },
});
