/**
 * The plugin's identity and its own files, as Eleventy and an installed package see them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import * as entry from "../src/index.ts";
import plansAction from "../src/index.ts";
import { checkEleventyVersion, PACKAGE, PLUGIN_INCLUDES } from "../src/package.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

describe("the plugin's files and identity", () => {
  it("finds its Nunjucks components next to the module (the same path from src/ and dist/)", () => {
    expect(PLUGIN_INCLUDES).toBe(path.join(PROJECT_ROOT, "_includes") + path.sep);
    expect(existsSync(path.join(PLUGIN_INCLUDES, "plans-action/page.njk"))).toBe(true);
  });

  it("reads its name and supported Eleventy versions from package.json", () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8"));
    expect(PACKAGE.name).toBe(pkg.name);
    expect(PACKAGE["11ty"].compatibility).toBe(">=3.0.0");
    expect((plansAction as unknown as { eleventyPackage: string }).eleventyPackage).toBe(pkg.name);
  });
});

describe("checkEleventyVersion", () => {
  it("passes the supported range to Eleventy's own check", () => {
    const ranges: string[] = [];
    checkEleventyVersion({ versionCheck: (range) => void ranges.push(range) });
    expect(ranges).toEqual([">=3.0.0"]);
  });

  it("names the plugin and the range when Eleventy refuses, keeping Eleventy's message", () => {
    const refuse = () => {
      throw new Error("We found Eleventy version '2.0.1' which does not meet the required version range: '>=3.0.0'.");
    };
    expect(() => checkEleventyVersion({ versionCheck: refuse })).toThrow(
      /^eleventy-plugin-plans-action demande Eleventy >=3\.0\.0 : We found Eleventy version '2\.0\.1'/,
    );
  });

  it("refuses an Eleventy too old to have versionCheck, saying how to upgrade", () => {
    expect(() => checkEleventyVersion({})).toThrow(/trop ancienne\. Mettez-la à jour : npm install @11ty\/eleventy@3/);
  });
});

describe("added twice", () => {
  it("with the same options, registers once: one page, no duplicate permalink", async () => {
    const input = path.join(PROJECT_ROOT, "site");
    const elev = new Eleventy(input, path.join(PROJECT_ROOT, "_site-test"), {
      quietMode: true,
      configPath: false,
      config(eleventyConfig: any) {
        eleventyConfig.setIncludesDirectory("../_includes");
        eleventyConfig.addPlugin(plansAction, { root: PROJECT_ROOT });
        eleventyConfig.addPlugin(plansAction, { root: PROJECT_ROOT });
      },
    } as unknown as ConstructorParameters<typeof Eleventy>[2]);
    const pages = (await elev.toJSON()) as unknown as Array<{ url: string }>;
    expect(pages.filter((p) => p.url === "/publications/plans-action-ministeres/")).toHaveLength(1);
  });
});

describe("the package entry", () => {
  it("exports the supported API and nothing else (every export is a promise to keep)", () => {
    expect(Object.keys(entry).sort()).toEqual(
      ["LABELS", "PlansDataError", "default", "formatDiagnostic", "formatDiagnostics", "getDefaults", "loadPlansFile"].sort(),
    );
  });
});
