/**
 * `npm run schema`: writes, from src/schema.ts (the single source of truth), the JSON Schema
 * editors' IDEs read and the precompiled validator the plugin runs.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schemaAsJson, validatorSource } from "./schema-artifacts.ts";

for (const [file, content] of [
  ["../data/plans-action.schema.json", schemaAsJson()],
  ["../src/validate/plans-file.validator.cjs", validatorSource()],
] as const) {
  const target = fileURLToPath(new URL(file, import.meta.url));
  writeFileSync(target, content);
  console.log(`Écrit : ${target}`);
}
