import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import { frenchDate } from "../../src/format/dates.ts";
import { loadPlansFile, loadPlansSource } from "../../src/load/load-plans.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

const DEMO = path.join(PROJECT_ROOT, "data/plans-action.yaml");
const PAGE = `page:
  title: Plans
  description: Desc
  date: 2022-04-01
plans:
`;

function load(plans: string) {
  return loadPlansSource(PAGE + plans, { root: PROJECT_ROOT, displayName: "plans.yaml" });
}

describe("the demo data file", () => {
  it("loads the 13 documents of the seed, one of them published", () => {
    const result = loadPlansFile(DEMO, { root: PROJECT_ROOT });
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) return;
    expect(result.data.plans).toHaveLength(13);
    const published = result.data.plans.filter((p) => p.document);
    expect(published).toHaveLength(1);
    expect(published[0]!.document).toMatchObject({
      url: "/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf",
      bytes: 1_058_899,
      format: "PDF",
      detail: "PDF - 1,06 Mo",
    });
    expect(result.data.plans.every((p) => p.year === 2022 && p.language === "fr")).toBe(true);
    expect(result.data.page.dateLabel).toBe("1er avril 2022");
  });
});

describe("loading and validation", () => {
  it("keeps an https document with its declared size", () => {
    const result = load("  - ministry: M\n    title: T\n    link: https://www.example.gouv.fr/plan.pdf\n    size: 2,9 Mo\n    language: en\n");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.plans[0]!.document).toMatchObject({ external: true, bytes: 2_900_000, detail: "PDF - 2,9 Mo - Anglais" });
  });

  it("reports a YAML syntax error with its position, in French", () => {
    const result = loadPlansSource("page:\n  title: 'Plans\nplans: []\n", { displayName: "plans.yaml" });
    expect(result.ok).toBe(false);
    const [first] = result.diagnostics;
    expect(formatDiagnostic(first!)).toMatch(/^plans\.yaml:2:10 erreur syntaxe YAML : les guillemets ouverts ici/);
  });

  it("reports every problem of the file in one run, sorted by line", () => {
    const result = load("  - ministry: M\n    title: ''\n    link: '#'\n  - title: T\n    link: http://example.gouv.fr/a.pdf\n");
    const lines = result.diagnostics.map((d) => d.line);
    expect(result.diagnostics.length).toBeGreaterThanOrEqual(4);
    expect(new Set(result.diagnostics.map((d) => d.path))).toEqual(
      new Set(["plans[0].title", "plans[0].link", "plans[1].ministry", "plans[1].link"]),
    );
    expect(lines).toContain(9);
  });
});

describe("frenchDate", () => {
  it.each([
    ["2022-04-01", "1er avril 2022"],
    ["2023-12-25", "25 décembre 2023"],
  ])("%s → %s", (iso, label) => expect(frenchDate(iso)).toBe(label));

  it("names every month as Intl's French calendar does", () => {
    const intl = new Intl.DateTimeFormat("fr-FR", { month: "long", timeZone: "UTC" });
    for (let m = 1; m <= 12; m++) {
      const iso = `2024-${String(m).padStart(2, "0")}-15`;
      expect(frenchDate(iso)).toBe(`15 ${intl.format(new Date(Date.UTC(2024, m - 1, 15)))} 2024`);
    }
  });
});
