/**
 * The three hand-written lists of the site the plugin comes from (tests/fixtures/minumeco-lists:
 * the pages as published, the local files they link to), rebuilt from YAML by the plugin: each
 * built page shows every item the original shows, with the same title, the same target and the
 * same category order; local files show their real size, external files their given size or their
 * format alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic, PlansDataError } from "../../src/diagnostics.ts";
import { buildSite, PROJECT_ROOT, writeSite } from "../helpers/build.ts";
import { itemTitle, listItems } from "../helpers/list-items.ts";

const FIXTURES = path.join(PROJECT_ROOT, "tests/fixtures/minumeco-lists");
const ROOT = path.join(FIXTURES, "site-files");
const original = (url: string) => readFileSync(path.join(FIXTURES, "pages", url, "index.html"), "utf8");
const GUIDE = "/publications/guide-pratique-achats-numeriques-responsables/";
const GUIDE_PDF = "/docs/2021/guide-achats-numeriques-responsables-version-beta-avril-2021.pdf";
/** The guide's six practical sheets: pages of that site, which the fixture does not include. */
const SHEETS = ["bureautique", "impression", "reseaux", "hebergement", "prestations-intellectuelles", "logiciels"];

interface Case {
  url: string;
  dataFile: string;
  /** The headings under which the original page lists its items. */
  headings: string[];
  grouped: boolean;
}
const CASES: Record<string, Case> = {
  ademe: {
    url: "/publications/ressources-ademe/",
    dataFile: "ressources-ademe.yaml",
    headings: ["Guides", "Études", "Expositions", "Infographie", "Articles", "Dossiers M ta Terre - Pour le jeune public", "Vidéos", "Réseaux sociaux", "Le MAG ADEME", "Campagne « Nos Objets ont plein d’avenirs »", "Actions en partenariat ADEME"],
    grouped: true,
  },
  guide: { url: GUIDE, dataFile: "guide-achats.yaml", headings: ["Fiches pratiques familles d’achats", "Télécharger"], grouped: true },
  don: { url: "/publications/fin-usage/don/", dataFile: "don.yaml", headings: ["En savoir plus"], grouped: false },
};

const built = new Map<string, string>();
beforeAll(async () => {
  for (const [name, c] of Object.entries(CASES)) {
    const pages = await buildSite(
      { root: ROOT, dataFile: path.join(FIXTURES, "data", c.dataFile), url: c.url, dataKey: name },
      path.join(FIXTURES, "empty-input"),
      (eleventyConfig) => {
        for (const sheet of SHEETS) {
          eleventyConfig.addTemplate(`fiches/${sheet}.md`, "Fiche (page de remplacement)", { permalink: `${GUIDE}fiches-pratiques/${sheet}/` });
        }
      },
    );
    built.set(name, pages.get(c.url)!);
  }
}, 120_000);

/**
 * A hand-written link's text as the document's title: a call to action and a typed size around
 * it are not part of it (« Télécharger le Guide … (pdf 1,8 Mo) » is the guide's title).
 */
function documentTitle(text: string): string {
  const action = /^Télécharger (?:le |la |les |l’)/;
  if (!action.test(text)) return text;
  const bare = text.replace(action, "").replace(/\s*\((?:pdf|PDF)[^)]*\)$/, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

describe.each(Object.entries(CASES))("%s", (name, c) => {
  it("shows every item of the original, with its title and target, in the original's category order", () => {
    const before = listItems(original(c.url), c.headings);
    // An ungrouped list: the items before the page's first heading (then come its open data).
    const after = listItems(built.get(name)!, c.grouped ? c.headings : [undefined]);
    expect(before.length).toBeGreaterThan(0);
    const strip = (items: typeof before, title: (t: string) => string) =>
      items.map((item) => ({ title: title(item.title), href: item.href, ...(c.grouped ? { category: item.category } : {}) }));
    const publishers = ["The Conversation"]; // the only publisher these lists name
    expect(strip(after, (t) => itemTitle(t, publishers))).toEqual(strip(before, documentTitle));
  });
});

describe("file details", () => {
  it("shows a local file's real size, read from the file", () => {
    const bytes = statSync(path.join(ROOT, GUIDE_PDF)).size;
    expect(bytes).toBe(1_920_660);
    expect(built.get("guide")).toMatch(/PDF - 1,92 Mo/);
  });

  it("shows an external file's format alone when its size is not given", () => {
    const page = built.get("don")!;
    expect(page).toMatch(/Guide du donneur[\s\S]*?PDF(?! -)/);
    expect(page).toMatch(/entre administrations[\s\S]*?ODT(?! -)/);
  });
});

describe("links to the site's own pages", () => {
  it("stop the build with a located French error when the site does not build the page, and nothing is written", async () => {
    const output = mkdtempSync(path.join(tmpdir(), "plans-page-links-"));
    try {
      const error = await writeSite(
        output,
        { root: ROOT, dataFile: path.join(FIXTURES, "data", CASES.guide!.dataFile), url: GUIDE, dataKey: "guide" },
        path.join(FIXTURES, "empty-input"),
        (eleventyConfig) => eleventyConfig.addTemplate("fiches/bureautique.md", "Fiche", { permalink: `${GUIDE}fiches-pratiques/bureautique/` }),
      ).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error).toBeInstanceOf(PlansDataError);
      const lines = (error as PlansDataError).diagnostics.map(formatDiagnostic);
      expect(lines).toHaveLength(5);
      expect(lines[0]).toMatch(
        /^.*guide-achats\.yaml:21:11 erreur items\[1\]\.link : « \/publications\/guide-pratique-achats-numeriques-responsables\/fiches-pratiques\/impression\/ » n’est pas une page du site : aucune page n’est construite à cette adresse\. Vouliez-vous écrire « .* » \? Corrigez l’adresse, ou créez la page\.$/,
      );
      expect(readdirSync(output)).toEqual([]);
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  });
});
