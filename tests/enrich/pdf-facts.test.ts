import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PdfReadError } from "../../src/enrich/pdf-document.ts";
import { primaryLanguage, readPdfFacts } from "../../src/enrich/pdf-facts.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { makePdf } from "../helpers/pdf.ts";

const FIXTURE = path.join(PROJECT_ROOT, "docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf");

describe("readPdfFacts", () => {
  it("reads the real fixture: 8 pages, tagged both ways, French, 1,058,899 bytes", async () => {
    expect(statSync(FIXTURE).size).toBe(1_058_899);
    const facts = await readPdfFacts(readFileSync(FIXTURE));
    expect(facts).toEqual({ pages: 8, marked: true, structureTree: true, tagged: true, language: "fr-FR" });
  });

  it("sees an untagged PDF without a declared language", async () => {
    const facts = await readPdfFacts(await makePdf({ pages: 3 }));
    expect(facts).toEqual({ pages: 3, marked: false, structureTree: false, tagged: false });
  });

  it("reads the declared /Lang and /MarkInfo of a generated English PDF", async () => {
    const facts = await readPdfFacts(await makePdf({ lang: "en-GB", tagged: true }));
    expect(facts).toMatchObject({ pages: 1, marked: true, tagged: true, language: "en-GB" });
  });

  it.each([
    ["text named .pdf", Buffer.from("Ceci n’est pas un PDF, juste du texte.\n")],
    ["an empty file", Buffer.alloc(0)],
    ["a PNG", readFileSync(path.join(PROJECT_ROOT, "img/plans-action/couverture-mte.png"))],
  ])("refuses %s with a French reason", async (_name, bytes) => {
    const error = await readPdfFacts(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfReadError);
    expect((error as Error).message).toMatch(/^(ce n’est pas un PDF valide|il n’a pas pu être lu)/);
  });

  it("leaves the caller's bytes usable (PDF.js takes over the array it is given)", async () => {
    const bytes = await makePdf();
    const before = Buffer.from(bytes);
    await readPdfFacts(bytes);
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  });
});

describe("primaryLanguage", () => {
  it.each([
    ["fr-FR", "fr"],
    ["EN-gb", "en"],
    ["de", "de"],
    ["en_US", "en"],
    ["x-klingon", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%s → %s", (tag, code) => expect(primaryLanguage(tag)).toBe(code));
});
