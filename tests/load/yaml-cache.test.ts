/** The parsed data file kept under the hash of its text: same value, same positions, and never a stale one. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseYamlCached, survivesJson } from "../../src/load/yaml-cache.ts";
import { parseYaml } from "../../src/load/yaml.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

const TEXT = readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8");
let dir: string;
const entries = () => (existsSync(path.join(dir, "yaml")) ? readdirSync(path.join(dir, "yaml")) : []);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plans-action-yaml-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("parseYamlCached", () => {
  it("gives the value js-yaml gives, then reads it back from the cache, with the same positions", () => {
    const fresh = parseYaml(TEXT, "plans.yaml");
    const first = parseYamlCached(TEXT, "plans.yaml", dir);
    expect(entries()).toHaveLength(1);
    // The entry is what the next build reads: change it, and the next call returns the change.
    const file = path.join(dir, "yaml", entries()[0]!);
    const stored = JSON.parse(readFileSync(file, "utf8"));
    expect(stored.value).toEqual(fresh.ok && fresh.value);
    writeFileSync(file, JSON.stringify({ ...stored, value: { ...stored.value, marker: true } }));
    const second = parseYamlCached(TEXT, "plans.yaml", dir);
    expect(second.ok && (second.value as { marker?: boolean }).marker).toBe(true);
    for (const at of [["plans", 3, "link"], ["plans", 12, "title"], ["page", "date"]] as const) {
      expect(second.ok && second.positions.valueAt(at)).toEqual(fresh.ok && fresh.positions.valueAt(at));
      expect(second.ok && second.positions.keyAt(at)).toEqual(first.ok && first.positions.keyAt(at));
    }
  });

  it("parses a changed text again, and keeps one entry per data file", () => {
    parseYamlCached(TEXT, "plans.yaml", dir);
    const changed = TEXT.replace("Ministère de la Culture", "Ministère de la Culture et de la Communication");
    const parsed = parseYamlCached(changed, "plans.yaml", dir);
    expect(JSON.stringify(parsed.ok && parsed.value)).toContain("Culture et de la Communication");
    expect(entries()).toHaveLength(1);
    // Back to the first text: parsed again (the entry is the changed text's), never the stale value.
    const back = parseYamlCached(TEXT, "plans.yaml", dir);
    expect(JSON.stringify(back.ok && back.value)).not.toContain("Culture et de la Communication");
    parseYamlCached(TEXT, "guides.yaml", dir);
    expect(entries()).toHaveLength(2);
  });

  it("keeps no value JSON would change (.inf), and no file with a syntax error", () => {
    const parsed = parseYamlCached("page:\n  size: .inf\n", "plans.yaml", dir);
    expect(parsed.ok && (parsed.value as { page: { size: number } }).page.size).toBe(Number.POSITIVE_INFINITY);
    expect(parseYamlCached("page: [\n", "plans.yaml", dir).ok).toBe(false);
    expect(entries()).toEqual([]);
    expect(survivesJson({ a: [1, "b", null, true, { c: -0 }] })).toBe(false);
    expect(survivesJson({ a: [1, "b", null, true, { c: 0 }] })).toBe(true);
  });
});
