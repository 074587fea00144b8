/** Writes data/plans-action.schema.json from src/schema.ts (the single source of truth). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schemaAsJson } from "../src/schema.ts";

const target = fileURLToPath(new URL("../data/plans-action.schema.json", import.meta.url));
writeFileSync(target, schemaAsJson());
console.log(`Schéma écrit : ${target}`);
