/**
 * A generic list (`items:`) for the exports' tests: a site file, an external file without a size,
 * a document in three formats, a site page, an external page, and an item still to come; dates
 * by year, month and day, and one item without a date nor a publisher.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadPlansSource } from "../../src/load/load-plans.ts";
import type { PlansData } from "../../src/model.ts";
import { PROJECT_ROOT } from "./build.ts";

export const PDF = "/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf";
export const PDF_BYTES = 1_058_899;

export const ITEMS_FILE = "tests/fixtures/items-exports.yaml";
export const ITEMS_YAML = readFileSync(path.join(PROJECT_ROOT, ITEMS_FILE), "utf8");

/** Only the base fields: a list whose items have a title and a link. */
export const PLAIN_FILE = "tests/fixtures/items-plain.yaml";
export const PLAIN_YAML = readFileSync(path.join(PROJECT_ROOT, PLAIN_FILE), "utf8");

export function loadItems(yaml = ITEMS_YAML): PlansData {
  const result = loadPlansSource(yaml, { root: PROJECT_ROOT, displayName: "items.yaml" });
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.diagnostics)}`);
  return result.data;
}
