import { describe, expect, it } from "vitest";
import { itemDate, itemsFeedOf } from "../../src/export/items-feed.ts";
import { plansOutputs } from "../../src/export/outputs.ts";
import { SITE_URL } from "../helpers/fixtures.ts";
import { loadItems, PLAIN_YAML } from "../helpers/items.ts";

const CTX = { siteUrl: SITE_URL, pageUrl: "/ressources/", feedUrl: "/ressources/ressources.atom" };

describe("an item's date in the feed", () => {
  it("is its day, or the first day of its month or year, at midnight UTC", () => {
    expect(itemDate("2024").toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(itemDate("2024-05").toISOString()).toBe("2024-05-01T00:00:00.000Z");
    expect(itemDate("2024-05-13").toISOString()).toBe("2024-05-13T00:00:00.000Z");
  });
});

describe("an items list's feed", () => {
  it("leaves out undated items and items with nothing to link to", () => {
    const feed = itemsFeedOf(loadItems(), CTX);
    expect(feed.entries.map((e) => e.title)).not.toContain("Sans date");
    expect(feed.entries.map((e) => e.title)).not.toContain("Étude à venir");
    expect(feed.entries).toHaveLength(4);
  });

  it("is not published for a list without dates: it would stay empty", () => {
    const feed = itemsFeedOf(loadItems(PLAIN_YAML), CTX);
    expect(feed.entries).toEqual([]);
    expect(feed.updated.toISOString()).toBe("2024-09-06T00:00:00.000Z");
    const opts = { url: "/liens/", siteUrl: SITE_URL, base: SITE_URL };
    expect(plansOutputs(loadItems(PLAIN_YAML), opts).feed).toBeUndefined();
    expect(plansOutputs(loadItems(), opts).feed).toMatchObject({ path: "/liens/liens.atom", author: "Ressources de l’ADEME" });
  });

  it("is dated by its newest entry when that is later than the list's update", () => {
    const yaml = PLAIN_YAML.replace("  - title: B\n", "  - title: B\n    link: https://b.gouv.fr/b.pdf\n    date: 2025-03\n");
    const feed = itemsFeedOf(loadItems(yaml), CTX);
    expect(feed.entries.map((e) => [e.title, e.updated?.toISOString()])).toEqual([["B", "2025-03-01T00:00:00.000Z"]]);
    expect(feed.updated.toISOString()).toBe("2025-03-01T00:00:00.000Z");
  });

  it("gives each entry its own id, even when two items link the same file", () => {
    const yaml = PLAIN_YAML.replace("    link: https://a.gouv.fr/a.pdf\n", "    link: https://a.gouv.fr/a.pdf\n    date: 2023\n").replace(
      "  - title: B\n",
      "  - title: B\n    date: 2024\n    files:\n      - link: https://a.gouv.fr/a.pdf\n      - link: https://a.gouv.fr/b.ods\n",
    );
    const feed = itemsFeedOf(loadItems(yaml), CTX);
    expect(feed.entries.map((e) => [e.title, e.url, e.id])).toEqual([
      ["B", "https://a.gouv.fr/a.pdf", "https://a.gouv.fr/a.pdf#2"],
      ["A", "https://a.gouv.fr/a.pdf", undefined],
    ]);
  });
});
