/**
 * Every page the demo site and the test data's site generate is valid HTML for html-validate,
 * with the project's committed configuration (`.htmlvalidate.json`): zero errors.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { sitePages } from "../helpers/site-pages.ts";

const config = JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
const validator = new HtmlValidate(config);
const sites = inject("sites");

/** The file a page URL is served from. */
const fileOf = (dir: string, url: string) => path.join(dir, ...url.split("/").filter(Boolean), "index.html");

it("the check can fail: a broken page is reported", async () => {
  const report = await validator.validateString("<!DOCTYPE html><html lang=\"fr\"><head><title>x</title></head><body><p><div></p></body></html>", "broken.html");
  expect(report.valid).toBe(false);
});

for (const [name, site] of Object.entries(sites)) {
  describe(`html-validate on every page of the ${name} site`, async () => {
    for (const url of await sitePages(site.dir)) {
      it(`${url} is valid`, async () => {
        const file = url.endsWith("/") ? fileOf(site.dir, url) : path.join(site.dir, url);
        const report = await validator.validateString(await readFile(file, "utf8"), file);
        const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
        expect(errors).toEqual([]);
      });
    }
  });
}
