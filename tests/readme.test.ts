/**
 * The editors' guide shows real messages: they must stay what `npm run check` really prints for the
 * mistakes the editors' guide describes. If this fails after a change of wording or of the demo data, run the
 * scenarios below with `npm run check` on a copy and paste the new output into documentation/guide-redaction.md.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../src/cli/check.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { copyProject } from "./helpers/project-copy.ts";

const GUIDE = readFileSync(path.join(PROJECT_ROOT, "documentation/guide-redaction.md"), "utf8");
const DEMO = readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8");

/** The guide's scenarios: the demo file with the mistakes it describes. */
const SCENARIOS: Record<string, (source: string) => string> = {
  mistakes: (s) =>
    s
      .replace(
        "  - ministry: Ministère de la Justice\n    title: Plan d’action 2022 pour un « numérique éco-responsable »\n",
        '  - ministry: Ministère de la Justice\n    titel: Plan d’action 2022 pour un « numérique éco-responsable »\n    link: "#"\n',
      )
      .replace(
        "    link: /docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf\n",
        "    link: /docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf\n    size: 2 Mo\n",
      )
      .replace(
        "    title: Plan d’action réduction des impacts environnementaux du numérique\n",
        "    title: Plan d’action réduction des impacts environnementaux du numérique\n    link: https://www.diplomatie.gouv.fr/plan-action.pdf\n    size: X Mo\n",
      ),
  "unclosed quote": (s) => s.replace("    title: Feuille de route numérique et écologie", '    title: "Feuille de route numérique et écologie'),
};

function run(source: string): string[] {
  const project = copyProject();
  try {
    writeFileSync(path.join(project.dir, "data/plans-action.yaml"), source);
    const out: string[] = [];
    runCheck([], { out: (l) => out.push(l), err: (l) => out.push(l), env: {}, cwd: project.dir });
    return out;
  } finally {
    project.remove();
  }
}

describe("the editors' guide", () => {
  const shown = GUIDE.split("\n").filter((l) => /^data\/plans-action\.yaml[ :]/.test(l));

  it("shows messages", () => {
    expect(shown.length).toBeGreaterThanOrEqual(5);
  });

  it("shows only lines that npm run check really prints for the mistakes it describes", () => {
    const printed = new Set(Object.values(SCENARIOS).flatMap((make) => {
      const broken = make(DEMO);
      expect(broken).not.toBe(DEMO);
      return run(broken);
    }));
    for (const line of shown) expect(printed, line).toContain(line);
  });
});

describe("README.md", () => {
  it("stays a README for the people who install the plugin: under 15 KB, the rest in documentation/", () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, "README.md"));
    expect(readme.byteLength).toBeLessThan(15_000);
    for (const [, link] of readme.toString("utf8").matchAll(/\]\((documentation\/[\w-]+\.md)(?:#[\w-]+)?\)/g)) {
      expect(existsSync(path.join(PROJECT_ROOT, link!)), link).toBe(true);
    }
  });
});
