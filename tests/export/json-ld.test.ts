import { describe, expect, it } from "vitest";
import { collectionJsonLd, contentSize, serializeJsonLd } from "../../src/export/json-ld.ts";
import { SITE_URL, twoYears } from "../helpers/fixtures.ts";
import { loadItems } from "../helpers/items.ts";

const PAGE = { url: "/plans/", name: "Plans", description: "Desc", dateModified: "2023-05-15", image: "/img/c.png" };

describe("JSON-LD of a page of plans", () => {
  const data = twoYears();
  const graph = collectionJsonLd(PAGE, data.plans, SITE_URL)["@graph"] as Array<Record<string, any>>;
  const documents = graph.filter((n) => n["@type"] === "DigitalDocument");

  it("has the page as a CollectionPage whose parts are the published documents", () => {
    const page = graph.find((n) => n["@type"] === "CollectionPage")!;
    expect(page).toMatchObject({ "@id": `${SITE_URL}/plans/`, name: "Plans", image: `${SITE_URL}/img/c.png`, inLanguage: "fr" });
    expect(page.hasPart.map((p: { "@id": string }) => p["@id"])).toEqual(documents.map((d) => d["@id"]));
  });

  it("has one DigitalDocument per published plan, none for a plan « à paraître »", () => {
    const published = data.plans.filter((p) => p.document);
    expect(documents.map((d) => d.name)).toEqual(published.map((p) => p.title));
    expect(data.plans.length).toBeGreaterThan(published.length);
  });

  it("gives each document its format, size, language and ministry as publisher", () => {
    const [pdf, odt] = [documents.find((d) => d.encodingFormat === "application/pdf"), documents.find((d) => d.inLanguage === "en")];
    expect(pdf).toMatchObject({
      url: `${SITE_URL}/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf`,
      contentSize: "1.06 MB",
      inLanguage: "fr",
      publisher: { "@type": "GovernmentOrganization", name: "Ministère de la Transition écologique" },
    });
    expect(odt).toMatchObject({ encodingFormat: "application/vnd.oasis.opendocument.text", contentSize: "900 kB" });
  });
});

describe("JSON-LD of a page of a long list (withDocuments: false)", () => {
  it("names the same parts by their URL, without a node per document", () => {
    const data = twoYears();
    const full = collectionJsonLd(PAGE, data.plans, SITE_URL)["@graph"] as Array<Record<string, any>>;
    const light = collectionJsonLd(PAGE, data.plans, SITE_URL, false)["@graph"] as Array<Record<string, any>>;
    expect(light).toHaveLength(1);
    expect(light[0]).toEqual(full[0]);
  });
});

describe("JSON-LD of a list by category where one resource sits under two headings", () => {
  const yaml = [
    "page:",
    "  title: Ressources",
    "  description: Des ressources.",
    "  date: 2024-09-06",
    "list:",
    "  groupBy: category",
    "  categories: [Guides, Outils]",
    "items:",
    "  - title: Le référentiel",
    "    link: https://exemple.gouv.fr/referentiel/",
    "    category: Guides",
    "  - title: Le référentiel (outil)",
    "    link: https://exemple.gouv.fr/referentiel/",
    "    category: Outils",
    "  - title: Un autre outil",
    "    link: https://exemple.gouv.fr/outil/",
    "    category: Outils",
    "",
  ].join("\n");
  const plans = loadItems(yaml).plans;

  for (const withDocuments of [true, false]) {
    it(`has one node and one part per resource (${withDocuments ? "with" : "without"} its nodes)`, () => {
      const graph = collectionJsonLd(PAGE, plans, SITE_URL, withDocuments, "items")["@graph"] as Array<Record<string, any>>;
      const parts = graph[0]!.hasPart.map((p: { "@id": string }) => p["@id"]);
      expect(parts).toEqual(["https://exemple.gouv.fr/referentiel/", "https://exemple.gouv.fr/outil/"]);
      const nodes = graph.slice(1);
      expect(nodes.map((n) => [n["@id"], n.name])).toEqual(
        withDocuments ? [["https://exemple.gouv.fr/referentiel/", "Le référentiel"], ["https://exemple.gouv.fr/outil/", "Un autre outil"]] : [],
      );
    });
  }
});

describe("serializeJsonLd", () => {
  it("cannot close the script element or open a comment, and parses back to the same value", () => {
    const value = { name: "a </script><script>alert(1)</script> <!-- & \u2028 b" };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("contentSize", () => {
  it.each([
    [512, "512 B"],
    [900_000, "900 kB"],
    [1_058_899, "1.06 MB"],
    [2_500_000_000, "2.5 GB"],
  ])("%d bytes → %s", (bytes, text) => {
    expect(contentSize(bytes)).toBe(text);
  });
});
