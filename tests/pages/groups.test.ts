/** A generic list's headings: their order and anchors, the pages that follow them, their dates. */
import { describe, expect, it } from "vitest";
import { itemDateLabel } from "../../src/labels.ts";
import type { Plan } from "../../src/model.ts";
import { groupItems, groupLinks, inGroupOrder } from "../../src/pages/groups.ts";
import { paginatePlans } from "../../src/pages/pagination.ts";

const item = (title: string, fields: Partial<Plan> = {}) => ({ title, language: "fr", ...fields }) as Plan;
const ITEMS = [
  item("a", { category: "Vidéos", ministry: "DINUM", year: 2022 }),
  item("b", { category: "Guides", ministry: "ADEME", year: 2024 }),
  item("c", { category: "Études", ministry: "DINUM", year: 2023 }),
  item("d", { category: "Guides", ministry: "Arcep", year: 2022 }),
];
const CATEGORIES = ["Guides", "Études", "Vidéos"];
const summary = (plans: Plan[], groupBy: "category" | "year" | "publisher" | "none") =>
  groupItems(plans, { groupBy, categories: CATEGORIES }).map((g) => [g.title, g.id, g.plans.map((p) => p.title).join("")]);

describe("groupItems", () => {
  it("groups by category in the list's declared order, not the items' order", () => {
    expect(summary(ITEMS, "category")).toEqual([
      ["Guides", "categorie-guides", "bd"],
      ["Études", "categorie-etudes", "c"],
      ["Vidéos", "categorie-videos", "a"],
    ]);
  });

  it("keeps a heading for a single category", () => {
    expect(summary([ITEMS[2]!], "category")).toEqual([["Études", "categorie-etudes", "c"]]);
  });

  it("groups by year newest first, with the plans page's anchors", () => {
    expect(summary(ITEMS, "year")).toEqual([
      ["2024", "annee-2024", "b"],
      ["2023", "annee-2023", "c"],
      ["2022", "annee-2022", "ad"],
    ]);
  });

  it("starts every heading's anchor with the list's prefix, and none for an ungrouped list", () => {
    const ids = (groupBy: "category" | "year" | "publisher" | "none") => groupItems(ITEMS, { groupBy, categories: CATEGORIES }, "etudes-").map((g) => g.id);
    expect(ids("category")).toEqual(["etudes-categorie-guides", "etudes-categorie-etudes", "etudes-categorie-videos"]);
    expect(ids("year")).toEqual(["etudes-annee-2024", "etudes-annee-2023", "etudes-annee-2022"]);
    expect(ids("publisher")).toEqual(["etudes-editeur-dinum", "etudes-editeur-ademe", "etudes-editeur-arcep"]);
    expect(ids("none")).toEqual([""]);
  });

  it("groups by publisher in the order they first appear", () => {
    expect(summary(ITEMS, "publisher")).toEqual([
      ["DINUM", "editeur-dinum", "ac"],
      ["ADEME", "editeur-ademe", "b"],
      ["Arcep", "editeur-arcep", "d"],
    ]);
  });

  it("gives one group without a heading when the list is not grouped, and none for no item", () => {
    expect(summary(ITEMS, "none")).toEqual([["", "", "abcd"]]);
    expect(summary([], "none")).toEqual([]);
  });

  it("gives two publishers whose names fold alike distinct anchors", () => {
    expect(summary([item("x", { ministry: "Éditeur" }), item("y", { ministry: "editeur" })], "publisher").map((g) => g[1])).toEqual([
      "editeur-editeur",
      "editeur-editeur-2",
    ]);
  });
});

describe("a long list follows its headings from page to page", () => {
  const many = Array.from({ length: 30 }, (_, i) => item(`i${i}`, { category: CATEGORIES[i % 3]!, year: 2020 + (i % 4) }));
  const rules = { groupBy: "category", categories: CATEGORIES } as const;

  it("cuts the items into pages in the order of their headings", () => {
    const pages = paginatePlans(many, "/r/", { cards: 13, pageSize: 8 }, rules);
    expect(pages.flatMap((p) => p.plans)).toEqual(inGroupOrder(many, rules));
    expect(pages.flatMap((p) => p.plans.map((x) => x.category))).toEqual([
      ...Array(10).fill("Guides"),
      ...Array(10).fill("Études"),
      ...Array(10).fill("Vidéos"),
    ]);
  });

  it("links each heading's first page", () => {
    const pages = paginatePlans(many, "/r/", { cards: 13, pageSize: 8 }, rules);
    expect(groupLinks(pages, rules)).toEqual([
      { title: "Guides", id: "categorie-guides", url: "/r/" },
      { title: "Études", id: "categorie-etudes", url: "/r/page/2/" },
      { title: "Vidéos", id: "categorie-videos", url: "/r/page/3/" },
    ]);
    expect(groupLinks(pages, { groupBy: "none", categories: [] })).toEqual([]);
    expect(groupLinks(pages, rules, "guides-").map((g) => g.id)).toEqual(["guides-categorie-guides", "guides-categorie-etudes", "guides-categorie-videos"]);
  });

  it("keeps newest year first for the plans list (no rules)", () => {
    const pages = paginatePlans(many, "/r/", { cards: 13, pageSize: 50 });
    expect(pages[0]!.plans.map((p) => p.year)).toEqual([...many].map((p) => p.year!).sort((a, b) => b - a));
  });
});

describe("itemDateLabel", () => {
  it("writes a year, a month or a day as written, in French or English", () => {
    expect(["2024", "2024-05", "2024-05-13", "2024-05-01"].map((d) => itemDateLabel(d, "fr"))).toEqual(["2024", "mai 2024", "13 mai 2024", "1er mai 2024"]);
    expect(["2024", "2024-05", "2024-05-13"].map((d) => itemDateLabel(d, "en"))).toEqual(["2024", "May 2024", "13 May 2024"]);
  });
});
