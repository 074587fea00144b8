/**
 * The tests' own data: `tests/fixtures/two-years/plans-action.yaml` (two years, a site document,
 * https documents, a title with a comma and quotes, an English document). The demo keeps one year.
 */
import path from "node:path";
import { loadPlansFile } from "../../src/load/load-plans.ts";
import type { PlansData } from "../../src/model.ts";
import { PROJECT_ROOT } from "./build.ts";

export const TWO_YEARS = path.join(PROJECT_ROOT, "tests/fixtures/two-years/plans-action.yaml");
export const SITE_URL = "https://www.exemple.gouv.fr";

export function twoYears(): PlansData {
  const result = loadPlansFile(TWO_YEARS, { root: PROJECT_ROOT });
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.diagnostics)}`);
  return result.data;
}
