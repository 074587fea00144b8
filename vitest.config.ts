import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
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
  },
});
