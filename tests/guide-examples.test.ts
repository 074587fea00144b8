/**
 * The examples of a generic list that the README and the editors' guide show are files the
 * plugin accepts: each YAML block with `items:` is checked as a data file (its site files made
 * in a temporary root, a `page:` block added when the example leaves it out).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/diagnostics.ts";
import { loadPlansSource } from "../src/load/load-plans.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

const PAGE = "page:\n  title: Guides\n  description: Desc\n  date: 2024-09-06\n";

function itemExamples(file: string): string[] {
  const text = readFileSync(path.join(PROJECT_ROOT, file), "utf8");
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => /^items:/m.test(block));
}

/** Every site path with an extension the example links, as a file of a temporary root. */
function rootFor(example: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "plans-guide-examples-"));
  for (const [, sitePath] of example.matchAll(/link: (\/[^\s#]+\.\w+)/g)) {
    const file = path.join(root, sitePath!);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "x");
  }
  return root;
}

describe.each(["README.md", "documentation/guide-redaction.md"])("%s", (file) => {
  const examples = itemExamples(file);

  it("shows at least one generic list, with a document in three formats", () => {
    expect(examples.length).toBeGreaterThan(0);
    const files = examples.map((e) => load(/^page:/m.test(e) ? e : PAGE + e) as { items: Array<{ files?: unknown[] }> });
    expect(files.some((f) => f.items.some((item) => item.files?.length === 3))).toBe(true);
  });

  it.each(examples.map((e, i) => [i, e] as const))("example %i is a valid data file", (_, example) => {
    const source = /^page:/m.test(example) ? example : PAGE + example;
    const result = loadPlansSource(source, { root: rootFor(example), displayName: "exemple.yaml" });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
