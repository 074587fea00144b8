import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { parse as parseCsv } from "csv-parse/sync";
import { load as loadYaml } from "js-yaml";
import { describe, expect, it } from "vitest";
import { OPEN_DATA_COLUMNS, openData, openDataCsv, openDataSchemaJson } from "../../src/export/open-data.ts";
import { SITE_URL, TWO_YEARS, twoYears } from "../helpers/fixtures.ts";

const CTX = { siteUrl: SITE_URL, pageUrl: "/plans/", schemaUrl: "/plans/plans-action.schema.json" };

interface YamlPlan {
  ministry: string;
  title: string;
  year: number;
  link?: string;
  language?: string;
}

describe("plans-action.json", () => {
  const data = twoYears();
  const json = openData(data, CTX);

  it("validates against the schema published next to it", () => {
    const schema = JSON.parse(openDataSchemaJson(`${SITE_URL}/plans/plans-action.schema.json`));
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const ok = validate(JSON.parse(JSON.stringify(json)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the schema refuses a record that breaks it", () => {
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(openDataSchemaJson("/s.json")));
    const broken = { ...json, plans: [{ ...json.plans[0], annee: "2022", statut: "publie" }] };
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual(["/plans/0/annee", "/plans/0/statut"]);
  });

  it("holds every plan of the YAML, in its order, with absolute document URLs", () => {
    const yaml = loadYaml(readFileSync(TWO_YEARS, "utf8")) as { plans: YamlPlan[] };
    expect(json.plans.map((p) => [p.ministere, p.titre, p.annee, p.url_document, p.langue])).toEqual(
      yaml.plans.map((p) => [
        p.ministry,
        p.title,
        p.year,
        p.link ? (p.link.startsWith("/") ? `${SITE_URL}${p.link}` : p.link) : null,
        p.language ?? "fr",
      ]),
    );
    expect(json.date_mise_a_jour).toBe("2023-05-15");
    expect(json.page).toBe(`${SITE_URL}/plans/`);
  });

  it("gives the measured size of a site file and the declared one of an https file", () => {
    const byTitle = new Map(json.plans.map((p) => [p.titre, p]));
    expect(byTitle.get("Bilan 2020-2021 sur la thématique Mesure")).toMatchObject({
      format: "PDF",
      poids_octets: 1_058_899,
      statut: "publié",
    });
    expect(byTitle.get("Feuille de route 2023")).toMatchObject({ url_document: null, poids_octets: null, statut: "à paraître" });
  });

  it("keeps site paths when no site URL is known", () => {
    const local = openData(data, { ...CTX, siteUrl: "" });
    expect(local.plans[1]!.url_document).toBe("/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf");
  });

  it("fills pages and tagged when the PDF facts are known, and leaves them empty otherwise", () => {
    const withFacts = twoYears();
    withFacts.plans[1]!.document = { ...withFacts.plans[1]!.document!, pages: 8, tagged: true };
    const records = openData(withFacts, CTX).plans;
    expect(records[1]).toMatchObject({ nombre_pages: 8, pdf_balise: true });
    expect(records[2]).toMatchObject({ nombre_pages: null, pdf_balise: null });
    const rows = parseCsv(openDataCsv(records), { columns: true }) as Array<Record<string, string>>;
    expect([rows[1]!.nombre_pages, rows[1]!.pdf_balise, rows[2]!.nombre_pages, rows[2]!.pdf_balise]).toEqual(["8", "true", "", ""]);
  });
});

describe("plans-action.csv", () => {
  const records = openData(twoYears(), CTX).plans;
  const csv = openDataCsv(records);

  it("has a header row with the JSON's keys, then one line per plan", () => {
    const rows = parseCsv(csv) as string[][];
    expect(rows[0]).toEqual(OPEN_DATA_COLUMNS);
    expect(OPEN_DATA_COLUMNS).toEqual([
      "ministere",
      "titre",
      "annee",
      "url_document",
      "format",
      "poids_octets",
      "nombre_pages",
      "langue",
      "pdf_balise",
      "statut",
    ]);
    expect(rows).toHaveLength(records.length + 1);
  });

  it("parses back to the same rows, commas, quotes and accents included", () => {
    const rows = parseCsv(csv, { columns: true }) as Array<Record<string, string>>;
    const asText = (v: unknown) => (v === null ? "" : String(v));
    expect(rows).toEqual(records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asText(v)]))));
    expect(rows.map((r) => r.titre)).toContain('Plan « sobriété », dit "numérique responsable", édition 2023');
    expect(rows.map((r) => r.ministere)).toContain("Ministère de l’Éducation nationale, de la Jeunesse et des Sports");
  });

  it("quotes only the fields that need it, doubling inner quotes (RFC 4180)", () => {
    expect(csv).toContain('"Plan « sobriété », dit ""numérique responsable"", édition 2023"');
    expect(csv).toContain("\r\nMinistère de la Culture,Plan d’action 2022 de la Culture,2022,");
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });
});
