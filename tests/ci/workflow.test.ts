/**
 * The shipped GitHub Actions workflow does what the README says: check the data (annotations on
 * the YAML's lines), typecheck and test on Node 20 with nothing installed but what npm ci brings,
 * build, and publish _site/ to Pages from main only.
 */
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/build.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  "runs-on"?: string;
  needs?: string[];
  if?: string;
  container?: { image: string };
  permissions?: Record<string, string>;
  steps: Step[];
}
const workflow = load(readFileSync(path.join(PROJECT_ROOT, ".github/workflows/site.yml"), "utf8")) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const runs = (job: Job) => job.steps.map((s) => s.run ?? "").join("\n");
const uses = (job: Job) => job.steps.map((s) => s.uses ?? "");
const scripts = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe(".github/workflows/site.yml", () => {
  const { check, test, build, deploy } = workflow.jobs;

  it("runs on pull requests and on pushes to main, read-only by default", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["push", "pull_request"]));
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it("checks the data with npm run check (which prints annotations under Actions)", () => {
    expect(runs(check!)).toMatch(/^npm ci\b/m);
    expect(runs(check!)).toMatch(/^npm run check$/m);
    expect(scripts.check).toBeDefined();
  });

  it("typechecks and tests on Node 20, after npm ci and nothing else", () => {
    expect(test!.container).toBeUndefined();
    expect(test!["runs-on"]).toBe("ubuntu-latest");
    const node = test!.steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
    expect(node?.with?.["node-version"]).toBe(20);
    expect(test!.steps.flatMap((s) => (s.run ? [s.run] : []))).toEqual(["npm ci --no-audit --no-fund", "npm run typecheck", "npm run lint", "npm test"]);
  });

  it("installs nothing outside npm ci, in any job", () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(runs(job), name).not.toMatch(/\b(apt-get|apt|dpkg|curl|wget|npx playwright install)\b/);
      expect(job.container, name).toBeUndefined();
    }
  });

  it("builds after both, and uploads _site/ as the Pages artifact outside pull requests", () => {
    expect(build!.needs).toEqual(["check", "test"]);
    expect(runs(build!)).toMatch(/^npm run build -- --pathprefix="\$\{BASE_PATH:-\/\}"$/m);
    // The Pages base path (a project site's /depot/) and origin reach the build.
    const pages = build!.steps.find((s) => s.uses?.startsWith("actions/configure-pages@"));
    expect(pages?.id).toBe("pages");
    const buildStep = build!.steps.find((s) => s.run?.startsWith("npm run build"));
    expect(buildStep?.env).toEqual({
      BASE_PATH: expect.stringMatching(/^\$\{\{ steps\.pages\.outputs\.base_path \}\}$/),
      SITE_URL: expect.stringMatching(/^\$\{\{ steps\.pages\.outputs\.origin \}\}$/),
    });
    const upload = build!.steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(upload?.with?.path).toBe("_site");
    expect(upload?.if).toMatch(/pull_request/);
  });

  it("deploys to GitHub Pages from main only, with the permissions Pages needs", () => {
    expect(deploy!.needs).toEqual("build");
    expect(deploy!.if).toContain("refs/heads/main");
    expect(deploy!.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(uses(deploy!)).toContainEqual(expect.stringMatching(/^actions\/deploy-pages@v\d+$/));
  });
});

describe(".ci/run", () => {
  it("installs with npm ci into an empty npm cache of its own, removed at the end: a newcomer's machine", async () => {
    // A stand-in npm that records how it was called, then fails: .ci/run (set -e) stops there.
    const tmp = mkdtempSync(path.join(tmpdir(), "plans-action-ci-run-"));
    try {
      mkdirSync(path.join(tmp, "bin"));
      writeFileSync(
        path.join(tmp, "bin/npm"),
        '#!/bin/sh\nprintf \'%s\\n%s\\n%s\\n\' "$*" "$npm_config_cache" "$(ls -A "$npm_config_cache" | wc -l)" > "$RECORD"\nexit 1\n',
      );
      chmodSync(path.join(tmp, "bin/npm"), 0o755);
      const record = path.join(tmp, "record");
      const userCache = path.join(tmp, "user-cache");
      const env = { ...process.env, PATH: `${path.join(tmp, "bin")}${path.delimiter}${process.env.PATH}`, RECORD: record, npm_config_cache: userCache };
      const exit = await promisify(execFile)("bash", [path.join(PROJECT_ROOT, ".ci/run")], { env }).then(
        () => 0,
        (error: { code?: number }) => error.code,
      );
      expect(exit).toBe(1);
      const [args, cache, entries] = readFileSync(record, "utf8").trimEnd().split("\n");
      expect(args).toBe("ci --no-audit --no-fund");
      expect(cache).not.toBe(userCache);
      expect(path.isAbsolute(cache!)).toBe(true);
      expect(entries!.trim()).toBe("0");
      expect(existsSync(cache!)).toBe(false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
