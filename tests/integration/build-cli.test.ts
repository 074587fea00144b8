/**
 * The real commands on a copy of the project: `npm run build` with a broken data file fails with
 * the same located messages as `npm run check`, no stack trace, and leaves the last good `_site/`
 * exactly as it was. Under `npm start`, the lists' pages show the errors instead
 * (tests/admin/serve-errors.test.ts).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, snapshot } from "../helpers/project-copy.ts";

const DATA = "data/plans-action.yaml";
const PDF_LINK = "    link: /docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf";

/** Three mistakes and a warning, on lines the test computes from the demo file. */
function breakData(source: string): string {
  return source
    .replace("  - ministry: Ministère de la Culture\n", "  - ministry: Ministère de la Culture\n    titel: Réduction\n")
    .replace(PDF_LINK, `${PDF_LINK}\n    size: 9 Mo`)
    .replace("    cover: /img/plans-action/couverture-mj.png", "    cover: /img/plans-action/couverture-mj.png\n    link: '#'")
    .replace("  date: 2022-04-01", "  date: 2022-02-30");
}

/** 1-based line of the first line of `text` that starts with `start`. */
function lineOf(text: string, start: string): number {
  const index = text.split("\n").findIndex((l) => l.startsWith(start));
  if (index < 0) throw new Error(`no line starts with ${start}`);
  return index + 1;
}

function npm(dir: string, script: string, env: Record<string, string> = {}) {
  const result = spawnSync("npm", ["run", "-s", script], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: "", GITHUB_WORKSPACE: "", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, all: result.stdout + result.stderr };
}

describe("npm run build with a broken data file", () => {
  let project: ReturnType<typeof copyProject>;
  let site: string;
  let good: ReturnType<typeof snapshot>;
  let broken: string;
  afterAll(() => project?.remove());
  beforeAll(() => {
    project = copyProject();
    site = path.join(project.dir, "_site");
    const first = npm(project.dir, "build");
    expect(first.status, first.all).toBe(0);
    good = snapshot(site);
    const file = path.join(project.dir, DATA);
    broken = breakData(readFileSync(file, "utf8"));
    writeFileSync(file, broken);
  });

  it("starts from a real site (the page, the PDF, the DSFR files)", () => {
    expect(good.has("publications/plans-action-ministeres/index.html")).toBe(true);
    expect(good.has("docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf")).toBe(true);
    expect([...good.keys()].some((k) => k.startsWith("assets/dsfr/"))).toBe(true);
  });

  it("fails with the located French messages, the same as npm run check, and no stack trace", () => {
    const build = npm(project.dir, "build", { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: project.dir });
    const check = npm(project.dir, "check");
    expect(build.status).not.toBe(0);
    expect(check.status).toBe(1);

    const located = /^data\/plans-action\.yaml:\d+:\d+ (erreur|avertissement) .*$/;
    const fromCheck = check.stdout.split("\n").filter((l) => located.test(l));
    const fromBuild = [...new Set(build.all.split("\n").map((l) => l.replace(/^\[11ty\] /, "")).filter((l) => located.test(l)))];
    const at = (start: string) => `data/plans-action.yaml:${lineOf(broken, start)}`;
    expect(fromCheck).toEqual([
      `${at("  date:")}:9 erreur page.date : « 2022-02-30 » n’est pas une date qui existe. Écrivez la date de mise à jour au format AAAA-MM-JJ, par exemple « date: 2022-04-01 ».`,
      `${at("    titel:")}:5 erreur plans[0].titel : le champ « titel » est inconnu. Vouliez-vous écrire « title » ? Corrigez le nom du champ.`,
      `${at("    link: '#'")}:11 erreur plans[4].link : le lien « # » ne mène à aucun document. Écrivez le chemin du fichier (par exemple « /docs/2022/plan.pdf »), ou supprimez la ligne « link: » : la carte affichera « À paraître ».`,
      `${at("    size: 9 Mo")}:11 avertissement plans[7].size : le poids indiqué (« 9 Mo ») ne correspond pas au fichier, qui pèse 1,06 Mo. Supprimez la ligne « size: » : pour un fichier du site, le poids (1,06 Mo) est calculé.`,
    ]);
    expect(fromBuild).toEqual(fromCheck);
    expect(build.all).toContain("Le fichier de données contient 3 erreurs, 1 avertissement ; rien n’a été écrit.");
    expect(build.all).not.toMatch(/^\s+at |\(via |Error:|\.ts:\d+/m);
    // And the same problems as annotations on the YAML's lines for the pull request.
    expect(build.stdout).toContain(`::error file=data/plans-action.yaml,line=${lineOf(broken, "    titel:")},col=5,title=plans-action %3A plans[0].titel::`);
    expect(build.stdout).toContain(`::warning file=data/plans-action.yaml,line=${lineOf(broken, "    size: 9 Mo")},col=11,`);
  });

  it("leaves the last good _site/ byte for byte, modification times included", () => {
    npm(project.dir, "build");
    expect(snapshot(site)).toEqual(good);
  });
});
