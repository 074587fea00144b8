/**
 * The schema editors' IDEs read is the one the code validates with: the committed file is what
 * `src/schema.ts` generates, it documents every field in French, and it accepts the demo data.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { schemaAsJson, SITE_PATH_PATTERN, LINK_PATTERN, SIZE_PATTERN, LANGUAGE_PATTERN, DATE_PATTERN } from "../src/schema.ts";
import { loadPlansSource } from "../src/load/load-plans.ts";
import { plansSchema } from "../src/validate/contract.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

const SCHEMA_FILE = path.join(PROJECT_ROOT, "data/plans-action.schema.json");
const DATA_FILE = path.join(PROJECT_ROOT, "data/plans-action.yaml");
const committed = readFileSync(SCHEMA_FILE, "utf8");
const schema = JSON.parse(committed) as Node;

interface Node {
  type?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, Node>;
  items?: Node;
  required?: string[];
  $schema?: string;
}

/** Every node of the schema with its path (`plans[].link`). */
function walk(node: Node, at = ""): Array<[string, Node]> {
  const out: Array<[string, Node]> = [[at || "(racine)", node]];
  for (const [key, child] of Object.entries(node.properties ?? {})) out.push(...walk(child, at ? `${at}.${key}` : key));
  if (node.items) out.push(...walk(node.items, `${at}[]`));
  return out;
}

describe("data/plans-action.schema.json", () => {
  it("is exactly what src/schema.ts generates (run `npm run schema` after changing it)", () => {
    expect(committed).toBe(schemaAsJson());
  });

  it("is the schema the checks run with", () => {
    expect(plansSchema()).toEqual(JSON.parse(schemaAsJson()));
  });

  it("is a draft-07 schema, and the YAML's modeline points at it", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    const firstLine = readFileSync(DATA_FILE, "utf8").split("\n")[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
    expect(match, firstLine).not.toBeNull();
    expect(path.resolve(path.dirname(DATA_FILE), match![1]!)).toBe(SCHEMA_FILE);
  });

  const nodes = walk(schema);
  it("covers every field of the data, nested ones included", () => {
    expect(nodes.map(([p]) => p)).toEqual(
      expect.arrayContaining([
        "page.title",
        "page.navigation.key",
        "page.navigation.order",
        "plans[].ministry",
        "plans[].link",
        "plans[].size",
        "plans[].cover",
        "plans[].year",
        "plans[].language",
      ]),
    );
    expect(nodes.length).toBeGreaterThanOrEqual(20);
  });

  it.each(nodes)("documents %s in French with a title, a description and examples", (_path, node) => {
    expect(node.title).toMatch(/\S/);
    expect(node.description).toMatch(/\S/);
    // French, not the field's English name: accented letters, apostrophes or French words.
    expect(`${node.title} ${node.description}`).toMatch(/[éèêàçôûù’]|\b(le|la|les|du|des|de|un|une|par)\b/i);
    expect(Array.isArray(node.examples) && node.examples.length > 0).toBe(true);
  });

  it("is accepted by Ajv in strict mode and accepts the demo data", () => {
    const validate = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
    const data = load(readFileSync(DATA_FILE, "utf8"));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts its own examples at every level", () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    for (const [at, node] of nodes) {
      const validate = ajv.compile({ ...node, $schema: undefined, $id: undefined });
      for (const example of node.examples ?? []) expect(validate(example), `${at}: ${JSON.stringify(example)}`).toBe(true);
    }
  });
});

/**
 * The rules give their own messages for some fields' patterns (`RULE_OWNED_PATTERNS`); they must
 * accept exactly what the schema (and so the editor's IDE) accepts.
 */
describe("the schema's patterns and the rules agree", () => {
  const PAGE = "page:\n  title: P\n  description: D\n  date: DATE\nplans:\n  - ministry: M\n    title: T\n";
  const cases: Array<[string, string, string[]]> = [
    [
      "link",
      LINK_PATTERN,
      ["/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf", "https://www.example.gouv.fr/a.pdf", "#", "", " /docs/a.pdf", "docs/a.pdf", "/docs/../a.pdf", "/docs/a b.pdf", "/docs/a.pdf#p=2", "http://example.gouv.fr/a.pdf", "https://localhost/a.pdf", "javascript:alert(1)", "//example.gouv.fr/a.pdf", "/docs/"],
    ],
    [
      "cover",
      SITE_PATH_PATTERN,
      ["/img/plans-action/couverture-mc.png", "img/plans-action/couverture-mc.png", "/img/../x.png", "/img/a b.png", "https://example.gouv.fr/a.png", " /img/plans-action/couverture-mc.png", "/img/plans-action/"],
    ],
    ["size", SIZE_PATTERN, ["2,9 Mo", "900 ko", "1.5 Mo", "512 octets", " 720 Ko ", "X Mo", "2,9", "Mo", "2 MB", "2,9 mO", "1 OCTETS", ""]],
    ["language", LANGUAGE_PATTERN, ["en", "de", "EN", "en ", "fr-FR", "anglais", "zz", "e"]],
  ];
  const root = PROJECT_ROOT;

  it.each(cases)("for %s", (field, pattern, values) => {
    const regex = new RegExp(pattern);
    for (const value of values) {
      const extra = field === "size" ? "    link: https://www.example.gouv.fr/a.pdf\n" : "";
      const yaml = `${PAGE.replace("DATE", "2022-04-01")}${extra}    ${field}: ${JSON.stringify(value)}\n`;
      const result = loadPlansSource(yaml, { root, displayName: "p.yaml" });
      const fieldErrors = result.diagnostics.filter((d) => d.path === `plans[0].${field}` && d.severity === "erreur");
      // Files that do not exist are the rules' own reason to refuse a well-written path.
      const missingFile = fieldErrors.some((d) => /n’existe pas|est un dossier|n’est pas une image|connu/.test(d.message));
      if (regex.test(value)) expect(fieldErrors.length === 0 || missingFile, `${field}: ${JSON.stringify(value)} ${JSON.stringify(fieldErrors)}`).toBe(true);
      else expect(fieldErrors, `${field}: ${JSON.stringify(value)}`).toHaveLength(1);
    }
  });

  it("for page.date", () => {
    const regex = new RegExp(DATE_PATTERN);
    for (const value of ["2022-04-01", "2022-02-30", "01/04/2022", "2022-4-1", " 2022-04-01", "demain"]) {
      const result = loadPlansSource(PAGE.replace("DATE", JSON.stringify(value)), { root, displayName: "p.yaml" });
      const errors = result.diagnostics.filter((d) => d.path === "page.date");
      if (!regex.test(value)) expect(errors, value).toHaveLength(1);
      else if (value === "2022-04-01") expect(errors).toEqual([]);
    }
  });
});
