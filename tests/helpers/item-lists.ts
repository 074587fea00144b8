/**
 * Generic lists for the page budgets (issue 21): a realistic `items:` file of any length, shown in
 * each presentation and each grouping, built with the plugin as the demo ships it (the options of
 * its `.eleventy.ts`; only the data file differs) and served like a real host (gzip, no cache).
 * The same items whatever the presentation or grouping, so their figures compare; generated from
 * a fixed seed, so they compare from run to run.
 *
 * The items mix every kind of target an editor writes: the demo's own PDF (a site file), external
 * PDFs with and without a size, an external file whose address has no extension (`format:`), pages
 * of the site and pages elsewhere, a document in three formats, and a few « à paraître ».
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { dump } from "js-yaml";
import { demoOptions } from "../../.eleventy.ts";
import { getDefaults } from "../../src/options.ts";
import { GROUPINGS, PRESENTATIONS } from "../../src/schema-items.ts";
import { writeSite } from "./build.ts";
import { sitePages } from "./site-pages.ts";
import { serveStatic } from "./static-server.ts";

export type Presentation = (typeof PRESENTATIONS)[number];
export type Grouping = (typeof GROUPINGS)[number];
export { GROUPINGS, PRESENTATIONS };

/** The two lengths the budgets are stated at. */
export const LIST_SIZES = [13, 1000] as const;

export interface ListCase {
  presentation: Presentation;
  groupBy: Grouping;
  count: number;
}

/** Every presentation × grouping, at each of `counts`. */
export function listCases(counts: readonly number[] = LIST_SIZES): ListCase[] {
  return counts.flatMap((count) => PRESENTATIONS.flatMap((presentation) => GROUPINGS.map((groupBy) => ({ presentation, groupBy, count }))));
}

export const caseName = ({ presentation, groupBy, count }: ListCase): string => `${presentation} × ${groupBy} × ${count}`;

/** The list's URL: the plugin's default, as the demo ships it. */
export const LIST_URL = getDefaults().url;

const PUBLISHERS = [
  "ADEME",
  "Direction interministérielle du numérique",
  "Ministère de la Culture",
  "Ministère de la Transition écologique",
  "Arcep",
  "Cerema",
  "Institut national de la statistique et des études économiques",
  "Ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique",
];
/** The demo's covers, for the publishers that have one (the others' items have none). */
const COVERS: Record<string, string> = {
  "Direction interministérielle du numérique": "/img/plans-action/couverture-dinum.png",
  "Ministère de la Culture": "/img/plans-action/couverture-mc.png",
  "Ministère de la Transition écologique": "/img/plans-action/couverture-mte.png",
  "Ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique": "/img/plans-action/couverture-mefr.png",
};
export const CATEGORIES = ["Guides", "Études", "Rapports", "Fiches pratiques", "Vidéos", "Outils"];
const KINDS: Record<string, string> = {
  Guides: "Guide",
  Études: "Étude",
  Rapports: "Rapport",
  "Fiches pratiques": "Fiche pratique",
  Vidéos: "Vidéo",
  Outils: "Outil",
};
const SUBJECTS = [
  "de l’écoconception des services numériques publics",
  "sur la mesure de l’empreinte environnementale du numérique",
  "pour l’achat de matériel informatique reconditionné",
  "de sobriété numérique à l’usage des agents",
  "sur l’allongement de la durée de vie des terminaux",
  "pour des sites web accessibles et légers",
  "des centres de données et de l’hébergement responsable",
  "sur la fin de vie des équipements et leur réemploi",
];
const AUDIENCES = ["", " des collectivités territoriales", " à destination des administrations centrales", " en 2024", " : méthode et retours d’expérience"];
const DESCRIPTIONS = [
  "Un document de référence pour engager une démarche de numérique responsable dans son service.",
  "Les constats, la méthode suivie et les recommandations, avec des exemples tirés des administrations.",
  "Une synthèse courte pour les décideurs, suivie d’un plan d’action en dix mesures.",
];
const BADGES = ["Nouveau", "Mis à jour", "Sortie fin 2025"];
/** Pages the demo site builds, each linked once (a list may not link one target twice). */
const SITE_PAGES = ["/publications/", "/accessibilite/", "/mentions-legales/"];
const SITE_PDF = "/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf";

type Item = Record<string, unknown>;

/** A title of 40 to 90 characters, unique by its number. */
function title(category: string, n: number): string {
  const base = `${KINDS[category]} ${SUBJECTS[n % SUBJECTS.length]}${AUDIENCES[Math.floor(n / 7) % AUDIENCES.length]}`;
  const numbered = `${base} (n° ${n + 1})`;
  return numbered.length <= 90 ? numbered : `${KINDS[category]} ${SUBJECTS[n % SUBJECTS.length]} (n° ${n + 1})`;
}

/** A date that exists: a year, a month or a day, between 2018 and 2025. */
function date(n: number): string | number {
  const year = 2018 + ((n * 5) % 8);
  const month = String(1 + ((n * 7) % 12)).padStart(2, "0");
  const day = String(1 + ((n * 11) % 28)).padStart(2, "0");
  return n % 5 === 0 ? year : n % 5 === 1 ? `${year}-${month}` : `${year}-${month}-${day}`;
}

/** The target of item `n`: one of the kinds editors write, in a fixed mix. */
function target(n: number, slug: string): Item {
  if (n === 0) return { link: SITE_PDF };
  if (n <= SITE_PAGES.length) return { link: SITE_PAGES[n - 1] };
  if (n === 4 || (n > 13 && n % 97 === 0)) {
    return {
      files: [
        { link: `https://www.exemple.gouv.fr/${slug}/tableau.pdf`, size: "1,4 Mo" },
        { link: `https://www.exemple.gouv.fr/${slug}/tableau.ods`, label: "Tableur ODS", size: "101 Ko" },
        { link: `https://www.exemple.gouv.fr/${slug}/tableau.xlsx`, size: "96 Ko" },
      ],
    };
  }
  switch (n % 8) {
    case 0:
    case 5:
      return {}; // « À paraître »
    case 1:
    case 6:
      return { link: `https://librairie.ademe.fr/${slug}.pdf`, size: `${1 + (n % 9)},${n % 10} Mo` };
    case 2:
      return { link: `https://www.ecologie.gouv.fr/sites/default/files/${slug}.pdf` };
    case 3:
      return { link: `https://www.data.gouv.fr/fr/datasets/r/${slug}`, format: "PDF", size: `${200 + n} ko` };
    default:
      return { link: `https://www.numerique.gouv.fr/publications/${slug}/` };
  }
}

/** `count` items, the same ones whatever the list's presentation and grouping. */
export function generatedItems(count: number): Item[] {
  return Array.from({ length: count }, (_, n) => {
    const category = CATEGORIES[(n * 5 + Math.floor(n / 6)) % CATEGORIES.length]!;
    const publisher = PUBLISHERS[(n * 3 + Math.floor(n / 8)) % PUBLISHERS.length]!;
    const cover = COVERS[publisher];
    return {
      title: title(category, n),
      ...target(n, `ressource-${n + 1}`),
      ...(n % 4 === 2 ? { description: DESCRIPTIONS[n % DESCRIPTIONS.length] } : {}),
      date: date(n),
      category,
      publisher,
      ...(n % 9 === 3 ? { badge: BADGES[n % BADGES.length] } : {}),
      ...(cover ? { cover } : {}),
    };
  });
}

/** The data file of one case: the demo's kind of page, a `list:` and the items. */
export function itemsYaml({ presentation, groupBy, count }: ListCase): string {
  const data = {
    page: {
      title: "Ressources du numérique responsable",
      description: "Guides, études, rapports, fiches pratiques, vidéos et outils pour réduire l’empreinte environnementale du numérique public.",
      date: "2024-09-06",
      navigation: { key: "ressources", parent: "publications", title: "Ressources", order: 30 },
    },
    list: { presentation, groupBy, categories: CATEGORIES },
    items: generatedItems(count),
  };
  return dump(data, { lineWidth: -1 });
}

export interface BuiltList {
  listCase: ListCase;
  /** The output folder. */
  dir: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Every page of the list (its pages 1..N and its publishers' pages), as URL paths. */
  pages: string[];
  /** The file a page URL is served from. */
  fileOf(url: string): string;
  close(): Promise<void>;
}

/** Writes the case's data file, builds the site with the demo's options, and serves it. */
export async function buildItemList(listCase: ListCase): Promise<BuiltList> {
  const root = await mkdtemp(path.join(tmpdir(), `liste-${listCase.presentation}-${listCase.groupBy}-${listCase.count}-`));
  try {
    const dataFile = path.join(root, "ressources.yaml");
    await writeFile(dataFile, itemsYaml(listCase));
    const dir = path.join(root, "_site");
    await mkdir(dir);
    await writeSite(dir, { ...demoOptions, dataFile });
    const server = await serveStatic(dir);
    const pages = (await sitePages(dir)).filter((url) => url.startsWith(LIST_URL));
    return {
      listCase,
      dir,
      origin: server.origin,
      pages,
      fileOf: (url) => path.join(dir, ...url.split("/").filter(Boolean), "index.html"),
      async close() {
        await server.close();
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The kinds of page a list has, each by a representative URL: page 1, its last page when it has
 * more than one, and the first publisher's page (its last page when it has more than one).
 */
export function pageKinds(pages: readonly string[]): Record<string, string> {
  const later = pages.filter((p) => p.startsWith(`${LIST_URL}page/`)).sort(byNumber);
  const publishers = pages.filter((p) => p !== LIST_URL && !p.startsWith(`${LIST_URL}page/`) && !/\/page\/\d+\/$/.test(p)).sort();
  const first = publishers[0];
  const publisherLater = first ? pages.filter((p) => p.startsWith(`${first}page/`)).sort(byNumber) : [];
  return {
    "page 1": LIST_URL,
    ...(later.length ? { "dernière page": later.at(-1)! } : {}),
    ...(first ? { "page d’un éditeur": first } : {}),
    ...(publisherLater.length ? { "dernière page d’un éditeur": publisherLater.at(-1)! } : {}),
  };
}

const pageNumber = (url: string) => Number(/\/page\/(\d+)\/$/.exec(url)?.[1] ?? 1);
const byNumber = (a: string, b: string) => pageNumber(a) - pageNumber(b);
