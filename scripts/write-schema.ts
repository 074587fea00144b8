/**
 * `npm run schema`: writes, from src/schema.ts (the single source of truth), the JSON Schema
 * editors' IDEs read, the precompiled validator the plugin runs, and the open data's schema.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { languagesSource, openDataSchemaSource, schemaAsJson, validatorSource } from "./schema-artifacts.ts";

for (const [file, content] of [
  ["../data/plans-action.schema.json", schemaAsJson()],
  ["../src/generated/plans-file-validator.cjs", validatorSource()],
  ["../src/generated/open-data-json-schema.js", openDataSchemaSource()],
  ["../src/generated/language-names.js", languagesSource()],
] as const) {
  const target = fileURLToPath(new URL(file, import.meta.url));
  writeFileSync(target, content);
  console.log(`Écrit : ${target}`);
}
