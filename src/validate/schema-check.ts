/**
 * Structural validation against the JSON Schema (Ajv, all errors at once), turned into located
 * French diagnostics.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { Diagnostic } from "../diagnostics.ts";
import type { PathSegment, SourceMap } from "../load/yaml.ts";
import { formatPath } from "../load/yaml.ts";
import { PlansFileSchema, type PlansFileInput } from "../schema.ts";
import { closestKey, describeValue, hintFor, typeName } from "./messages.ts";

let compiled: ValidateFunction<PlansFileInput> | undefined;

function validator(): ValidateFunction<PlansFileInput> {
  // Compiled once per process: Ajv turns the schema into a function (~10 ms), then checks are fast.
  compiled ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile<PlansFileInput>(
    PlansFileSchema,
  );
  return compiled;
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
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** The properties the schema allows at `path` (for « did you mean » suggestions). */
function knownKeys(path: readonly PathSegment[]): string[] {
  let schema: { properties?: Record<string, unknown>; items?: unknown } | undefined = PlansFileSchema;
  for (const seg of path) {
    if (!schema) return [];
    if (typeof seg === "number") schema = schema.items as typeof schema;
    else schema = schema.properties?.[seg] as typeof schema;
  }
  return Object.keys(schema?.properties ?? {});
}

export function schemaDiagnostics(file: string, data: unknown, positions: SourceMap): Diagnostic[] {
  const validate = validator();
  if (validate(data)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const d = toDiagnostic(file, data, positions, error);
    if (!d) continue;
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
  const value = valueAt(data, path);
  const base = { file, severity: "erreur" as const };
  const at = positions.valueAt(path);

  switch (error.keyword) {
    case "required": {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      return {
        ...base,
        ...(path.length ? at : { line: 1, col: 1 }),
        path: formatPath([...path, missing]),
        message: `le champ obligatoire « ${missing} » manque${path.length ? ` dans ${formatPath(path)}` : ""}`,
        fix: hintFor(missing),
      };
    }
    case "additionalProperties": {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const suggestion = closestKey(extra, knownKeys(path));
      const known = knownKeys(path).join(", ");
      return {
        ...base,
        ...positions.keyAt([...path, extra]),
        path: formatPath([...path, extra]),
        message: `le champ « ${extra} » est inconnu`,
        fix: suggestion
          ? `Vouliez-vous écrire « ${suggestion} » ? Renommez le champ`
          : `Supprimez-le ou utilisez un des champs connus : ${known}`,
      };
    }
    case "type": {
      const expected = String((error.params as { type: string }).type);
      if (value === null || value === undefined) {
        return {
          ...base,
          ...at,
          path: formatPath(path),
          message: `le champ « ${String(field)} » est vide`,
          fix: hintFor(field),
        };
      }
      return {
        ...base,
        ...at,
        path: formatPath(path),
        message: `${describeValue(value)} n’est pas ${typeName(expected)}`,
        fix: hintFor(field),
      };
    }
    case "minLength":
    case "pattern": {
      const empty = typeof value === "string" && value.trim() === "";
      return {
        ...base,
        ...at,
        path: formatPath(path),
        message: empty
          ? `le champ « ${String(field)} » est vide`
          : `${describeValue(value)} n’est pas une valeur valable pour « ${String(field)} »`,
        fix: hintFor(field),
      };
    }
    case "minimum":
    case "maximum":
      return {
        ...base,
        ...at,
        path: formatPath(path),
        message: `${describeValue(value)} est hors des limites permises pour « ${String(field)} »`,
        fix: hintFor(field),
      };
    default:
      return {
        ...base,
        ...at,
        path: formatPath(path),
        message: `${describeValue(value)} ne respecte pas le schéma (${error.message ?? error.keyword})`,
        fix: hintFor(field),
      };
  }
}
