/**
 * The data contract as the checks read it at run time: the generated JSON Schema
 * (`data/plans-action.schema.json`, written from `src/schema.ts` by `npm run schema`; a test proves
 * the committed file is exactly what `src/schema.ts` generates). Reading the JSON rather than
 * building the schema with TypeBox keeps `npm run check` quick to start (TypeBox is hundreds of
 * modules).
 */
import { readFileSync } from "node:fs";
import { packageFile } from "../package.ts";

/** A JSON Schema node, as far as the checks, their messages and the editing form read it. */
export interface SchemaNode {
  type?: string | string[];
  title?: string;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

export const SCHEMA_FILE = packageFile("data", "plans-action.schema.json");

let schema: SchemaNode | undefined;

/** The whole schema, read once. */
export function plansSchema(): SchemaNode {
  schema ??= JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as SchemaNode;
  return schema;
}

/** The schema of the value at `path` (`["plans", 3, "link"]`), or undefined outside the schema. */
export function schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = plansSchema();
  for (const seg of path) {
    if (!node) return undefined;
    node = typeof seg === "number" ? node.items : Object.hasOwn(node.properties ?? {}, seg) ? node.properties![seg] : undefined;
  }
  return node;
}
