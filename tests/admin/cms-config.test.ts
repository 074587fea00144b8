/**
 * The editing page's CMS configuration is derived from the data file's JSON Schema and each
 * list's data, never written by hand: it is one Sveltia CMS accepts (checked against the schema
 * the CMS ships), it has a form field per schema field with the schema's French title and help,
 * and a field added to the schema appears in it with no other change.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { cmsConfig, type EditedList, type SchemaNode } from "../../src/admin/cms-config.ts";
import { editedList, repositoryName } from "../../src/admin/edited-lists.ts";
import { loadPlansFile } from "../../src/load/load-plans.ts";
import { resolveOptions } from "../../src/resolve-options.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

const SCHEMA = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "data/plans-action.schema.json"), "utf8")) as SchemaNode;
const SVELTIA_SCHEMA = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "node_modules/@sveltia/cms/schema/sveltia-cms.json"), "utf8"));
const MINUMECO = path.join(PROJECT_ROOT, "tests/fixtures/minumeco-lists");

type Field = Record<string, unknown> & { name: string; fields?: Field[] };

/** A list as the plugin sees it: its options, and its data as loaded from the file. */
function list(dataFile: string, root: string, dataKey: string): EditedList {
  const opts = resolveOptions({ root, dataFile, dataKey });
  const loaded = loadPlansFile(opts.dataPath, { root });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return editedList(opts, loaded.data, PROJECT_ROOT);
}

const plans = list("data/plans-action.yaml", PROJECT_ROOT, "plansAction");
const ademe = list(path.join(MINUMECO, "data/ressources-ademe.yaml"), path.join(MINUMECO, "site-files"), "ademe");

function config(schema: SchemaNode = SCHEMA, lists: EditedList[] = [plans]) {
  return cmsConfig(schema, lists, { repo: "numerique-gouv/plans", siteUrl: "https://www.exemple.gouv.fr" }) as {
    collections: Array<{ files: Array<{ name: string; label: string; file: string; fields: Field[] }> }>;
  } & Record<string, unknown>;
}

/** The field at `names` (`["plans", "link"]`) of the list `name`'s form. */
function fieldAt(c: ReturnType<typeof config>, name: string, names: string[]): Field | undefined {
  let fields = c.collections[0]!.files.find((f) => f.name === name)!.fields;
  let found: Field | undefined;
  for (const n of names) {
    found = fields.find((f) => f.name === n);
    fields = found?.fields ?? [];
  }
  return found;
}

describe("the CMS configuration", () => {
  it("is one Sveltia CMS accepts, for a plans file and an items file", () => {
    const validate = new Ajv({ strict: false, allErrors: true, logger: false }).compile(SVELTIA_SCHEMA);
    const valid = validate(config(SCHEMA, [plans, ademe]));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
  });

  it("has one entry per list, for its data file, saved to GitHub with a token", () => {
    const c = config(SCHEMA, [plans, ademe]);
    expect(c.collections[0]!.files.map(({ name, label, file }) => ({ name, label, file }))).toEqual([
      { name: "plansAction", label: "Plans d’action des ministères", file: "data/plans-action.yaml" },
      { name: "ademe", label: "Liste des ressources ADEME sur le numérique responsable", file: "tests/fixtures/minumeco-lists/data/ressources-ademe.yaml" },
    ]);
    expect(c.backend).toMatchObject({ name: "github", repo: "numerique-gouv/plans", auth_methods: ["token"] });
    // A plans file's form has no `items`, an items file's no `plans`.
    expect(fieldAt(c, "plansAction", ["items"])).toBeUndefined();
    expect(fieldAt(c, "ademe", ["plans"])).toBeUndefined();
  });

  it("has a field per field of a plan, with the schema's French title as label and its description as help", () => {
    const c = config();
    const item = SCHEMA.properties!.plans!.items!;
    const fields = fieldAt(c, "plansAction", ["plans"])!.fields!;
    expect(fields.map((f) => f.name)).toEqual(Object.keys(item.properties!));
    for (const f of fields) {
      expect(f.label).toBe(item.properties![f.name]!.title);
      expect(f.hint).toBe(item.properties![f.name]!.description);
    }
    expect(fieldAt(c, "plansAction", ["plans", "title"])).toMatchObject({ label: "Titre du document", widget: "string" });
  });

  it("holds the schema's rules: required fields, patterns, years, « À paraître » (no link)", () => {
    const c = config();
    expect(fieldAt(c, "plansAction", ["plans", "ministry"])!.required).toBeUndefined(); // required, Decap's default
    expect(fieldAt(c, "plansAction", ["plans", "title"])!.required).toBeUndefined();
    expect(fieldAt(c, "plansAction", ["plans", "link"])!.required).toBe(false); // without it, « À paraître »
    expect(fieldAt(c, "plansAction", ["plans", "size"])).toMatchObject({
      widget: "string",
      required: false,
      pattern: [SCHEMA.properties!.plans!.items!.properties!.size!.pattern, "Format attendu, par exemple « 2,9 Mo » ou « 900 ko »."],
    });
    expect(fieldAt(c, "plansAction", ["plans", "year"])).toMatchObject({ widget: "number", value_type: "int", min: 2000, max: 2100 });
    expect(fieldAt(c, "plansAction", ["page", "date"])).toMatchObject({ widget: "datetime", type: "date" });
    expect(fieldAt(c, "plansAction", ["plans"])).toMatchObject({ widget: "list", label_singular: "Plan d’action", summary: "{{fields.ministry}} — {{fields.title}}" });
  });

  it("offers the publishers the file already names, and uploads into the folders the site serves them from", () => {
    const c = config();
    const yaml = readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8");
    const named = [...new Set([...yaml.matchAll(/^ {2}- ministry: (.+)$/gm)].map((m) => m[1]))];
    expect(fieldAt(c, "plansAction", ["plans", "ministry"])).toMatchObject({ widget: "select", options: named });
    expect(fieldAt(c, "plansAction", ["plans", "link"])).toMatchObject({ widget: "file", media_folder: "/docs", public_folder: "/docs" });
    expect(fieldAt(c, "plansAction", ["plans", "cover"])).toMatchObject({ widget: "image", media_folder: "/img/plans-action", public_folder: "/img/plans-action" });
    expect(c).toMatchObject({ media_folder: "img/plans-action", public_folder: "/img/plans-action" });
  });

  it("gives an items list its categories and the fields it requires", () => {
    const c = config(SCHEMA, [ademe]);
    const categories = fieldAt(c, "ademe", ["items", "category"])!;
    expect(categories).toMatchObject({ widget: "select", options: ["Guides", "Études", "Expositions"].concat((categories.options as string[]).slice(3)) });
    expect((categories.options as string[]).length).toBe(11);
    // Grouped by category: each item needs one.
    expect(categories.required).toBeUndefined();
    expect(fieldAt(c, "ademe", ["items", "date"])!.required).toBe(false);
    expect(fieldAt(c, "ademe", ["items", "files"])).toMatchObject({ widget: "list", label_singular: "Fichier", summary: "{{fields.link}}" });
    expect(fieldAt(c, "ademe", ["items", "files", "link"])).toMatchObject({ widget: "file" });
  });

  it("follows the schema: a field added to it appears in the form, with its label, help and pattern", () => {
    const schema = structuredClone(SCHEMA);
    schema.properties!.plans!.items!.properties!.theme = {
      type: "string",
      title: "Thème",
      description: "Le thème du plan, en un mot.",
      pattern: "^[A-Za-zÀ-ÿ]+$",
      examples: ["Mesure"],
    };
    schema.properties!.plans!.items!.required!.push("theme");
    const before = fieldAt(config(), "plansAction", ["plans", "theme"]);
    const after = fieldAt(config(schema), "plansAction", ["plans", "theme"]);
    expect(before).toBeUndefined();
    expect(after).toEqual({
      name: "theme",
      label: "Thème",
      hint: "Le thème du plan, en un mot.",
      widget: "string",
      pattern: ["^[A-Za-zÀ-ÿ]+$", "Format attendu, par exemple « Mesure »."],
    });
  });
});

describe("the repository the editing page saves to", () => {
  it("is the option's, else GitHub Actions', else the site's package.json", () => {
    expect(repositoryName("a/b", PROJECT_ROOT, { GITHUB_REPOSITORY: "c/d" })).toBe("a/b");
    expect(repositoryName(undefined, PROJECT_ROOT, { GITHUB_REPOSITORY: "c/d" })).toBe("c/d");
    expect(repositoryName(undefined, PROJECT_ROOT, {})).toBe("numerique-gouv/eleventy-plugin-plans-action");
    expect(repositoryName(undefined, MINUMECO, {})).toBeUndefined();
  });
});
