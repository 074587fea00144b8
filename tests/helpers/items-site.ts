/**
 * A small generic list (`items:`) in a site of its own, for the tests of its pages: a temporary
 * root with a site PDF, a spreadsheet and a cover, and a YAML list of 13 items holding every kind
 * of link (site file, external file with and without a size, site page, external page, a document
 * in several formats, « à paraître ») and every optional field, in the presentation and grouping
 * a test asks for. `manyItems` writes a list of any length (external pages and files).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PlansActionOptions } from "../../src/index.ts";
import type { Grouping, Presentation } from "../../src/schema-items.ts";
import { buildSite, PROJECT_ROOT } from "./build.ts";

export const ITEMS_URL = "/publications/ressources/";
export const CATEGORIES = ["Guides", "Études", "Vidéos", "Outils"] as const;

export interface ItemsRoot {
  root: string;
  remove(): void;
}

/** A root with `docs/guide.pdf`, `docs/indicateurs.ods`, `docs/indicateurs.csv` and `img/cover.png`. */
export function itemsRoot(): ItemsRoot {
  const root = mkdtempSync(path.join(tmpdir(), "plans-items-"));
  mkdirSync(path.join(root, "docs"));
  mkdirSync(path.join(root, "img"));
  copyFileSync(path.join(PROJECT_ROOT, "docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf"), path.join(root, "docs/guide.pdf"));
  writeFileSync(path.join(root, "docs/indicateurs.ods"), Buffer.alloc(101_000, 1));
  writeFileSync(path.join(root, "docs/indicateurs.csv"), "a;b\n1;2\n");
  copyFileSync(path.join(PROJECT_ROOT, "img/plans-action/couverture-mc.png"), path.join(root, "img/cover.png"));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const PAGE = `page:
  title: Ressources
  description: Les ressources du numérique responsable.
  date: 2024-09-06
  navigation: { key: ressources, parent: publications, title: Ressources, order: 50 }
`;

/** The 13 items: every kind of link, every optional field, four categories, three publishers. */
export const THIRTEEN = `
  - title: Guide de sensibilisation
    link: /docs/guide.pdf
    publisher: ADEME
    category: Guides
    date: 2024-05-13
    description: Un guide pour agir dès aujourd’hui.
    badge: Nouveau
    cover: /img/cover.png
    coverAlt: Un ordinateur portable
  - title: Étude externe
    link: https://librairie.ademe.fr/etude.pdf
    publisher: ADEME
    category: Études
    date: 2023
  - title: Rapport pesé
    link: https://www.example.gouv.fr/rapport
    format: pdf
    size: 2 Mo
    publisher: DINUM
    category: Études
    date: 2023-11
  - title: Page du site
    link: /publications/
    publisher: DINUM
    category: Guides
    date: 2024
  - title: Video in English
    link: https://www.youtube.com/watch?v=abc
    language: en
    publisher: ADEME
    category: Vidéos
    date: 2022
  - title: Tableau des indicateurs
    files:
      - link: /docs/guide.pdf
      - link: /docs/indicateurs.ods
        label: Tableur ODS
      - link: https://www.example.gouv.fr/indicateurs.xlsx
        size: 101 ko
    publisher: Arcep
    category: Outils
    date: 2024-02
  - title: Outil à venir
    publisher: Arcep
    category: Outils
    date: 2025-01
    badge: Sortie fin 2025
${Array.from({ length: 6 }, (_, i) => `  - title: Ressource ${i + 1}\n    link: https://www.example.gouv.fr/ressource-${i + 1}\n    publisher: DINUM\n    category: ${CATEGORIES[i % 4]}\n    date: ${2020 + (i % 3)}\n`).join("")}`;

/** `count` items, alternating external pages and external files with a size. */
export function manyItems(count: number): string {
  return Array.from({ length: count }, (_, i) =>
    i % 2
      ? `  - title: Ressource ${i}\n    link: https://www.example.gouv.fr/r/${i}\n    publisher: Éditeur ${i % 7}\n    category: ${CATEGORIES[i % 4]}\n    date: ${2000 + (i % 25)}\n`
      : `  - title: Document ${i}\n    link: https://www.example.gouv.fr/d/${i}.pdf\n    size: 1 Mo\n    publisher: Éditeur ${i % 7}\n    category: ${CATEGORIES[i % 4]}\n    date: ${2000 + (i % 25)}-03\n`,
  ).join("");
}

export function itemsYaml(presentation: Presentation, groupBy: Grouping, items = THIRTEEN): string {
  return `${PAGE}list:\n  presentation: ${presentation}\n  groupBy: ${groupBy}\n  categories: [${CATEGORIES.join(", ")}]\nitems:${items.startsWith("\n") ? "" : "\n"}${items}`;
}

/** Builds the demo's site pages with this list as its only list, in memory: HTML by URL. */
export async function buildItems(
  root: string,
  yaml: string,
  name: string,
  lang: "fr" | "en" = "fr",
  options: PlansActionOptions = {},
): Promise<Map<string, string>> {
  const dataFile = path.join(root, `${name}.yaml`);
  writeFileSync(dataFile, yaml);
  const cacheDir = path.join(PROJECT_ROOT, ".cache/plans-action");
  return buildSite({ root, dataFile, url: ITEMS_URL, siteUrl: "https://www.exemple.gouv.fr", lang, cacheDir, ...options });
}
