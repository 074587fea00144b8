import { describe, expect, it } from "vitest";
import { sitemapEntries } from "../../src/export/sitemap.ts";

describe("sitemapEntries", () => {
  it("lists HTML pages with absolute URLs, the plugin's pages with their date, sorted", () => {
    const entries = sitemapEntries(
      [
        { url: "/publications/", data: {} },
        { url: "/", data: {} },
        { url: "/plans/", data: { plansActionUpdated: "2023-05-15" } },
        { url: "/plans/plans-action.csv", data: {} },
        { url: "/404.html", data: { excludeFromSitemap: true } },
        { url: "/a.html", data: {} },
        { url: false, data: {} },
        { url: "/", data: {} },
      ],
      "https://www.exemple.gouv.fr",
    );
    expect(entries).toEqual([
      { loc: "https://www.exemple.gouv.fr/" },
      { loc: "https://www.exemple.gouv.fr/a.html" },
      { loc: "https://www.exemple.gouv.fr/plans/", lastmod: "2023-05-15" },
      { loc: "https://www.exemple.gouv.fr/publications/" },
    ]);
  });
});
