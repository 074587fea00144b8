/**
 * The enrich step on small generated sites: facts on the cards, located warnings and errors,
 * covers optimised, drawn from a PDF or neutral, and a content cache that makes a rebuild free.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import { coverFilesDir } from "../../src/enrich/covers.ts";
import { ContentCache } from "../../src/enrich/cache.ts";
import { enrichPlans, type EnrichOptions } from "../../src/enrich/enrich-plans.ts";
import { loadPlansSource } from "../../src/load/load-plans.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { BAND_RGB, makePdf } from "../helpers/pdf.ts";

const PAGE = "page:\n  title: Plans\n  description: Desc\n  date: 2022-04-01\nplans:\n";

/** A site folder with the given files (bytes), and the plans YAML after `plans:`. */
function site(files: Record<string, Uint8Array | string>) {
  const root = mkdtempSync(path.join(tmpdir(), "plans-enrich-"));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), bytes);
  }
  return root;
}

async function enrich(root: string, plans: string, options: Partial<EnrichOptions> = {}) {
  const loaded = loadPlansSource(PAGE + plans, { root, displayName: "plans.yaml" });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
  const result = await enrichPlans(loaded, {
    cacheDir: path.join(root, ".cache"),
    coversUrl: "/couvertures/",
    images: true,
    ...options,
  });
  return { ...result, messages: result.diagnostics.map(formatDiagnostic) };
}

const COVER_PNG = readFileSync(path.join(PROJECT_ROOT, "img/plans-action/couverture-mte.png"));

describe("PDF facts on the cards", () => {
  it("warns, at the link, that an untagged PDF is untagged, naming the file", async () => {
    const root = site({ "docs/brut.pdf": await makePdf({ pages: 3 }) });
    const { messages, data } = await enrich(root, "  - ministry: M\n    title: T\n    link: /docs/brut.pdf\n", { images: false });
    expect(messages).toEqual([
      expect.stringMatching(/^plans\.yaml:8:11 avertissement plans\[0\]\.link : le PDF « \/docs\/brut\.pdf » n’est pas balisé : .*RGAA 13\.3\)\. Exportez-le de nouveau en PDF balisé/),
    ]);
    expect(data.plans[0]!.document).toMatchObject({ pages: 3, tagged: false });
    expect(data.plans[0]!.document!.detail).toMatch(/^PDF - [\d,]+ (octets|ko) - 3 pages$/);
  });

  it("takes the language an English PDF declares when the data says none, and shows « Anglais »", async () => {
    const root = site({ "docs/en.pdf": await makePdf({ lang: "en-GB", tagged: true }) });
    const { messages, data } = await enrich(root, "  - ministry: M\n    title: T\n    link: /docs/en.pdf\n", { images: false });
    expect(messages).toEqual([]);
    expect(data.plans[0]).toMatchObject({ language: "en", languageSource: "document" });
    expect(data.plans[0]!.document).toMatchObject({ pdfLanguage: "en-GB", tagged: true, pages: 1 });
    expect(data.plans[0]!.document!.detail).toMatch(/^PDF - [\d,]+ (octets|ko) - 1 page - Anglais$/);
  });

  it("keeps the editor's language and warns when the PDF declares another one", async () => {
    const root = site({ "docs/en.pdf": await makePdf({ lang: "en-US", tagged: true }) });
    const { messages, data } = await enrich(root, "  - ministry: M\n    title: T\n    link: /docs/en.pdf\n    language: fr\n", { images: false });
    expect(data.plans[0]).toMatchObject({ language: "fr", languageSource: "data" });
    expect(messages).toEqual([expect.stringMatching(/^plans\.yaml:9:15 avertissement plans\[0\]\.language : le PDF « \/docs\/en\.pdf » déclare la langue « en-US » \(Anglais\), mais language vaut « fr »/)]);
  });

  it("stops on a .pdf that is not a readable PDF, located at its link", async () => {
    const root = site({ "docs/faux.pdf": "Ceci n’est pas un PDF.\n" });
    const { messages } = await enrich(root, "  - ministry: M\n    title: T\n    link: /docs/faux.pdf\n");
    expect(messages).toEqual([
      expect.stringMatching(/^plans\.yaml:8:11 erreur plans\[0\]\.link : le fichier « \/docs\/faux\.pdf » n’est pas un PDF lisible : ce n’est pas un PDF valide ou il est endommagé\. Ouvrez-le/),
    ]);
  });

  it("reads nothing from other documents: an https link keeps its declared facts", async () => {
    const root = site({});
    const { data, stats } = await enrich(root, "  - ministry: M\n    title: T\n    link: https://www.example.gouv.fr/a.pdf\n    size: 2 Mo\n");
    expect(stats.pdfReads).toBe(0);
    expect(data.plans[0]!.document!.detail).toBe("PDF - 2 Mo");
    expect(data.plans[0]!.image!.origin).toBe("placeholder");
  });
});

describe("covers", () => {
  it("optimises a cover into an AVIF source and a WebP image, never enlarged", async () => {
    const root = site({ "img/c.png": COVER_PNG });
    const { data, files } = await enrich(root, "  - ministry: M\n    title: T\n    cover: /img/c.png\n");
    const image = data.plans[0]!.image!;
    expect(image.origin).toBe("cover");
    expect(image.sources.map((s) => s.type)).toEqual(["image/avif"]);
    expect(image.sources[0]!.srcset).toMatch(/^\/couvertures\/\S+-320\.avif 320w, \/couvertures\/\S+-400\.avif 400w, \/couvertures\/\S+-500\.avif 500w$/);
    expect(image).toMatchObject({ width: 500, height: 281, src: expect.stringMatching(/^\/couvertures\/\S+-500\.webp$/) });
    expect(files).toHaveLength(6);
    for (const file of files.filter((f) => f.url.endsWith(".avif"))) {
      expect(statSync(file.source).size).toBeLessThan(COVER_PNG.length / 3);
    }
  });

  it("keeps transparency: a see-through cover stays see-through in WebP", async () => {
    const png = await sharp({ create: { width: 400, height: 225, channels: 4, background: { r: 0, g: 0, b: 145, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const root = site({ "img/t.png": png });
    const { data, files } = await enrich(root, "  - ministry: M\n    title: T\n    cover: /img/t.png\n");
    expect(data.plans[0]!.image!.src).toMatch(/-400\.webp$/);
    const webp = files.find((f) => f.url.endsWith("-400.webp"))!;
    expect((await sharp(webp.source).stats()).isOpaque).toBe(false);
  });

  it("serves an SVG cover as one SVG file, with its own size", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="#000091"/></svg>';
    const root = site({ "img/s.svg": svg });
    const { data, stats } = await enrich(root, "  - ministry: M\n    title: T\n    cover: /img/s.svg\n");
    expect(data.plans[0]!.image).toMatchObject({ origin: "cover", sources: [], width: 320, height: 180, src: expect.stringMatching(/\.svg$/) });
    expect(stats.imageEncodes).toBe(1); // written once as SVG, not turned into AVIF or WebP
  });

  it("draws the cover of a plan with a PDF and no cover from its first page", async () => {
    const root = site({ "docs/p.pdf": await makePdf({ tagged: true }) });
    const { data, files, stats } = await enrich(root, "  - ministry: M\n    title: T\n    link: /docs/p.pdf\n");
    const image = data.plans[0]!.image!;
    expect(image).toMatchObject({ origin: "document", width: 800, height: 450 });
    expect(stats).toMatchObject({ pdfReads: 1, pdfRenders: 1, imageEncodes: 8 }); // 4 widths × AVIF and WebP
    // The largest AVIF is the page: blue band at the top, white paper at the bottom.
    const avif = files.find((f) => f.url.endsWith("-800.avif"))!;
    const { data: pixels, info } = await sharp(avif.source).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([800, 450]);
    const px = (x: number, y: number) => [...pixels.subarray((y * 800 + x) * info.channels, (y * 800 + x) * info.channels + 3)];
    for (const [i, c] of px(400, 150).entries()) expect(Math.abs(c - BAND_RGB[i]!)).toBeLessThan(16);
    for (const c of px(400, 440)) expect(c).toBeGreaterThan(240);
  });

  it("gives a plan with neither document nor cover the neutral placeholder, one shared file", async () => {
    const root = site({});
    const { data, files } = await enrich(root, "  - ministry: M\n    title: T\n  - ministry: N\n    title: U\n");
    expect(data.plans.map((p) => p.image)).toEqual([
      { origin: "placeholder", sources: [], src: "/couvertures/couverture-neutre.svg", width: 400, height: 225 },
      { origin: "placeholder", sources: [], src: "/couvertures/couverture-neutre.svg", width: 400, height: 225 },
    ]);
    expect(files).toEqual([expect.objectContaining({ url: "/couvertures/couverture-neutre.svg", generated: true })]);
    expect(statSync(files[0]!.source).size).toBeLessThan(1000);
  });

  it("with images off, serves the cover as it is (its own size) and draws nothing", async () => {
    const root = site({ "img/c.png": COVER_PNG, "docs/p.pdf": await makePdf({ tagged: true }) });
    const { data, files, stats } = await enrich(
      root,
      "  - ministry: M\n    title: T\n    cover: /img/c.png\n  - ministry: N\n    title: U\n    link: /docs/p.pdf\n",
      { images: false },
    );
    expect(stats).toMatchObject({ pdfRenders: 0, imageEncodes: 0 });
    expect(data.plans.map((p) => p.image)).toEqual([
      { origin: "cover", sources: [], src: "/img/c.png", width: 500, height: 281 },
      expect.objectContaining({ origin: "placeholder" }),
    ]);
    expect(files).toContainEqual({ source: path.join(root, "img/c.png"), url: "/img/c.png", generated: false });
  });

  it("encodes a cover shared by several plans once", async () => {
    const root = site({ "img/c.png": COVER_PNG, "img/d.png": COVER_PNG });
    const { stats, data } = await enrich(
      root,
      "  - ministry: M\n    title: T\n    cover: /img/c.png\n  - ministry: N\n    title: U\n    cover: /img/c.png\n  - ministry: O\n    title: V\n    cover: /img/d.png\n",
    );
    expect(stats.imageEncodes).toBe(6); // 3 widths × AVIF and WebP, once
    expect(new Set(data.plans.map((p) => p.image!.src)).size).toBe(1);
  });
});

describe("the content cache", () => {
  const PLANS = "  - ministry: M\n    title: T\n    link: /docs/p.pdf\n  - ministry: N\n    title: U\n    cover: /img/c.png\n";

  it("makes a second run read no PDF and encode no image, and redoes only what changed", async () => {
    const root = site({ "docs/p.pdf": await makePdf({ tagged: true }), "img/c.png": COVER_PNG });
    const cold = await enrich(root, PLANS);
    expect(cold.stats).toMatchObject({ pdfReads: 1, pdfRenders: 1, imageEncodes: 8 + 6 });
    const times = () => cold.files.map((f) => statSync(f.source).mtimeMs);
    const before = times();

    const warm = await enrich(root, PLANS);
    expect(warm.stats).toMatchObject({ pdfReads: 0, pdfRenders: 0, imageEncodes: 0 });
    expect(warm.data).toEqual(cold.data);
    expect(times()).toEqual(before);

    // Same name, new content: the PDF is read and drawn again; the untouched cover is not.
    writeFileSync(path.join(root, "docs/p.pdf"), await makePdf({ tagged: true, pages: 2 }));
    const changed = await enrich(root, PLANS);
    expect(changed.stats).toMatchObject({ pdfReads: 1, pdfRenders: 1, imageEncodes: 8 });
    expect(changed.data.plans[0]!.document!.pages).toBe(2);
  });

  it("re-encodes when a cached file has gone missing, instead of linking to nothing", async () => {
    const root = site({ "img/c.png": COVER_PNG });
    const cold = await enrich(root, "  - ministry: M\n    title: T\n    cover: /img/c.png\n");
    writeFileSync(cold.files[0]!.source, ""); // truncated by hand
    const again = await enrich(root, "  - ministry: M\n    title: T\n    cover: /img/c.png\n");
    expect(again.stats.imageEncodes).toBe(6);
    expect(statSync(cold.files[0]!.source).size).toBeGreaterThan(0);
    expect(path.dirname(cold.files[0]!.source)).toBe(coverFilesDir(new ContentCache(path.join(root, ".cache"))));
  });
});
