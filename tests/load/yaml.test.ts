import { describe, expect, it } from "vitest";
import { formatPath, parseYaml } from "../../src/load/yaml.ts";

const source = [
  "page:", //                          1
  "  title: 'Titre'", //                2
  "plans:", //                          3
  "  - ministry: Culture", //           4
  "    titel: Plan", //                 5
  "  - { ministry: M, title: T }", //   6
  "",
].join("\n");

describe("parseYaml", () => {
  it("returns the value and the position of each value and key", () => {
    const result = parseYaml(source, "f.yaml");
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toEqual({
      page: { title: "Titre" },
      plans: [{ ministry: "Culture", titel: "Plan" }, { ministry: "M", title: "T" }],
    });
    expect(result.positions.valueAt(["page", "title"])).toEqual({ line: 2, col: 10 });
    expect(result.positions.valueAt(["plans", 0, "ministry"])).toEqual({ line: 4, col: 15 });
    expect(result.positions.keyAt(["plans", 0, "titel"])).toEqual({ line: 5, col: 5 });
    expect(result.positions.valueAt(["plans", 1, "title"])).toEqual({ line: 6, col: 27 });
    // A missing field falls back to the element it is missing from.
    expect(result.positions.valueAt(["plans", 0, "title"])).toEqual({ line: 4, col: 5 });
  });

  it.each([
    ["a: 1\na: 2\n", 2, "duplicated"],
    ["a:\n\t- b\n", 2, "tab"],
    ["a:\n  b: 1\n c: 2\n", 3, "indentation"],
  ])("locates syntax errors in %j", (text, line, reason) => {
    const result = parseYaml(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.position.line).toBe(line);
    expect(result.reason).toMatch(new RegExp(reason, "i"));
  });

  it("formats paths as editors read them", () => {
    expect(formatPath(["plans", 3, "link"])).toBe("plans[3].link");
    expect(formatPath(["page", "navigation", "key"])).toBe("page.navigation.key");
  });
});
