import slugify from "@sindresorhus/slugify";
import fc from "fast-check";
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
    ["Secrétariat d’État chargé de l’Économie sociale & solidaire", "secretariat-d-etat-charge-de-l-economie-sociale-et-solidaire"],
    ["Œuvres et cœur : Ÿ, æ, ß", "oeuvres-et-coeur-y-ae-ss"],
    ["Ministère n° 2 (2024)", "ministere-n-2-2024"],
    ["« » – ’", ""],
  ])("%s → %s", (name, slug) => {
    expect(ministrySlug(name)).toBe(slug);
  });

  // The slugs Eleventy's own `slugify` filter (@sindresorhus/slugify) gives French names, where it
  // and this fold agree: not on `&` (« and » there, « et » here), nor on œ (dropped there:
  // « Œuvre » → « uvre »), nor on ä, ö, ü (German « ae », « oe », « ue » there; French reads
  // « capharnaüm » with a u), nor on English contractions (`'s`).
  const frenchChar = fc.constantFrom(
    ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    ..."àâçéèêëîïôùûÿæÀÂÇÉÈÊËÎÏÔÙÛŸÆ",
    ..." -’',.:;()«»/–",
  );
  it("gives Eleventy's slugify result on French names", () => {
    fc.assert(
      fc.property(fc.string({ unit: frenchChar, maxLength: 60 }), (name) => {
        // An English contraction once the accents are gone (« Î'T » reads « i't » to slugify).
        const folded = name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/æ/gi, "ae");
        fc.pre(!/[a-z\d]'[ts](\s|$)/i.test(folded));
        expect(ministrySlug(name)).toBe(slugify(name, { decamelize: false }));
      }),
      { numRuns: 500 },
    );
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
