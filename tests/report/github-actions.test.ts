import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.ts";
import { githubAnnotation, githubAnnotations } from "../../src/report/github-actions.ts";

const d = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  file: "data/plans-action.yaml",
  line: 12,
  col: 11,
  severity: "erreur",
  path: "plans[3].link",
  message: "le lien « # » ne mène à aucun document",
  fix: "Supprimez la ligne",
  ...over,
});

describe("GitHub Actions annotations", () => {
  it("turns an error into ::error on the file's line and column", () => {
    expect(githubAnnotation(d(), {})).toBe(
      "::error file=data/plans-action.yaml,line=12,col=11,title=plans-action %3A plans[3].link::plans[3].link : le lien « # » ne mène à aucun document. Supprimez la ligne.",
    );
  });

  it("turns a warning into ::warning", () => {
    expect(githubAnnotation(d({ severity: "avertissement" }), {})).toMatch(/^::warning file=data\/plans-action\.yaml,line=12,col=11,/);
  });

  it("escapes what would end or split the command (%, newlines; : and , in properties)", () => {
    const line = githubAnnotation(d({ file: "data/a,b:c.yaml", message: "100 % faux\nvraiment", path: "" }), {});
    expect(line).toBe("::error file=data/a%2Cb%3Ac.yaml,line=12,col=11,title=plans-action::100 %25 faux%0Avraiment. Supprimez la ligne.");
    expect(line).not.toContain("\n");
  });

  it("names the file from the workspace root when GITHUB_WORKSPACE is set", () => {
    const env = { GITHUB_WORKSPACE: `${process.cwd()}/..` };
    expect(githubAnnotation(d(), env)).toContain(`file=${process.cwd().split("/").pop()}/data/plans-action.yaml,`);
  });

  it("prints nothing outside GitHub Actions", () => {
    expect(githubAnnotations([d()], {})).toEqual([]);
    expect(githubAnnotations([d()], { GITHUB_ACTIONS: "false" })).toEqual([]);
    expect(githubAnnotations([d(), d({ severity: "avertissement" })], { GITHUB_ACTIONS: "true" })).toHaveLength(2);
  });
});
