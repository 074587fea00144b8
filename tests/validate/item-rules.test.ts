/**
 * The rules of a generic list (`items:` and `list:`), each fed a broken file: the exact
 * `file:line:col`, severity, field path and French wording an editor reads. Lines 1–4 are the
 * page, then `list:` when a test gives one, then `items:`.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import { loadPlansSource } from "../../src/load/load-plans.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

const PAGE = "page:\n  title: Guides\n  description: Desc\n  date: 2024-09-06\n";
const PDF = "/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf";
const PDF_BYTES = 1_058_899;

function load(list: string, items: string) {
  return loadPlansSource(`${PAGE}${list}items:\n${items}`, { root: PROJECT_ROOT, displayName: "guides.yaml" });
}
function lines(list: string, items: string) {
  return load(list, items).diagnostics.map(formatDiagnostic);
}

describe("an item needs a title, and what its list requires", () => {
  it("accepts an item with a title only, shown « à paraître »", () => {
    const result = load("", "  - title: Étude à venir\n");
    expect(result.ok && result.data.plans[0]).toMatchObject({ title: "Étude à venir", language: "fr" });
    expect(result.ok && result.data.plans[0]!.document).toBeUndefined();
    expect(result.ok && result.data.list).toEqual({ itemsKey: "items", presentation: "cards", groupBy: "none", categories: [], required: [] });
  });

  it("says which required field is missing, and why", () => {
    expect(lines("list:\n  required: [date]\n", "  - title: T\n")).toEqual([
      "guides.yaml:8:5 erreur items[0] : le champ « date » manque : la liste l’exige (list.required). Écrivez une année, un mois ou un jour, par exemple « date: 2024 », « date: 2024-05 » ou « date: 2024-05-13 ».",
    ]);
    expect(lines("list:\n  groupBy: year\n", "  - title: T\n")[0]).toContain("le champ « date » manque : la liste est regroupée par année (groupBy: year)");
  });

  it("refuses a file without items nor plans, and one with both", () => {
    expect(loadPlansSource(PAGE, { root: PROJECT_ROOT, displayName: "g.yaml" }).diagnostics.map((d) => d.message)).toEqual([
      "le bloc « items: » (ou « plans: ») manque : la liste n’a aucun élément",
    ]);
    const both = loadPlansSource(`${PAGE}plans: []\nitems: []\n`, { root: PROJECT_ROOT, displayName: "g.yaml" });
    expect(both.diagnostics.map(formatDiagnostic)).toEqual([
      "g.yaml:6:8 erreur items : le fichier a à la fois un bloc « plans: » et un bloc « items: ». Gardez un seul bloc : « plans: » pour les plans d’action des ministères, « items: » pour toute autre liste.",
    ]);
  });
});

describe("four kinds of link", () => {
  it("reads a site file's size, and keeps an external file's format, with or without a size", () => {
    const result = load(
      "",
      `  - title: A\n    link: ${PDF}\n  - title: B\n    link: https://librairie.ademe.fr/guide.pdf\n  - title: C\n    link: https://x.gouv.fr/t\n    format: pdf\n    size: 2 Mo\n`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a, b, c] = result.data.plans;
    expect(a!.document).toMatchObject({ external: false, format: "PDF", bytes: PDF_BYTES, detail: "PDF - 1,06 Mo" });
    expect(b!.document).toMatchObject({ external: true, format: "PDF", detail: "PDF" });
    expect(b!.document!.bytes).toBeUndefined();
    expect(c!.document).toMatchObject({ external: true, format: "PDF", bytes: 2_000_000, detail: "PDF - 2 Mo" });
  });

  it("takes a site path ending in / and an https address without a document's extension as pages", () => {
    const result = load("", "  - title: A\n    link: /publications/guide/\n  - title: B\n    link: https://www.ademe.fr/guide\n");
    expect(result.ok && result.data.plans.map((p) => p.page)).toEqual([
      { url: "/publications/guide/", external: false },
      { url: "https://www.ademe.fr/guide", external: true },
    ]);
    expect(result.ok && result.pageLinks).toEqual([{ url: "/publications/guide/", at: ["items", 0, "link"] }]);
  });

  it("refuses a size on a page link, and a site file that does not exist", () => {
    expect(lines("", "  - title: A\n    link: https://www.ademe.fr/guide\n    size: 2 Mo\n  - title: B\n    link: /docs/absent.pdf\n")).toEqual([
      "guides.yaml:8:11 erreur items[0].size : un poids est indiqué pour un lien vers une page web, qui n’a pas de poids. Supprimez la ligne « size: », ou, si le lien mène à un fichier, ajoutez « format: » (par exemple « format: PDF »).",
      "guides.yaml:10:11 erreur items[1].link : le fichier « /docs/absent.pdf » n’existe pas (fichier attendu : docs/absent.pdf). Ajoutez le fichier à cet endroit ou corrigez le chemin (majuscules, accents et extension comptent).",
    ]);
  });
});

describe("a document in several formats", () => {
  it("gives each file its label and detail", () => {
    const result = load("", `  - title: Indicateurs\n    files:\n      - link: ${PDF}\n      - link: https://x.gouv.fr/i.ods\n        label: Tableur ODS\n        size: 101 Ko\n`);
    expect(result.ok && result.data.plans[0]!.files!.map((f) => [f.label, f.detail])).toEqual([
      ["PDF", "PDF - 1,06 Mo"],
      ["Tableur ODS", "ODS - 101 ko"],
    ]);
  });

  it("refuses two formats that are the same file, and link beside files", () => {
    expect(lines("", `  - title: I\n    link: ${PDF}\n    files:\n      - link: ${PDF}\n      - link: ${PDF}\n`)).toEqual([
      "guides.yaml:9:7 erreur items[0].files : l’élément a à la fois « link » et « files ». Gardez « link » pour un seul fichier, ou mettez ce lien parmi les « files » et supprimez la ligne « link: ».",
      `guides.yaml:10:15 erreur items[0].files[1].link : ce fichier figure déjà dans items[0].files[0] (ligne 9) : deux formats d’un élément sont le même fichier. Supprimez le doublon, ou corrigez le lien de l’un des deux formats.`,
    ]);
  });
});

describe("dates, categories, list settings", () => {
  it("accepts a year, a month and a day, and refuses a date that does not exist", () => {
    const ok = load("", "  - title: A\n    date: 2024\n  - title: B\n    date: 2024-05\n  - title: C\n    date: '2024-05-13'\n");
    expect(ok.ok && ok.data.plans.map((p) => [p.date, p.year])).toEqual([["2024", 2024], ["2024-05", 2024], ["2024-05-13", 2024]]);
    expect(lines("", "  - title: A\n    date: 2024-02-30\n  - title: B\n    date: 2024-13\n  - title: C\n    date: 13/05/2024\n")).toEqual([
      "guides.yaml:7:11 erreur items[0].date : « 2024-02-30 » n’est pas une date qui existe. Écrivez une année, un mois ou un jour, par exemple « date: 2024 », « date: 2024-05 » ou « date: 2024-05-13 ».",
      "guides.yaml:9:11 erreur items[1].date : « 2024-13 » n’est pas une date qui existe. Écrivez une année, un mois ou un jour, par exemple « date: 2024 », « date: 2024-05 » ou « date: 2024-05-13 ».",
      "guides.yaml:11:11 erreur items[2].date : « 13/05/2024 » n’est pas une date au format AAAA, AAAA-MM ou AAAA-MM-JJ. Écrivez « date: 2024-05-13 » (année, mois, jour).",
    ]);
  });

  it("refuses a category the list does not declare, with the closest one", () => {
    const list = "list:\n  groupBy: category\n  categories: [Guides, Études]\n";
    expect(lines(list, "  - title: A\n    category: Guide\n")).toEqual([
      "guides.yaml:10:15 erreur items[0].category : la catégorie « Guide » n’est pas déclarée dans « list.categories ». Vouliez-vous écrire « Guides » ? Sinon, ajoutez « Guide » à « categories » dans « list: ».",
    ]);
  });

  it("refuses a grouping by category without categories, and an unknown presentation with a suggestion", () => {
    expect(lines("list:\n  groupBy: category\n  presentation: tile\n", "  - title: A\n    category: Guides\n")).toEqual([
      "guides.yaml:6:12 erreur list.groupBy : la liste est regroupée par catégorie, mais ses catégories ne sont pas déclarées. Ajoutez dans « list: » la liste des catégories dans leur ordre d’affichage, par exemple « categories: [Guides, Études, Vidéos] ».",
      "guides.yaml:7:17 erreur list.presentation : « tile » n’est pas une valeur prévue pour le champ « presentation ». Vouliez-vous écrire « tiles » ? Valeurs possibles : cards, tiles, downloads, links.",
    ]);
  });

  it("allows one resource under two headings, not twice under one", () => {
    const list = "list:\n  groupBy: category\n  categories: [Guides, Vidéos]\n";
    const twice = (a: string, b: string) => `  - title: A\n    link: https://x.gouv.fr/v\n    category: ${a}\n  - title: A\n    link: https://x.gouv.fr/v\n    category: ${b}\n`;
    expect(load(list, twice("Guides", "Vidéos")).ok).toBe(true);
    expect(lines(list, twice("Guides", "Guides"))).toEqual([
      "guides.yaml:13:11 avertissement items[1].link : le même lien figure déjà dans items[0] (ligne 10), dans la même catégorie. Supprimez le doublon, ou corrigez le lien de l’un des deux éléments.",
    ]);
  });
});
