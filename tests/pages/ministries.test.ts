import { describe, expect, it } from "vitest";
import { ministryPages, ministrySlug } from "../../src/pages/ministries.ts";
import { twoYears } from "../helpers/fixtures.ts";

describe("ministrySlug", () => {
  it.each([
    ["Ministère de l’Éducation nationale, de la Jeunesse et des Sports", "ministere-de-l-education-nationale-de-la-jeunesse-et-des-sports"],
    ["Ministère de l'Intérieur", "ministere-de-l-interieur"],
    ["Ministère des Armées", "ministere-des-armees"],
    ["Direction interministérielle du numérique (DINUM)", "direction-interministerielle-du-numerique-dinum"],
    ["  Ministère   de la Culture ", "ministere-de-la-culture"],
  ])("%s → %s", (name, slug) => {
    expect(ministrySlug(name)).toBe(slug);
  });
});

describe("ministryPages", () => {
  it("gives one page per ministry, in order of first appearance, with its plans of every year", () => {
    const pages = ministryPages(twoYears(), "/plans/");
    expect(pages.map((p) => [p.url, p.plans.map((plan) => plan.index), p.years])).toEqual([
      ["/plans/ministere-de-la-culture/", [0, 3], [2023, 2022]],
      ["/plans/ministere-de-la-transition-ecologique/", [1, 4], [2023, 2022]],
      ["/plans/ministere-de-l-education-nationale-de-la-jeunesse-et-des-sports/", [2], [2023]],
    ]);
  });

  it("keeps two names that fold to the same slug apart (-2), in data order", () => {
    const data = twoYears();
    data.plans[4] = { ...data.plans[4]!, ministry: "Ministère de la CULTURE" };
    const urls = ministryPages(data, "/plans/").map((p) => p.url);
    expect(urls).toContain("/plans/ministere-de-la-culture/");
    expect(urls).toContain("/plans/ministere-de-la-culture-2/");
    expect(new Set(urls).size).toBe(urls.length);
  });
});
