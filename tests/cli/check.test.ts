/**
 * `npm run check`, run as an editor or CI runs it: a real process, its exit status, and what it
 * prints.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck, USAGE } from "../../src/cli/check.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { copyProject } from "../helpers/project-copy.ts";

const PAGE = "page:\n  title: Plans\n  description: Desc\n  date: 2022-04-01\nplans:\n";

const temporary: string[] = [];
const projects: Array<{ remove(): void }> = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  for (const project of projects) project.remove();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

function tempFile(content: string, name = "plans.yaml"): string {
  const dir = tempDir("plans-check-");
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Runs the command as `npm run check -- …` does (tsx, from the project's folder). */
function run(args: string[], env: Record<string, string> = {}, cwd = PROJECT_ROOT) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/check.ts"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: "", GITHUB_WORKSPACE: "", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run check", () => {
  it("accepts the demo data through the npm script, exit 0", () => {
    const result = spawnSync("npm", ["run", "-s", "check"], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("data/plans-action.yaml : valide, 13 plans vérifiés (0 erreur, 0 avertissement).\n");
    expect(result.status).toBe(0);
  });

  it("prints every problem sorted by line, then a summary, exit 1", () => {
    const file = tempFile(`${PAGE}  - ministry: M\n    title: T\n    link: '#'\n  - titel: U\n    ministry: N\n    year: 1999\n`);
    const name = path.relative(PROJECT_ROOT, file);
    const result = run([file]);
    expect(result.stdout.split("\n")).toEqual([
      `${name}:8:11 erreur plans[0].link : le lien « # » ne mène à aucun document. Écrivez le chemin du fichier (par exemple « /docs/2022/plan.pdf »), ou supprimez la ligne « link: » : la carte affichera « À paraître ».`,
      `${name}:9:5 erreur plans[1].titel : le champ « titel » est inconnu. Vouliez-vous écrire « title » ? Corrigez le nom du champ.`,
      `${name}:11:11 erreur plans[1].year : le nombre 1999 est avant 2000, la plus petite valeur permise pour le champ « year ». Écrivez une année en chiffres entre 2000 et 2100, sans guillemets, par exemple « year: 2022 ».`,
      `${name} : 3 erreurs, 0 avertissement. Corrigez les erreurs ci-dessus, puis relancez la vérification.`,
      "",
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
  });

  it("exits 0 with warnings only, and prints them", () => {
    const file = tempFile(`${PAGE}  - ministry: M\n    title: T\n    link: /docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf\n    size: 3 Mo\n`);
    const result = run([file]);
    expect(result.stdout).toContain(":9:11 avertissement plans[0].size : le poids indiqué (« 3 Mo ») ne correspond pas au fichier, qui pèse 1,06 Mo.");
    expect(result.stdout).toContain(": valide, 1 plan vérifié (0 erreur, 1 avertissement).");
    expect(result.status).toBe(0);
  });

  it("reports a YAML syntax error in the same format, without a stack trace, exit 1", () => {
    const file = tempFile("page:\n  title: 'Plans\nplans: []\n");
    const result = run([file]);
    expect(result.stdout).toContain(`${path.relative(PROJECT_ROOT, file)}:2:10 erreur syntaxe YAML : les guillemets ouverts ici (« ' ») ne sont jamais fermés.`);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |YAMLException|Error:/);
    expect(result.status).toBe(1);
  });

  it("resolves site paths against --root, wherever the file lives", () => {
    const site = tempDir("plans-site-");
    mkdirSync(path.join(site, "docs"));
    writeFileSync(path.join(site, "docs", "plan.pdf"), "%PDF-1.4\n");
    const file = tempFile(`${PAGE}  - ministry: M\n    title: T\n    link: /docs/plan.pdf\n`);
    expect(run([file, "--root", site]).status).toBe(0);
    const fromProject = run([file]);
    expect(fromProject.stdout).toContain("le fichier « /docs/plan.pdf » n’existe pas (fichier attendu : docs/plan.pdf)");
    expect(fromProject.status).toBe(1);
  });

  it("also prints GitHub Actions annotations when GITHUB_ACTIONS=true, with the path from the workspace", () => {
    const file = tempFile(`${PAGE}  - ministry: M\n    title: T\n    link: '#'\n`);
    const workspace = path.dirname(path.dirname(file));
    const result = run([file], { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace });
    const relative = path.relative(workspace, file);
    expect(result.stdout).toContain(
      `::error file=${relative},line=8,col=11,title=plans-action %3A plans[0].link::plans[0].link : le lien « # » ne mène à aucun document. Écrivez le chemin du fichier (par exemple « /docs/2022/plan.pdf »), ou supprimez la ligne « link: » : la carte affichera « À paraître ».\n`,
    );
    expect(run([file]).stdout).not.toContain("::error");
  });

  it.each([
    [["--rot", "."], "Erreur : option inconnue « --rot »."],
    [["a.yaml", "b.yaml"], "Erreur : un seul fichier à la fois (reçu : « a.yaml », « b.yaml »)."],
    [["--root"], "Erreur : l’option « --root » attend une valeur (par exemple --root .)."],
    [["data/absent.yaml"], "Erreur : le fichier « data/absent.yaml » n’existe pas."],
    [["--root", "dossier-absent"], "Erreur : le dossier du site « dossier-absent » n’existe pas."],
  ])("exits 2 with the French usage on %j", (args, first) => {
    const result = run(args);
    expect(result.stderr).toBe(`${first}\n\n${USAGE}\n`);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(2);
  });
});

describe("runCheck (in process)", () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {}, cwd: PROJECT_ROOT } };
  };

  it("prints the usage on --help and -h, exit 0", () => {
    for (const flag of ["--help", "-h"]) {
      const { out, err, io: streams } = io();
      expect(runCheck([flag], streams)).toBe(0);
      expect(out).toEqual([USAGE]);
      expect(err).toEqual([]);
    }
  });

  it("takes data/plans-action.yaml from the current folder by default", () => {
    const { out, io: streams } = io();
    expect(runCheck([], streams)).toBe(0);
    expect(out).toEqual(["data/plans-action.yaml : valide, 13 plans vérifiés (0 erreur, 0 avertissement)."]);
  });
});

/** The demo project with a second list (the tests' guides), registered by `config` under `name`. */
function twoListProject(name = "eleventy.config.ts"): string {
  const project = copyProject();
  projects.push(project);
  copyFileSync(path.join(PROJECT_ROOT, "tests/fixtures/guides.yaml"), path.join(project.dir, "data/guides.yaml"));
  writeFileSync(
    path.join(project.dir, name),
    `import plansAction from "./src/index.ts";
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(plansAction);
  eleventyConfig.addPlugin(plansAction, { dataFile: "data/guides.yaml", url: "/publications/guides/", dataKey: "guides" });
}
export const config = { dir: { input: "site", includes: "../_includes" } };
`,
  );
  return project.dir;
}

describe("npm run check on a site with two lists", () => {
  const VALID = [
    "data/plans-action.yaml : valide, 13 plans vérifiés (0 erreur, 0 avertissement).",
    "data/guides.yaml : valide, 3 plans vérifiés (0 erreur, 0 avertissement).",
    "",
  ];

  it("checks every list its configuration registers (found by Eleventy's names), exit 0", () => {
    const dir = twoListProject();
    const result = run([], {}, dir);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toEqual(VALID);
    expect(result.status).toBe(0);
  });

  it("reads the configuration --config names", () => {
    const dir = twoListProject("site.config.ts");
    expect(run(["--config", "site.config.ts"], {}, dir).stdout.split("\n")).toEqual(VALID);
    // Without it, no configuration is found: the default file alone, as before.
    expect(run([], {}, dir).stdout.split("\n")).toEqual([VALID[0], ""]);
  });

  it("prints each file's problems and exits 1 when one list has an error, the others still checked", () => {
    const dir = twoListProject();
    writeFileSync(path.join(dir, "data/guides.yaml"), `${PAGE}  - ministry: M\n    title: T\n    link: '#'\n`);
    const result = run([], {}, dir);
    expect(result.stdout.split("\n")).toEqual([
      VALID[0],
      "data/guides.yaml:8:11 erreur plans[0].link : le lien « # » ne mène à aucun document. Écrivez le chemin du fichier (par exemple « /docs/2022/plan.pdf »), ou supprimez la ligne « link: » : la carte affichera « À paraître ».",
      "data/guides.yaml : 1 erreur, 0 avertissement. Corrigez les erreurs ci-dessus, puis relancez la vérification.",
      "",
    ]);
    expect(result.status).toBe(1);
  });

  it("checks only the file it is given, without loading the configuration", () => {
    const dir = twoListProject();
    writeFileSync(path.join(dir, "eleventy.config.ts"), "throw new Error('not loaded');\n");
    const result = run(["data/guides.yaml"], {}, dir);
    expect(result.stdout).toBe("data/guides.yaml : valide, 3 plans vérifiés (0 erreur, 0 avertissement).\n");
    expect(result.status).toBe(0);
  });

  it("says in French when the configuration fails, with the plugin's message, exit 1", () => {
    const dir = twoListProject();
    const config = path.join(dir, "eleventy.config.ts");
    writeFileSync(
      config,
      `import plansAction from "./src/index.ts";
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(plansAction);
  eleventyConfig.addPlugin(plansAction, { dataFile: "data/guides.yaml", dataKey: "guides" });
}
`,
    );
    const result = run([], {}, dir);
    expect(result.stderr).toContain(
      "Erreur : la configuration Eleventy « eleventy.config.ts » ne se charge pas : plans-action : deux listes ont la même adresse url « /publications/plans-action-ministeres/ »",
    );
    expect(result.stdout).toBe("");
    expect(result.status).toBe(1);
  });

  it("checks the lists' links to the site's pages against the pages it builds, writing nothing", () => {
    const dir = twoListProject();
    const links = (...urls: string[]) =>
      `page:\n  title: Liens\n  description: Des liens.\n  date: 2024-09-06\nitems:\n${urls.map((u, i) => `  - title: Page ${i}\n    link: ${u}\n`).join("")}`;
    writeFileSync(path.join(dir, "data/guides.yaml"), links("/accessibilite/", "/mentions-legales/"));
    const valid = run([], {}, dir);
    expect(valid.stdout.split("\n")).toEqual([
      VALID[0],
      "data/guides.yaml : valide, 2 éléments vérifiés (0 erreur, 0 avertissement).",
      "Liens vers les pages du site : 2 vérifiés, chacun mène à une page que le site construit.",
      "",
    ]);
    expect(valid.status).toBe(0);
    writeFileSync(path.join(dir, "data/guides.yaml"), links("/accessibilite/", "/mentions-legale/"));
    const broken = run([], { GITHUB_ACTIONS: "true" }, dir);
    expect(broken.stdout.split("\n")).toEqual([
      VALID[0],
      "data/guides.yaml : valide, 2 éléments vérifiés (0 erreur, 0 avertissement).",
      "data/guides.yaml:9:11 erreur items[1].link : « /mentions-legale/ » n’est pas une page du site : aucune page n’est construite à cette adresse. Vouliez-vous écrire « /mentions-legales/ » ? Corrigez l’adresse, ou créez la page.",
      "::error file=data/guides.yaml,line=9,col=11,title=plans-action %3A items[1].link::items[1].link : « /mentions-legale/ » n’est pas une page du site : aucune page n’est construite à cette adresse. Vouliez-vous écrire « /mentions-legales/ » ? Corrigez l’adresse, ou créez la page.",
      "Liens vers les pages du site : 1 erreur, 0 avertissement. Corrigez les erreurs ci-dessus, puis relancez la vérification.",
      "",
    ]);
    expect(broken.status).toBe(1);
    expect(existsSync(path.join(dir, "_site"))).toBe(false);
    // One file alone leaves them to the build, and says so.
    expect(run(["data/guides.yaml"], {}, dir).stdout).toContain("2 liens vers des pages du site seront vérifiés à la construction du site");
  });

  it("says so, exit 1, when the site's build fails before its pages are known", () => {
    const dir = twoListProject();
    writeFileSync(path.join(dir, "data/guides.yaml"), `page:\n  title: L\n  description: D\n  date: 2024-09-06\nitems:\n  - title: A\n    link: /accessibilite/\n`);
    writeFileSync(path.join(dir, "site/casse.njk"), "---\ntitle: [\n---\nx\n");
    const result = run([], {}, dir);
    expect(result.stderr).toMatch(
      /^Erreur : la construction du site échoue avant de connaître ses pages \(.*\.\/site\/casse\.njk.*\) : le lien vers une page du site n’est pas vérifié\.\nLancez npm run build/,
    );
    expect(result.status).toBe(1);
  });

  it.each([
    [["--config", "absente.js"], "Erreur : la configuration « absente.js » n’existe pas."],
    [["--config"], "Erreur : l’option « --config » attend une valeur (par exemple --config eleventy.config.js)."],
    [["--root", "."], "Erreur : --root s’emploie avec un FICHIER ; sans fichier, chaque liste du site prend le dossier de son option root (configuration « eleventy.config.ts »)."],
  ])("exits 2 with the French usage on %j", (args, first) => {
    const result = run(args, {}, twoListProject());
    expect(result.stderr).toBe(`${first}\n\n${USAGE}\n`);
    expect(result.status).toBe(2);
  });
});
