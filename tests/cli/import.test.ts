/**
 * `plans-action-import`, as a maintainer runs it: what it writes, what it prints, its exit status,
 * and, for each kind of bad input, its exact message and that nothing is written.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { runImport, USAGE } from "../../src/cli/import.ts";
import { runCheck } from "../../src/cli/check.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A site folder: `docs/guide.pdf` exists, `docs/absent.pdf` does not. */
let site: string;
beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), "plans-import-"));
  folders.push(site);
  mkdirSync(path.join(site, "docs"));
  writeFileSync(path.join(site, "docs/guide.pdf"), "%PDF-1.7\n");
  mkdirSync(path.join(site, "data"));
});

function page(name: string, html: string): string {
  writeFileSync(path.join(site, name), html);
  return name;
}

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runImport(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: site }, "2026-12-04");
  return { status, out: out.join("\n"), err: err.join("\n") };
}

const written = () => readdirSync(path.join(site, "data"));

const LIST = `<!doctype html>
<html lang="fr">
<head><title>Guides</title><meta name="description" content="Nos guides."></head>
<body>
<main>
  <h1>Guides</h1>
  <ul>
    <li><a href="/docs/guide.pdf">Guide de l’achat</a> (PDF - 1 Mo)</li>
    <li><a href="/docs/absent.pdf">Guide disparu</a></li>
  </ul>
</main>
</body>
</html>
`;

describe("a page with a list", () => {
  it("writes the data file, reports each dead link with its line, and ends with the summary", () => {
    const { status, err } = run([page("guides.html", LIST), "--out", "data/guides.yaml"]);
    expect(status).toBe(0);
    expect(err).toBe(
      [
        "guides.html:9:9 avertissement : ligne 9 : /docs/absent.pdf n’existe pas dans le dossier du site (.). Ajoutez le fichier, ou corrigez le lien dans le fichier YAML (un commentaire l’y signale).",
        "data/guides.yaml écrit : 2 éléments, 0 catégorie, 1 lien mort ; rien n’a été laissé de côté.",
      ].join("\n"),
    );
    const yaml = readFileSync(path.join(site, "data/guides.yaml"), "utf8");
    expect(yaml).toContain("# yaml-language-server: $schema=");
    expect(yaml).toContain(
      [
        "items:",
        "  - title: Guide de l’achat",
        "    link: /docs/guide.pdf",
        "    size: 1 Mo",
        "  # ligne 9 de la page : /docs/absent.pdf n’existe pas dans le dossier du site (.) : ajoutez le fichier ou corrigez le lien",
        "  - title: Guide disparu",
        "    link: /docs/absent.pdf",
      ].join("\n"),
    );
  });

  it("points the schema line at the plugin's schema, from the data file's folder", () => {
    run([page("guides.html", LIST), "--out", "data/guides.yaml"]);
    const first = readFileSync(path.join(site, "data/guides.yaml"), "utf8").split("\n")[0]!;
    const schema = first.replace("# yaml-language-server: $schema=", "");
    expect(path.resolve(site, "data", schema)).toBe(path.join(PROJECT_ROOT, "data/plans-action.schema.json"));
  });

  it("is rejected by check only for what is wrong with the page: the dead link", () => {
    run([page("guides.html", LIST), "--out", "data/guides.yaml"]);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), env: {}, cwd: site };
    expect(runCheck(["data/guides.yaml"], io)).toBe(1);
    expect(lines.filter((l) => / erreur /.test(l))).toEqual([expect.stringMatching(/^data\/guides\.yaml:\d+:\d+ erreur items\[1\]\.link : .*« \/docs\/absent\.pdf » n’existe pas/)]);
  });

  it("prints the YAML on stdout without --out, the report staying on stderr", () => {
    const { status, out, err } = run([page("guides.html", LIST)]);
    expect(status).toBe(0);
    expect(out).toMatch(/^# yaml-language-server: \$schema=\.\/?.*\n[\s\S]*- title: Guide disparu\n {4}link: \/docs\/absent\.pdf$/);
    expect(err).toMatch(/\nYAML écrit sur la sortie standard : 2 éléments/);
  });

  it("groups by the page's headings, and reports an item shown before the first one", () => {
    const html = `<main>\n<p><a href="/docs/guide.pdf" download>Guide seul</a></p>\n<h2>Études</h2><ul><li><a href="https://ex.fr/a">A</a></li></ul>\n<h2>Vidéos</h2><ul><li><a href="https://ex.fr/b">B</a></li></ul></main>`;
    const { status, err } = run([page("rubriques.html", html), "--out", "data/r.yaml"]);
    expect(status).toBe(0);
    expect(err.split("\n")).toEqual([
      "rubriques.html:2:4 avertissement : « Guide seul » est avant le premier titre de la page, il n’a pas de catégorie. Écrivez sa « category: » dans le fichier YAML (un commentaire l’y signale).",
      "data/r.yaml écrit : 3 éléments, 2 catégories, 0 lien mort ; rien n’a été laissé de côté.",
    ]);
    const yaml = readFileSync(path.join(site, "data/r.yaml"), "utf8");
    expect(yaml).toContain("list:\n  presentation: links\n  groupBy: category\n  categories:\n    - Études\n    - Vidéos\n");
    expect(yaml).toContain("  # sans catégorie : la page le montre avant son premier titre ; écrivez « category: » avec une des « categories »\n  - title: Guide seul\n");
  });

  it("replaces an existing file with --force", () => {
    writeFileSync(path.join(site, "data/guides.yaml"), "ancien\n");
    expect(run([page("guides.html", LIST), "--out", "data/guides.yaml", "--force"]).status).toBe(0);
    expect(readFileSync(path.join(site, "data/guides.yaml"), "utf8")).toMatch(/^# yaml-language-server/);
  });
});

describe("bad input: a clear message, the exit status, and nothing written", () => {
  it("a missing page (2)", () => {
    const { status, err } = run(["absente.html", "--out", "data/x.yaml"]);
    expect(status).toBe(2);
    expect(err).toBe(`Erreur : la page « absente.html » n’existe pas.\n\n${USAGE}`);
    expect(written()).toEqual([]);
  });

  it("a page without <main> (1)", () => {
    const { status, err } = run([page("sans-main.html", "<!doctype html>\n<html>\n<body>\n<div><a href='/docs/guide.pdf'>Guide</a></div>\n</body>\n</html>\n"), "--out", "data/x.yaml"]);
    expect(status).toBe(1);
    expect(err).toBe(
      "sans-main.html:3:1 erreur : la page n’a pas d’élément <main> : la commande ne lit que le contenu principal de la page, sans l’en-tête, le menu ni le pied de page. " +
        "Donnez la page publiée (un fichier du dossier de sortie du site, avec son gabarit), ou entourez le contenu de la page d’un élément <main>.\nRien n’a été écrit.",
    );
    expect(written()).toEqual([]);
  });

  it("a page with no list (1)", () => {
    const html = "<!doctype html>\n<html><body>\n<main>\n<h1>À propos</h1>\n<p>Lisez <a href='/a-propos/'>notre page</a>.</p>\n<p><img src='/img/x.png' alt=''></p>\n</main>\n</body></html>\n";
    const { status, err } = run([page("vide.html", html), "--out", "data/x.yaml"]);
    expect(status).toBe(1);
    expect(err).toBe(
      "vide.html:3:1 erreur : le contenu principal de la page ne contient aucune liste de documents (ni carte, ni tuile, ni lien de téléchargement, ni liste de liens) ; 1 lien du texte laissé de côté. " +
        "Vérifiez que c’est la bonne page ; une liste écrite en paragraphes se recopie à la main dans le fichier YAML (voir le guide des rédacteurs).\nRien n’a été écrit.",
    );
    expect(written()).toEqual([]);
  });

  it.each([
    ["data/plans.yaml", "page:\n  title: Plans\n", "page:"],
    ["doc.pdf", "%PDF-1.7\n%âãÏÓ\n", "%PDF-1.7"],
    ["image.svg", '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>\n', '<?xml version="1.0"?>'],
  ])("a file that is not HTML (1): %s", (name, content, start) => {
    writeFileSync(path.join(site, name), content);
    const { status, err } = run([name, "--out", "data/x.yaml"]);
    expect(status).toBe(1);
    expect(err).toBe(
      `${name}:1:1 erreur : ce fichier n’est pas une page HTML (il commence par « ${start} »). ` +
        "Donnez la page telle que le site la publie, un fichier .html de son dossier de sortie (par exemple _site/publications/ma-liste/index.html).\nRien n’a été écrit.",
    );
    expect(existsSync(path.join(site, "data/x.yaml"))).toBe(false);
  });

  it("an output file that exists, without --force (2): left as it was", () => {
    writeFileSync(path.join(site, "data/guides.yaml"), "ancien\n");
    const { status, err } = run([page("guides.html", LIST), "--out", "data/guides.yaml"]);
    expect(status).toBe(2);
    expect(err).toBe(`Erreur : le fichier « data/guides.yaml » existe déjà : ajoutez --force pour le remplacer, ou choisissez un autre --out.\n\n${USAGE}`);
    expect(readFileSync(path.join(site, "data/guides.yaml"), "utf8")).toBe("ancien\n");
  });

  it.each([
    [[], "indiquez la page à importer, par exemple _site/publications/ressources/index.html"],
    [["a.html", "b.html"], "une seule page à la fois (reçu : « a.html », « b.html »)"],
    [["--sortie", "x.yaml"], "option inconnue « --sortie »"],
    [["guides.html", "--out"], "l’option « --out » attend une valeur (par exemple --out data/liste.yaml)"],
    [["guides.html", "--root"], "l’option « --root » attend une valeur (par exemple --root .)"],
    [["guides.html", "--root", "absent"], "le dossier du site « absent » n’existe pas"],
    [["guides.html", "--out", "nouveau/x.yaml"], "le dossier de « nouveau/x.yaml » n’existe pas : créez-le d’abord"],
  ])("a usage error (2): %j", (args, message) => {
    page("guides.html", LIST);
    const { status, err } = run(args);
    expect(status).toBe(2);
    expect(err).toBe(`Erreur : ${message}.\n\n${USAGE}`);
    expect(written()).toEqual([]);
    expect(existsSync(path.join(site, "nouveau"))).toBe(false);
  });

  it("--help prints the usage (0)", () => {
    expect(run(["--help"])).toEqual({ status: 0, out: USAGE, err: "" });
  });
});

describe("the command in its own process", () => {
  // tsx by its address: the command runs in the site's folder, which has no node_modules.
  const TSX = pathToFileURL(path.join(PROJECT_ROOT, "node_modules/tsx/dist/loader.mjs")).href;
  const spawn = (args: string[]) =>
    spawnSync(process.execPath, ["--import", TSX, path.join(PROJECT_ROOT, "src/cli/import.ts"), ...args], { cwd: site, encoding: "utf8" });

  it("exits with the status it reports: 0 written, 1 nothing to import", () => {
    page("guides.html", LIST);
    const ok = spawn(["guides.html", "--out", "data/guides.yaml"]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/data\/guides\.yaml écrit : 2 éléments, 0 catégorie, 1 lien mort/);
    const bad = spawn([page("sans-main.html", "<p>Rien</p>"), "--out", "data/x.yaml"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^sans-main\.html:1:1 erreur : la page n’a pas d’élément <main>/);
    expect(written()).toEqual(["guides.yaml"]);
  });
});
