/**
 * Round trips: a hand-written list as its site published it → `plans-action-import` → the plugin's
 * build. The imported file holds, and the built page shows, the items of the original page with
 * their titles, targets and categories, in its order. Two kinds of originals: the seed page (13
 * cards written by hand, built in the bench's static DSFR layout), and the three MiNumEco lists
 * (tests/fixtures/minumeco-lists/pages).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load } from "js-yaml";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../src/cli/import.ts";
import { buildSite, PROJECT_ROOT, type Configure } from "../helpers/build.ts";
import { itemTitle, listItems, type ListItem } from "../helpers/list-items.ts";
import { publishedSeedPage, SEED_URL } from "../helpers/seed-page.ts";

const FIXTURES = path.join(PROJECT_ROOT, "tests/fixtures/minumeco-lists");
const EMPTY_INPUT = path.join(FIXTURES, "empty-input");
const GUIDE = "/publications/guide-pratique-achats-numeriques-responsables/";
const SHEETS = ["bureautique", "impression", "reseaux", "hebergement", "prestations-intellectuelles", "logiciels"];
/** The guide's practical sheets are pages of that site, which the fixture does not hold: stand-ins. */
const standInSheets: Configure = (eleventyConfig) => {
  for (const sheet of SHEETS) eleventyConfig.addTemplate(`fiches/${sheet}.md`, "Fiche", { permalink: `${GUIDE}fiches-pratiques/${sheet}/` });
};

interface ImportedItem {
  title: string;
  link?: string;
  category?: string;
  publisher?: string;
}
interface Imported {
  list: { presentation: string; groupBy?: string; categories?: string[] };
  items: ImportedItem[];
}

const tmp = mkdtempSync(path.join(tmpdir(), "plans-import-round-trip-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Imports `html` (written where the site's output would hold it) and returns the data file's path and content. */
function importPage(html: string, url: string, root: string, name: string): { file: string; data: Imported } {
  const page = path.join(tmp, name, "_site", url, "index.html");
  mkdirSync(path.dirname(page), { recursive: true });
  writeFileSync(page, html);
  const file = path.join(tmp, name, "liste.yaml");
  const err: string[] = [];
  const status = runImport([page, "--root", root, "--out", file], { out: () => {}, err: (l) => err.push(l), env: {}, cwd: tmp });
  expect(status, err.join("\n")).toBe(0);
  return { file, data: load(readFileSync(file, "utf8")) as Imported };
}

/** What the original page says an item's title is: its link's text without the detail, and without « Télécharger le ». */
const titleOf = (text: string) =>
  text.replace(/\s*\((?:pdf|PDF)[^)]*\)$/, "").replace(/^Télécharger (?:le |la |les |l’)(.)/, (_, first: string) => first.toUpperCase());

describe("the seed page: 13 cards written by hand", () => {
  let original: ReturnType<typeof parse>;
  let imported: Imported;
  let built: ReturnType<typeof parse>;
  beforeAll(async () => {
    const html = await publishedSeedPage();
    original = parse(html);
    const result = importPage(html, SEED_URL, PROJECT_ROOT, "seed");
    imported = result.data;
    const pages = await buildSite({ dataFile: result.file, url: SEED_URL, dataKey: "seed", ministryPages: false }, EMPTY_INPUT);
    built = parse(pages.get(SEED_URL)!);
  }, 120_000);

  const originalCards = () =>
    original.querySelectorAll("main .fr-card").map((card) => {
      const link = card.querySelector(".fr-card__title a")!;
      return { text: link.text.trim(), href: link.getAttribute("href") };
    });

  it("imports the 13 ministries and titles, in the page's order", () => {
    const cards = originalCards();
    expect(cards).toHaveLength(13);
    expect(imported.list).toEqual({ presentation: "cards" });
    expect(imported.items.map((i) => `${i.publisher} : ${i.title}`)).toEqual(cards.map((c) => c.text.replace(/\s*\(pdf [^)]*\)$/, "")));
  });

  it("makes every card whose link is « # » an item « à paraître », and only those", () => {
    const forthcoming = originalCards().filter((c) => c.href === "#").length;
    expect(forthcoming).toBeGreaterThan(0);
    expect(imported.items.filter((i) => i.link === undefined)).toHaveLength(forthcoming);
    expect(imported.items.filter((i) => i.link !== undefined)).toHaveLength(13 - forthcoming);
  });

  it("builds a page that shows the same cards: titles, ministries, « À paraître »", () => {
    const cards = built.querySelectorAll("main .fr-card");
    const title = (card: (typeof cards)[number]) => {
      const heading = card.querySelector(".fr-card__title")!.clone() as typeof card;
      for (const hidden of heading.querySelectorAll(".fr-sr-only")) hidden.remove();
      return heading.text.trim();
    };
    expect(cards.map((card) => `${card.querySelector(".fr-card__start .fr-card__detail")?.text.trim()} : ${title(card)}`)).toEqual(
      imported.items.map((i) => `${i.publisher} : ${i.title}`),
    );
    const forthcoming = originalCards().filter((c) => c.href === "#").length;
    expect(cards.filter((card) => !card.querySelector("a") && card.querySelector(".fr-card__end")?.text.trim() === "À paraître")).toHaveLength(forthcoming);
  });
});

const CASES = [
  { name: "ademe", url: "/publications/ressources-ademe/", grouped: true, configure: undefined },
  { name: "guide", url: GUIDE, grouped: true, configure: standInSheets },
  { name: "don", url: "/publications/fin-usage/don/", grouped: false, configure: undefined },
];

describe.each(CASES)("the MiNumEco list $name", ({ name, url, grouped, configure }) => {
  const html = readFileSync(path.join(FIXTURES, "pages", url, "index.html"), "utf8");
  const strip = (items: ListItem[]) => items.map(({ title, href, category }) => ({ title: titleOf(title), href, ...(grouped ? { category } : {}) }));
  let imported: ReturnType<typeof importPage>;
  let built: string;
  beforeAll(async () => {
    imported = importPage(html, url, path.join(FIXTURES, "site-files"), name);
    const pages = await buildSite({ root: path.join(FIXTURES, "site-files"), dataFile: imported.file, url, dataKey: name }, EMPTY_INPUT, configure);
    built = pages.get(url)!;
  }, 120_000);

  it("imports every item of the original with its title, target and category, in the page's order", () => {
    const before = strip(listItems(html));
    expect(before.length).toBeGreaterThan(0);
    expect(imported.data.list.groupBy === "category").toBe(grouped);
    // The page's no-break spaces (« manquer ? ») are kept; the comparison reads every space as one, as listItems does.
    const items = imported.data.items.map(({ title, link, category }) => ({ title: title.replace(/\s+/g, " "), href: link, ...(grouped ? { category } : {}) }));
    expect(items).toEqual(before);
    if (grouped) expect(imported.data.list.categories).toEqual([...new Set(before.map((i) => i.category))]);
  });

  it("builds a list that shows the same items, titles, targets and categories as the original", () => {
    const before = strip(listItems(html));
    // An ungrouped list: the items before the page's first heading (then come its open data).
    const publishers = imported.data.items.flatMap((i) => (i.publisher ? [i.publisher] : []));
    const after = strip(listItems(built, grouped ? imported.data.list.categories : [undefined]).map((i) => ({ ...i, title: itemTitle(i.title, publishers) })));
    expect(after).toEqual(before);
  });
});
