import { Ajv } from "ajv";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { itemsOpenData, itemsOpenDataCsv, itemsOpenDataSchema } from "../../src/export/items-open-data.ts";
import { plansOutputs, PUBLISHED_FILES } from "../../src/export/outputs.ts";
import { SITE_URL, twoYears } from "../helpers/fixtures.ts";
import { loadItems, PDF, PDF_BYTES, PLAIN_YAML } from "../helpers/items.ts";

const CTX = { siteUrl: SITE_URL, pageUrl: "/ressources/", schemaUrl: "/ressources/ressources.schema.json" };
const BASE = ["titre", "url", "type_cible", "format", "poids_octets", "nombre_pages", "langue"];

describe("an items list's open data", () => {
  const data = loadItems();
  const json = itemsOpenData(data, CTX);

  it("has one row per file: three formats are three rows, a page or an item to come one row", () => {
    expect(json.elements.map((r) => [r.titre, r.type_cible, r.format])).toEqual([
      ["Guide de sensibilisation", "fichier du site", "PDF"],
      ["Étude externe, « chiffrée »", "fichier externe", "PDF"],
      ["Tableau des indicateurs", "fichier externe", "PDF"],
      ["Tableau des indicateurs", "fichier externe", "ODS"],
      ["Tableau des indicateurs", "fichier externe", "XLSX"],
      ["Page externe", "page externe", null],
      ["Sans date", "fichier externe", "PDF"],
      ["Étude à venir", "à paraître", null],
    ]);
  });

  it("gives absolute addresses, sizes in bytes (measured or read), and null where unknown", () => {
    const [site, external, pdf, ods] = json.elements;
    expect(site).toMatchObject({ url: `${SITE_URL}${PDF}`, poids_octets: PDF_BYTES, langue: "fr" });
    expect(external).toMatchObject({ url: "https://librairie.ademe.fr/etude.pdf", poids_octets: null });
    expect([pdf!.poids_octets, ods!.poids_octets]).toEqual([2_000_000, 12_000]);
    expect(json.elements.at(-1)).toMatchObject({ url: null, format: null, date: "2025", editeur: null });
  });

  it("has the columns the list uses, said in `colonnes`, in every row's order", () => {
    expect(json.colonnes).toEqual([...BASE, "editeur", "categorie", "date", "description", "badge"]);
    for (const row of json.elements) expect(Object.keys(row)).toEqual(json.colonnes);
    const plain = itemsOpenData(loadItems(PLAIN_YAML), CTX);
    expect(plain.colonnes).toEqual(BASE);
    expect(plain.elements).toEqual([
      { titre: "A", url: "https://a.gouv.fr/a.pdf", type_cible: "fichier externe", format: "PDF", poids_octets: null, nombre_pages: null, langue: "fr" },
      { titre: "B", url: null, type_cible: "à paraître", format: null, poids_octets: null, nombre_pages: null, langue: "fr" },
    ]);
  });

  it("validates against its own schema, which refuses a column the list does not have", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(itemsOpenDataSchema(data, `${SITE_URL}${CTX.schemaUrl}`));
    expect(validate(JSON.parse(JSON.stringify(json)))).toBe(true);
    const plainData = loadItems(PLAIN_YAML);
    const plain = itemsOpenData(plainData, CTX);
    const strict = new Ajv({ allErrors: true, strict: false }).compile(itemsOpenDataSchema(plainData, CTX.schemaUrl));
    expect(strict(JSON.parse(JSON.stringify(plain)))).toBe(true);
    expect(strict({ ...plain, elements: [{ ...plain.elements[0], editeur: "X" }] })).toBe(false);
    expect(strict({ ...plain, elements: [{ ...plain.elements[0], type_cible: "lien" }] })).toBe(false);
  });

  it("the CSV has the JSON's columns and values (empty cells for null), CRLF", () => {
    const csv = itemsOpenDataCsv(json);
    expect(csv).toContain("\r\n");
    const [header, ...rows] = parseCsv(csv) as string[][];
    expect(header).toEqual(json.colonnes);
    expect(rows).toEqual(json.elements.map((r) => json.colonnes.map((c) => (r[c] === null ? "" : String(r[c])))));
  });
});

describe("the files' names", () => {
  const opts = { url: "/publications/ressources-ademe/", siteUrl: "", base: "" };

  it("are the list's page's name for an items list, published beside the page", () => {
    const outputs = plansOutputs(loadItems(), opts);
    expect(outputs.files.map((f) => f.url)).toEqual([
      "/publications/ressources-ademe/ressources-ademe.json",
      "/publications/ressources-ademe/ressources-ademe.schema.json",
      "/publications/ressources-ademe/ressources-ademe.csv",
    ]);
    expect(JSON.parse(outputs.files[0]!.content).elements).toHaveLength(8);
    expect(outputs.downloads.map((d) => d.url)).toEqual([outputs.files[2]!.url, outputs.files[0]!.url]);
  });

  it("stay plans-action.* for a plans list", () => {
    const outputs = plansOutputs(twoYears(), opts);
    expect(outputs.files.map((f) => f.url)).toEqual([
      `/publications/ressources-ademe/${PUBLISHED_FILES.json}`,
      `/publications/ressources-ademe/${PUBLISHED_FILES.schema}`,
      `/publications/ressources-ademe/${PUBLISHED_FILES.csv}`,
    ]);
    expect(JSON.parse(outputs.files[0]!.content)).toHaveProperty("plans");
  });
});
