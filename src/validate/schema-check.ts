/**
 * Structural validation against the JSON Schema (Ajv, all errors at once), turned into located
 * French diagnostics.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Diagnostic } from "../diagnostics.ts";
import type { PathSegment, SourceMap } from "../load/yaml.ts";
import { formatPath } from "../load/yaml.ts";
import type { PlansFileInput } from "../schema.ts";
import { schemaAt } from "./contract.ts";
import plansFileValidator from "../generated/plans-file-validator.cjs";
import { closestKey, describeValue, fieldKey, hintFor, knownFieldsList, typeName } from "./messages.ts";
import { RULE_OWNED_PATTERNS } from "./context.ts";

/**
 * Compiled ahead of time from src/schema.ts by `npm run schema` (Ajv's standalone mode; a test
 * proves it up to date): a build neither loads Ajv's compiler nor compiles anything.
 */
function validator(): ValidateFunction<PlansFileInput> {
  return plansFileValidator as unknown as ValidateFunction<PlansFileInput>;
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

export function schemaDiagnostics(file: string, data: unknown, positions: SourceMap): Diagnostic[] {
  const validate = validator();
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // A misspelt key (« titel ») that stands for a missing required one (« title ») is one mistake:
  // the unknown key's message, which suggests the right name, is enough.
  const typos = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const path = pointerToPath(error.instancePath);
    const extra = String((error.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys(schemaAt(path)?.properties ?? {});
    const suggestion = closestKey(extra, known);
    const present = valueAt(data, path);
    if (suggestion && present && typeof present === "object" && !Object.hasOwn(present, suggestion)) {
      typos.add(formatPath([...path, suggestion]));
    }
  }
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const d = toDiagnostic(file, data, positions, error);
    if (!d || (error.keyword === "required" && typos.has(d.path))) continue;
    // One message per field: an empty title fails both minLength and pattern.
    const id = `${d.path}|${d.line}:${d.col}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(d);
  }
  return out;
}

function toDiagnostic(
  file: string,
  data: unknown,
  positions: SourceMap,
  error: ErrorObject,
): Diagnostic | undefined {
  const path = pointerToPath(error.instancePath);
  const field = path[path.length - 1];
  const name = typeof field === "number" ? `l’élément ${formatPath(path)}` : `le champ « ${String(field)} »`;
  const value = valueAt(data, path);
  const base = { file, severity: "erreur" as const };
  const at = positions.valueAt(path);
  const located = (message: string, fix: string): Diagnostic => ({ ...base, ...at, path: formatPath(path), message, fix });

  switch (error.keyword) {
    case "required": {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      return {
        ...base,
        ...(path.length ? at : { line: 1, col: 1 }),
        path: formatPath([...path, missing]),
        message: `le champ obligatoire « ${missing} » manque${path.length ? ` dans ${formatPath(path)}` : ""}`,
        fix: hintFor([...path, missing]),
      };
    }
    case "additionalProperties": {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const suggestion = closestKey(extra, Object.keys(schemaAt(path)?.properties ?? {}));
      return {
        ...base,
        ...positions.keyAt([...path, extra]),
        path: formatPath([...path, extra]),
        message: `le champ « ${extra} » est inconnu`,
        fix: suggestion
          ? `Vouliez-vous écrire « ${suggestion} » ? Corrigez le nom du champ`
          : `Supprimez-le, ou utilisez un des champs prévus ici : ${knownFieldsList(path)}`,
      };
    }
    case "type": {
      const expected = String((error.params as { type: string }).type);
      if (value === null || value === undefined) return located(`${name} est vide`, hintFor(path));
      if (expected === "integer" && typeof value === "string" && /^\s*\d+\s*$/.test(value)) {
        return located(
          `${describeValue(value)} est écrit entre guillemets, c’est donc un texte et non un nombre entier`,
          `Retirez les guillemets : « ${String(field)}: ${value.trim()} »`,
        );
      }
      const scalar = typeof value === "number" || typeof value === "boolean";
      return located(
        `${describeValue(value)} n’est pas ${typeName(expected)}`,
        expected === "string" && scalar
          ? `Mettez la valeur entre guillemets pour en faire un texte : « ${String(field)}: "${String(value)}" »`
          : hintFor(path),
      );
    }
    case "minLength":
    case "pattern": {
      if (error.keyword === "pattern" && RULE_OWNED_PATTERNS.has(fieldKey(path))) return undefined; // said by the rules
      const empty = typeof value === "string" && value.trim() === "";
      return located(
        empty ? `${name} est vide` : `${describeValue(value)} n’est pas une valeur valable pour ${name}`,
        hintFor(path),
      );
    }
    case "minimum":
    case "maximum": {
      const limit = (error.params as { limit: number }).limit;
      const [side, bound] = error.keyword === "minimum" ? ["avant", "la plus petite"] : ["après", "la plus grande"];
      return located(
        `${describeValue(value)} est ${side} ${limit}, ${bound} valeur permise pour ${name}`,
        hintFor(path),
      );
    }
    case "enum": {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const suggestion = typeof value === "string" ? closestKey(value, allowed) : undefined;
      return located(
        `${describeValue(value)} n’est pas une valeur prévue pour ${name}`,
        suggestion
          ? `Vouliez-vous écrire « ${suggestion} » ? Valeurs possibles : ${allowed.join(", ")}`
          : `Écrivez une de ces valeurs : ${allowed.join(", ")}`,
      );
    }
    case "uniqueItems": {
      const { i, j } = error.params as { i: number; j: number };
      return located(
        `${name} contient deux fois ${describeValue((value as unknown[])[j])} (positions ${j + 1} et ${i + 1})`,
        "Supprimez le doublon",
      );
    }
    case "minItems":
      return located(`${name} est une liste vide`, hintFor(path));
    default:
      return located(
        `${describeValue(value)} ne respecte pas le schéma (${error.message ?? error.keyword})`,
        hintFor(path),
      );
  }
}
