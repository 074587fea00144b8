/**
 * A document in several formats (`files:`): each site PDF among them is read like a plan's
 * document, its pages shown in its own detail, problems located at its own `link`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import { enrichPlans } from "../../src/enrich/enrich-plans.ts";
import { loadPlansSource } from "../../src/load/load-plans.ts";
import { makePdf } from "../helpers/pdf.ts";

const makePng = () => sharp({ create: { width: 400, height: 225, channels: 3, background: { r: 0, g: 0, b: 145 } } }).png().toBuffer();
const PAGE = "page:\n  title: Guides\n  description: Desc\n  date: 2024-09-06\nitems:\n";

async function enrich(files: Record<string, Uint8Array | string>, items: string) {
  const root = mkdtempSync(path.join(tmpdir(), "plans-files-facts-"));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), bytes);
  }
  const loaded = loadPlansSource(PAGE + items, { root, displayName: "guides.yaml" });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
  const result = await enrichPlans(loaded, { cacheDir: path.join(root, ".cache"), coversUrl: "/couvertures/", images: true });
  return { plans: result.data.plans, messages: result.diagnostics.map(formatDiagnostic) };
}

describe("files of an item", () => {
  it("shows each site PDF's pages in its own detail, and leaves the other formats as they are", async () => {
    const pdf = await makePdf({ pages: 3 });
    const { plans, messages } = await enrich(
      { "docs/i.pdf": pdf, "docs/i.ods": "ods" },
      "  - title: Indicateurs\n    files:\n      - link: /docs/i.pdf\n      - link: /docs/i.ods\n",
    );
    const [pdfFile, odsFile] = plans[0]!.files!;
    expect(pdfFile).toMatchObject({ label: "PDF", pages: 3 });
    expect(pdfFile!.detail).toMatch(/^PDF - [\d,]+ ko - 3 pages$/);
    expect(odsFile!.detail).toBe("ODS - 3 octets");
    // makePdf writes no structure tree: the warning names the file's own line.
    expect(messages).toEqual([
      "guides.yaml:8:15 avertissement items[0].files[0].link : le PDF « /docs/i.pdf » n’est pas balisé : les lecteurs d’écran n’y trouvent ni titres ni ordre de lecture (RGAA 13.3). Exportez-le de nouveau en PDF balisé (Word : Enregistrer sous > PDF > Options > « Balises de structure du document pour l’accessibilité » ; LibreOffice : Exporter au format PDF > « PDF balisé »).",
    ]);
  });

  it("locates an unreadable PDF among the files at its own link", async () => {
    const { messages } = await enrich({ "docs/a.pdf": "pas un PDF", "docs/b.odt": "odt" }, "  - title: A\n    files:\n      - link: /docs/b.odt\n      - link: /docs/a.pdf\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^guides\.yaml:9:15 erreur items\[0\]\.files\[1\]\.link : le fichier « \/docs\/a\.pdf » n’est pas un PDF lisible/);
  });
});

describe("images of a generic list's items", () => {
  it("are the covers their editor gives, and no other: no first page drawn from a site PDF, no placeholder", async () => {
    const { plans } = await enrich(
      { "docs/a.pdf": await makePdf(), "img/c.png": await makePng() },
      "  - title: A\n    link: /docs/a.pdf\n  - title: B\n    link: /docs/a.pdf\n    cover: /img/c.png\n",
    );
    expect(plans.map((p) => p.image?.origin)).toEqual([undefined, "cover"]);
  });
});
