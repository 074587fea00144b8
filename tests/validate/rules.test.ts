/**
 * Every rule of the data contract, each fed a broken file: the exact `file:line:col`, severity,
 * field path and French wording an editor reads, and nothing else reported.
 *
 * The file under test is always PAGE (lines 1–5) followed by the plans, so line 6 is the first
 * plan's `- ministry:` and line 8 its third field.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import { loadPlansSource } from "../../src/load/load-plans.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

const PAGE = "page:\n  title: Plans\n  description: Desc\n  date: 2022-04-01\nplans:\n";
const PDF = "/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf";
/** A valid plan (lines 6–7) followed by `extra` (from line 8). */
const plan = (extra = "") => `  - ministry: M\n    title: T\n${extra}`;

function check(text: string) {
  const result = loadPlansSource(text, { root: PROJECT_ROOT, displayName: "plans.yaml" });
  return { ok: result.ok, lines: result.diagnostics.map(formatDiagnostic) };
}

const LINK_FIX = "Écrivez le chemin du fichier dans le site (par exemple « /docs/2022/plan.pdf ») ou son adresse https://.";

describe("required text: ministry and title", () => {
  it.each([
    [
      "a missing ministry, located on its plan",
      "  - title: T\n",
      "plans.yaml:6:5 erreur plans[0].ministry : le champ obligatoire « ministry » manque dans plans[0]. Écrivez le nom complet du ministère, par exemple « ministry: Ministère de la Culture ».",
    ],
    [
      "an empty ministry",
      "  - ministry: ''\n    title: T\n",
      "plans.yaml:6:15 erreur plans[0].ministry : le champ « ministry » est vide. Écrivez le nom complet du ministère, par exemple « ministry: Ministère de la Culture ».",
    ],
    [
      "a ministry of spaces only",
      "  - ministry: '   '\n    title: T\n",
      "plans.yaml:6:15 erreur plans[0].ministry : le champ « ministry » est vide. Écrivez le nom complet du ministère, par exemple « ministry: Ministère de la Culture ».",
    ],
    [
      "a title with nothing after the colon, located on its key",
      "  - ministry: M\n    title:\n",
      "plans.yaml:7:5 erreur plans[0].title : le champ « title » est vide. Écrivez le titre du document, par exemple « title: Plan d’action 2022 ».",
    ],
    [
      "a title that YAML reads as a number",
      "  - ministry: M\n    title: 2022\n",
      "plans.yaml:7:12 erreur plans[0].title : le nombre 2022 n’est pas un texte. Mettez la valeur entre guillemets pour en faire un texte : « title: \"2022\" ».",
    ],
  ])("%s", (_name, plans, expected) => {
    expect(check(PAGE + plans)).toEqual({ ok: false, lines: [expected] });
  });

  it("gives page.title its own hint, not the plans' one", () => {
    const text = "page:\n  title: ''\n  description: Desc\n  date: 2022-04-01\nplans: []\n";
    expect(check(text).lines).toEqual([
      "plans.yaml:2:10 erreur page.title : le champ « title » est vide. Écrivez le titre de la page (son h1), par exemple « title: Plans d’action des ministères ».",
    ]);
  });
});

describe("link", () => {
  it.each([
    ["#", "'#'", "le lien « # » ne mène à aucun document. Écrivez le chemin du fichier (par exemple « /docs/2022/plan.pdf »), ou supprimez la ligne « link: » : la carte affichera « À paraître »."],
    ["empty", "''", "le lien est vide. Écrivez le chemin du fichier (par exemple « /docs/2022/plan.pdf ») ou son adresse https://, ou supprimez toute la ligne « link: » si le document est à paraître."],
    ["javascript:", "javascript:alert(1)", `le lien est un script (« javascript: »), pas un document. ${LINK_FIX}`],
    ["data:", "data:application/pdf;base64,JVBERi0=", "le lien contient le fichier lui-même (adresse « data: »). Déposez le fichier dans le dossier docs/ et écrivez son chemin, par exemple « /docs/2022/plan.pdf »."],
    ["http:", "http://www.example.gouv.fr/plan.pdf", "le lien « http://www.example.gouv.fr/plan.pdf » n’est pas sécurisé (http). Écrivez l’adresse en https, par exemple « https://www.example.gouv.fr/plan.pdf »."],
    ["relative", "docs/2022/plan.pdf", "le chemin « docs/2022/plan.pdf » est relatif. Écrivez le chemin complet depuis la racine du site, en commençant par « / », par exemple « /docs/2022/plan.pdf »."],
    ["relative with ./", "./docs/2022/plan.pdf", "le chemin « ./docs/2022/plan.pdf » est relatif. Écrivez le chemin complet depuis la racine du site, en commençant par « / », par exemple « /docs/2022/plan.pdf »."],
    ["leaving the site with ..", "/docs/../../etc/passwd", "le chemin « /docs/../../etc/passwd » sort du site (il contient « .. »). Écrivez le chemin complet depuis la racine du site, sans « .. », par exemple « /docs/2022/plan.pdf »."],
    ["leaving the site with an encoded ..", "/docs/%2e%2e/%2e%2e/secret.pdf", "le chemin « /docs/%2e%2e/%2e%2e/secret.pdf » sort du site (il contient « .. »). Écrivez le chemin complet depuis la racine du site, sans « .. », par exemple « /docs/2022/plan.pdf »."],
    ["a missing file", "/docs/2022/absent.pdf", "le fichier « /docs/2022/absent.pdf » n’existe pas (fichier attendu : docs/2022/absent.pdf). Ajoutez le fichier à cet endroit ou corrigez le chemin (majuscules, accents et extension comptent)."],
    ["a folder", "/docs/2022", "« /docs/2022 » est un dossier, pas un fichier. Écrivez le chemin du fichier lui-même, avec son nom et son extension, par exemple « /docs/2022/plan.pdf »."],
    ["another scheme", "ftp://example.gouv.fr/plan.pdf", `le lien « ftp://example.gouv.fr/plan.pdf » n’est ni un chemin du site ni une adresse https. ${LINK_FIX}`],
    ["no scheme", "//www.example.gouv.fr/plan.pdf", "le lien « //www.example.gouv.fr/plan.pdf » n’indique pas « https: ». Écrivez « https://www.example.gouv.fr/plan.pdf »."],
    ["spaces inside quotes", "' /docs/2022/plan.pdf'", "«  /docs/2022/plan.pdf » commence ou finit par une espace. Retirez les espaces entre les guillemets : « link: /docs/2022/plan.pdf »."],
  ])("refuses %s, saying what to write instead", (_name, value, wording) => {
    expect(check(PAGE + plan(`    link: ${value}\n`))).toEqual({
      ok: false,
      lines: [`plans.yaml:8:11 erreur plans[0].link : ${wording}`],
    });
  });

  it("accepts no link (« à paraître »), a site file and an https address with its size", () => {
    const text = `${PAGE + plan()}  - ministry: M\n    title: U\n    link: ${PDF}\n  - ministry: M\n    title: V\n    link: https://www.example.gouv.fr/v.pdf\n    size: 2,9 Mo\n`;
    expect(check(text)).toEqual({ ok: true, lines: [] });
  });
});

describe("size", () => {
  const HTTPS = "    link: https://www.example.gouv.fr/plan.pdf\n";

  it("is required for an https link: the field is named, the plan is located", () => {
    expect(check(PAGE + plan(HTTPS)).lines).toEqual([
      "plans.yaml:6:5 erreur plans[0].size : le poids du document manque : il est obligatoire pour un lien https://. Ajoutez « size: » avec le poids du fichier, par exemple « size: 2,9 Mo ».",
    ]);
  });

  it.each([
    ["X Mo", "« X Mo » ne se lit pas comme un poids : le nombre manque"],
    ["2,9", "« 2,9 » ne se lit pas comme un poids : l’unité manque"],
    ["2.9 MB", "« 2.9 MB » est écrit avec une unité anglaise"],
    ["pdf 2,9 Mo", "« pdf 2,9 Mo » ne se lit pas comme un poids"],
  ])("refuses %j", (size, message) => {
    expect(check(PAGE + plan(`${HTTPS}    size: ${size}\n`)).lines).toEqual([
      `plans.yaml:9:11 erreur plans[0].size : ${message}. Écrivez un nombre suivi d’une unité, par exemple « size: 2,9 Mo », « size: 900 ko » ou « size: 512 octets ».`,
    ]);
  });

  it.each(["2,9 Mo", "900 ko", "1.5 Mo", "512 octets"])("accepts %j", (size) => {
    expect(check(PAGE + plan(`${HTTPS}    size: ${size}\n`))).toEqual({ ok: true, lines: [] });
  });

  it("warns, naming both sizes, when a site file's declared size is wrong, and still publishes", () => {
    expect(check(PAGE + plan(`    link: ${PDF}\n    size: 5 Mo\n`))).toEqual({
      ok: true,
      lines: [
        "plans.yaml:9:11 avertissement plans[0].size : le poids indiqué (« 5 Mo ») ne correspond pas au fichier, qui pèse 1,06 Mo. Supprimez la ligne « size: » : pour un fichier du site, le poids (1,06 Mo) est calculé.",
      ],
    });
  });

  it("accepts a site file's size written at a coarser precision", () => {
    expect(check(PAGE + plan(`    link: ${PDF}\n    size: 1 Mo\n`))).toEqual({ ok: true, lines: [] });
  });
});

describe("cover", () => {
  it.each([
    ["not an image", PDF, `plans.yaml:8:12 erreur plans[0].cover : « ${PDF} » n’est pas une image (extension « .pdf »). Utilisez une image png, jpg, webp, avif ou svg.`],
    ["missing", "/img/plans-action/absente.png", "plans.yaml:8:12 erreur plans[0].cover : l’image « /img/plans-action/absente.png » n’existe pas (fichier attendu : img/plans-action/absente.png). Ajoutez le fichier à cet endroit ou corrigez le chemin (majuscules, accents et extension comptent)."],
    ["relative", "img/plans-action/couverture-mc.png", "plans.yaml:8:12 erreur plans[0].cover : le chemin « img/plans-action/couverture-mc.png » est relatif. Écrivez le chemin complet depuis la racine du site, en commençant par « / », par exemple « /img/plans-action/couverture-mc.png »."],
    ["on another site", "https://www.example.gouv.fr/c.png", "plans.yaml:8:12 erreur plans[0].cover : l’image « https://www.example.gouv.fr/c.png » est sur un autre site. Enregistrez l’image dans le dossier img/ du site et écrivez son chemin, par exemple « /img/plans-action/couverture-mc.png »."],
  ])("refuses an image %s", (_name, value, expected) => {
    expect(check(PAGE + plan(`    cover: ${value}\n`))).toEqual({ ok: false, lines: [expected] });
  });

  it("checks page.image the same way, with its own example", () => {
    const text = "page:\n  title: P\n  description: D\n  date: 2022-04-01\n  image: /img/absente.svg\nplans: []\n";
    expect(check(text).lines).toEqual([
      "plans.yaml:5:10 erreur page.image : l’image « /img/absente.svg » n’existe pas (fichier attendu : img/absente.svg). Ajoutez le fichier à cet endroit ou corrigez le chemin (majuscules, accents et extension comptent).",
    ]);
  });
});

describe("year", () => {
  const FIX = "Écrivez une année en chiffres entre 2000 et 2100, sans guillemets, par exemple « year: 2022 ».";
  it.each([
    ["1999", `le nombre 1999 est avant 2000, la plus petite valeur permise pour le champ « year ». ${FIX}`],
    ["2101", `le nombre 2101 est après 2100, la plus grande valeur permise pour le champ « year ». ${FIX}`],
    ["2022.5", `le nombre 2022.5 n’est pas un nombre entier. ${FIX}`],
    ["deux mille vingt-deux", `« deux mille vingt-deux » n’est pas un nombre entier. ${FIX}`],
    ["'2022'", "« 2022 » est écrit entre guillemets, c’est donc un texte et non un nombre entier. Retirez les guillemets : « year: 2022 »."],
  ])("refuses %s", (value, wording) => {
    expect(check(PAGE + plan(`    year: ${value}\n`)).lines).toEqual([`plans.yaml:8:11 erreur plans[0].year : ${wording}`]);
  });

  it.each(["2000", "2100"])("accepts the bound %s", (value) => {
    expect(check(PAGE + plan(`    year: ${value}\n`))).toEqual({ ok: true, lines: [] });
  });
});

describe("language", () => {
  it.each([
    ["EN", "« EN » : le code de langue s’écrit en minuscules. Écrivez « language: en »."],
    ["zz", "« zz » n’est pas un code de langue ISO 639-1 connu. Écrivez le code ISO 639-1 de la langue en deux lettres minuscules, par exemple « language: en »."],
    ["anglais", "« anglais » est le nom d’une langue, pas son code ISO 639-1. Écrivez « language: en »."],
    ["German", "« German » est le nom d’une langue, pas son code ISO 639-1. Écrivez « language: de »."],
    ["fr-FR", "« fr-FR » n’est pas un code ISO 639-1 : ce code n’a que deux lettres. Écrivez « language: fr »."],
  ])("refuses %s", (value, wording) => {
    expect(check(PAGE + plan(`    language: ${value}\n`)).lines).toEqual([`plans.yaml:8:15 erreur plans[0].language : ${wording}`]);
  });
});

describe("page", () => {
  const page = (date: string, extra = "") => `page:\n  title: Plans\n  description: Desc\n  date: ${date}\n${extra}plans: []\n`;
  it.each([
    ["a date that does not exist", "2022-02-30", "« 2022-02-30 » n’est pas une date qui existe. Écrivez la date de mise à jour au format AAAA-MM-JJ, par exemple « date: 2022-04-01 »."],
    ["a French-order date, with the ISO date to write", "01/04/2022", "« 01/04/2022 » n’est pas une date au format AAAA-MM-JJ. Écrivez « date: 2022-04-01 » (année, mois, jour)."],
    ["a date in words", "le 1er avril", "« le 1er avril » n’est pas une date au format AAAA-MM-JJ. Écrivez la date de mise à jour au format AAAA-MM-JJ, par exemple « date: 2022-04-01 »."],
  ])("refuses %s", (_name, date, wording) => {
    expect(check(page(date)).lines).toEqual([`plans.yaml:4:9 erreur page.date : ${wording}`]);
  });

  it("requires navigation.key when navigation is given, located on the navigation block", () => {
    expect(check(page("2022-04-01", "  navigation:\n    parent: publications\n")).lines).toEqual([
      "plans.yaml:6:5 erreur page.navigation.key : le champ obligatoire « key » manque dans page.navigation. Écrivez un identifiant sans espace, par exemple « key: plansAction ».",
    ]);
  });

  it("reports a missing page block at the top of the file", () => {
    expect(check("plans: []\n").lines).toEqual([
      "plans.yaml:1:1 erreur page : le champ obligatoire « page » manque. Ajoutez en tête du fichier un bloc « page: » avec title, description et date.",
    ]);
  });
});

describe("duplicates, reported on the second one", () => {
  it("refuses two plans with the same link", () => {
    const text = `${PAGE + plan(`    link: ${PDF}\n`)}  - ministry: N\n    title: U\n    link: ${PDF}\n`;
    expect(check(text).lines).toEqual([
      "plans.yaml:11:11 erreur plans[1].link : le même lien figure déjà dans plans[0] (ligne 8). Supprimez le doublon ou corrigez le lien de l’un des deux documents.",
    ]);
  });

  it("refuses two plans with the same ministry and title (ignoring case and spaces)", () => {
    const text = `${PAGE + plan()}  - ministry: ' m'\n    title: t\n`;
    expect(check(text).lines).toEqual([
      "plans.yaml:9:12 erreur plans[1].title : le même ministère a déjà un document de ce titre dans plans[0] (ligne 7). Supprimez le doublon ou précisez le titre (par exemple avec l’année).",
    ]);
  });
});

describe("unknown keys", () => {
  it("suggests the closest known key (« titel » → « title ? ») without also calling title missing", () => {
    expect(check(`${PAGE}  - ministry: M\n    titel: T\n`).lines).toEqual([
      "plans.yaml:7:5 erreur plans[0].titel : le champ « titel » est inconnu. Vouliez-vous écrire « title » ? Corrigez le nom du champ.",
    ]);
  });

  it("suggests within the right block (page.navigation)", () => {
    const text = "page:\n  title: P\n  description: D\n  date: 2022-04-01\n  navigation:\n    key: k\n    parnet: publications\nplans: []\n";
    expect(check(text).lines).toEqual([
      "plans.yaml:7:5 erreur page.navigation.parnet : le champ « parnet » est inconnu. Vouliez-vous écrire « parent » ? Corrigez le nom du champ.",
    ]);
  });

  it("lists the known fields, with their French titles from the schema, when nothing is close", () => {
    expect(check(PAGE + plan("    auteur: DINUM\n")).lines).toEqual([
      "plans.yaml:8:5 erreur plans[0].auteur : le champ « auteur » est inconnu. Supprimez-le, ou utilisez un des champs prévus ici : ministry (ministère), title (titre du document), link (lien du document), size (poids du fichier), cover (image de couverture), year (année), language (langue du document).",
    ]);
  });
});

describe("one run", () => {
  it("reports every problem of the file, sorted by line, one message per field", () => {
    const text =
      PAGE +
      "  - ministry: M\n    title: ''\n    link: '#'\n" + // 6–8
      "  - title: T\n    link: http://example.gouv.fr/a.pdf\n    year: 1999\n" + // 9–11
      "  - ministry: M\n    titel: U\n    link: https://www.example.gouv.fr/u.pdf\n    size: X Mo\n"; // 12–15
    const { ok, lines } = check(text);
    expect(ok).toBe(false);
    expect(lines.map((l) => `${l.split(" erreur ")[0]!.replace("plans.yaml:", "")} ${l.split(" ")[2]}`)).toEqual([
      "7:12 plans[0].title",
      "8:11 plans[0].link",
      "9:5 plans[1].ministry",
      "10:11 plans[1].link",
      "11:11 plans[1].year",
      "13:5 plans[2].titel",
      "15:11 plans[2].size",
    ]);
  });
});
