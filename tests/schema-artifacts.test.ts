/**
 * The modules `npm run schema` derives from the TypeBox sources are committed: they must be the
 * ones it would write now, or the plugin would validate against an old schema. (The JSON Schema
 * file itself is checked by tests/schema.test.ts.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languagesSource, openDataSchemaSource, validatorSource } from "../scripts/schema-artifacts.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), "utf8");
const stale = "is out of date: run « npm run schema » and commit the result";

describe("npm run schema's output", () => {
  it("src/generated/plans-file-validator.cjs is up to date", () => {
    expect(read("src/generated/plans-file-validator.cjs"), stale).toBe(validatorSource());
  });

  it("src/generated/open-data-json-schema.js is up to date", () => {
    expect(read("src/generated/open-data-json-schema.js"), stale).toBe(openDataSchemaSource());
  });

  // Language names come from the CLDR data of the Node that generated them: compared when this
  // Node has the same CLDR version (the CI's Node 20), skipped under another.
  const languages = read("src/generated/language-names.js");
  const cldr = /CLDR (\d+(?:\.\d+)*)/.exec(languages)?.[1];
  it.skipIf(cldr !== process.versions.cldr)(`src/generated/language-names.js is up to date (CLDR ${cldr})`, () => {
    expect(languages, stale).toBe(languagesSource());
  });
});
