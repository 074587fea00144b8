/**
 * Property-based: whatever an editor's file holds — random text, a demo file mangled by random
 * edits, random values in every field — the loader never crashes. It returns either valid data or
 * a non-empty list of located messages, each on a real line and column of the file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { dump } from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadPlansSource, type LoadResult } from "../../src/load/load-plans.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

const DEMO = readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8");

function load(source: string): LoadResult {
  return loadPlansSource(source, { root: PROJECT_ROOT, displayName: "plans.yaml" });
}

/** The outcome contract every input must meet. */
function assertOutcome(source: string, result: LoadResult): void {
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (result.ok) {
    expect(result.diagnostics.every((d) => d.severity === "avertissement")).toBe(true);
    for (const plan of result.data.plans) {
      expect(typeof plan.ministry).toBe("string");
      expect(plan.ministry?.trim()).not.toBe("");
      expect(typeof plan.title).toBe("string");
    }
    return;
  }
  expect(result.diagnostics.length).toBeGreaterThan(0);
  expect(result.diagnostics.some((d) => d.severity === "erreur")).toBe(true);
  for (const d of result.diagnostics) {
    expect(d.file).toBe("plans.yaml");
    expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
    expect(d.line, JSON.stringify(d)).toBeLessThanOrEqual(lines.length);
    expect(d.col, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
    expect(d.col, JSON.stringify(d)).toBeLessThanOrEqual((lines[d.line - 1] ?? "").length + 1);
    expect(d.message.trim()).not.toBe("");
    expect(d.fix.trim()).not.toBe("");
  }
}

function property(source: string): void {
  assertOutcome(source, load(source));
}

/** Characters that matter to YAML, and a few that matter to us. */
const YAML_CHARS = [..."-:#'\"[]{},&*!|>%@`?\\ \t\n\r\u00a0é€/._0123456789abcdefghijklmnopqrstuvwxyz"];
const yamlishText = fc.array(fc.constantFrom(...YAML_CHARS), { maxLength: 200 }).map((chars) => chars.join(""));
const tokens = fc.constantFrom(
  "page:", "plans:", "\n", "\n  ", "\n    ", "  - ", "ministry: ", "title: ", "link: ", "size: ", "cover: ", "year: ",
  "language: ", "date: ", "navigation:", "key: ", "'", '"', "#", "[", "]", "{", "}", ", ", "X Mo", "2022-04-01", "2022",
  "/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf", "https://www.example.gouv.fr/a.pdf", "&a ", "*a", "<<: ", "!!str ",
  "---\n", "...\n", "\t", "~", "null", "true", "|\n", ">-\n",
);
const tokenText = fc.array(tokens, { maxLength: 60 }).map((t) => t.join(""));

/** A random edit of the demo file: insert, delete, duplicate, re-indent. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(yamlishText, tokens) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(source: string, e: Edit): string {
  if (e.kind === "insert") {
    const at = e.at % (source.length + 1);
    return source.slice(0, at) + e.text + source.slice(at);
  }
  if (e.kind === "delete") {
    const at = e.at % (source.length + 1);
    return source.slice(0, at) + source.slice(at + e.length);
  }
  const lines = source.split("\n");
  const i = e.at % lines.length;
  if (e.kind === "duplicate-line") lines.splice(i, 0, lines[i]!);
  else lines[i] = e.by >= 0 ? " ".repeat(e.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-e.by}}`), "");
  return lines.join("\n");
}

const interesting = fc.constantFrom(
  "", " ", "#", "javascript:alert(1)", "data:text/html,x", "http://example.gouv.fr/a.pdf", "https://www.example.gouv.fr/a.pdf",
  "https://x", "docs/a.pdf", "/docs/../x", "/docs/%zz", "/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf", "/docs/2022",
  "/img/plans-action/couverture-mc.png", "/img/absent.png", "X Mo", "2,9 Mo", "1 Go", "2022-02-30", "2022-04-01", "01/04/2022",
  "en", "EN", "zz", "fr-FR", "anglais", "<script>alert(1)</script>", "{{ 7 * 7 }}", "__proto__", "constructor", "a".repeat(5000),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: interesting },
  fc.string(),
  fc.integer(),
  fc.integer({ min: 1990, max: 2110 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const extraKeys = fc.dictionary(fc.constantFrom("titel", "auteur", "Link", "__proto__", "year ", ""), anyValue, { maxKeys: 2 });
const planValue = fc
  .tuple(
    fc.record(
      { ministry: maybe(anyValue), title: maybe(anyValue), link: maybe(anyValue), size: maybe(anyValue), cover: maybe(anyValue), year: maybe(anyValue), language: maybe(anyValue) },
      { requiredKeys: [] },
    ),
    extraKeys,
  )
  .map(([plan, extra]) => ({ ...plan, ...extra }));
const fileValue = fc.record(
  {
    page: fc.oneof(
      anyValue,
      fc.record(
        {
          title: maybe(anyValue),
          description: maybe(anyValue),
          date: maybe(anyValue),
          image: maybe(anyValue),
          intro: maybe(anyValue),
          navigation: maybe(fc.oneof(anyValue, fc.record({ key: maybe(anyValue), parent: maybe(anyValue), title: maybe(anyValue), order: maybe(anyValue) }, { requiredKeys: [] }))),
        },
        { requiredKeys: [] },
      ),
    ),
    plans: fc.oneof(anyValue, fc.array(fc.oneof({ weight: 4, arbitrary: planValue }, { weight: 1, arbitrary: anyValue }), { maxLength: 6 })),
  },
  { requiredKeys: [] },
);

describe("the loader never crashes", () => {
  it("on random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: "binary" }), property), { numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });

  it("on random YAML-looking text", () => {
    fc.assert(fc.property(fc.oneof(yamlishText, tokenText), property), { numRuns: Number(process.env.FUZZ_RUNS ?? 500) });
  });

  it("on the demo file with random edits", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => property(edits.reduce(apply, DEMO))),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it("on random values in every field", () => {
    fc.assert(
      fc.property(fileValue, (value) => {
        const source = `# yaml-language-server: $schema=./plans-action.schema.json\n${dump(value, { skipInvalid: true, lineWidth: -1 })}`;
        property(source);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it.each([
    ["an unclosed bracket 100,000 deep", `page: ${"[".repeat(100_000)}`],
    ["3,000 nested blocks", `page:\n${Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i + 2)}a:`).join("\n")}`],
    [
      "an alias bomb (a billion references)",
      [
        "a: &a [x, x, x, x, x, x, x, x, x, x]",
        ..."bcdefghi".split("").map((c, i) => `${c}: &${c} [${Array(10).fill(`*${"abcdefghi"[i]}`).join(", ")}]`),
        "page: *i",
        "plans: [*i, *i]",
      ].join("\n"),
    ],
  ])("on %s, quickly", (_name, source) => {
    const result = load(source);
    expect(result.ok).toBe(false);
    assertOutcome(source, result);
  });

  it("accepts what the generator makes valid, so the properties are not only about failures", () => {
    const valid = `page:\n  title: T\n  description: D\n  date: 2022-04-01\nplans:\n${dump([{ ministry: "M", title: "T", year: 2022, language: "en" }])
      .split("\n")
      .map((l) => (l ? `  ${l}` : l))
      .join("\n")}`;
    const result = load(valid);
    expect(result.ok).toBe(true);
    assertOutcome(valid, result);
  });
});
