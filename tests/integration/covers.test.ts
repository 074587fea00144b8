/**
 * The demo site built for real, cold then warm: covers as <picture> elements, the real PDF's
 * facts on its card, a cover drawn from the PDF when the plan has none, an English document,
 * and a second build, in another process, that reads no PDF and encodes no image.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { resetWorkStats, workStats, type WorkStats } from "../../src/enrich/work-stats.ts";
import type { PlansActionOptions } from "../../src/options.ts";
import { buildSite, PROJECT_ROOT, writeSite } from "../helpers/build.ts";
import { TWO_YEARS } from "../helpers/fixtures.ts";
import { makePdf } from "../helpers/pdf.ts";

const PAGE_URL = "/publications/plans-action-ministeres/";
const PDF_PLAN_TITLE = "Bilan 2020-2021 sur la thématique Mesure";

let root: string;
let options: PlansActionOptions;
let coldStats: WorkStats;
let cards: HTMLElement[];
let html: string;

/**
 * A copy of the demo (its documents and covers) where the plan with the real PDF has lost its
 * cover, and an English PDF without cover or `language` has been added at the end.
 */
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "plans-covers-"));
  cpSync(path.join(PROJECT_ROOT, "docs"), path.join(root, "docs"), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, "img"), path.join(root, "img"), { recursive: true });
  writeFileSync(path.join(root, "docs/english.pdf"), await makePdf({ lang: "en-GB", tagged: true, pages: 2 }));
  const yaml = readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8").replace(
    "    link: /docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf\n    cover: /img/plans-action/couverture-mte.png\n",
    "    link: /docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf\n",
  );
  expect(yaml).not.toContain("FDR-NE-Bilan-mesure-MTE.pdf\n    cover:");
  writeFileSync(
    path.join(root, "plans.yaml"),
    `${yaml.trimEnd()}\n\n  - ministry: Ministère de la Culture\n    title: Digital sobriety action plan\n    link: /docs/english.pdf\n`,
  );
  // 14 plans: one page (the default 13 would paginate them, with compact cards that have no cover).
  options = { root, dataFile: "plans.yaml", cacheDir: ".cache", cards: 20 };
  resetWorkStats();
  const pages = await buildSite(options);
  coldStats = { ...workStats };
  html = pages.get(PAGE_URL)!;
  cards = parse(html).querySelectorAll("li .fr-card");
});

const card = (title: string) => cards.find((c) => c.querySelector(".fr-card__title")!.text.trim().startsWith(title))!;

describe("covers on the demo page", () => {
  it("are <picture>s with an AVIF source and a WebP image, every one decorative", () => {
    expect(cards).toHaveLength(14);
    for (const c of cards) {
      const picture = c.querySelector(".fr-card__header .fr-card__img picture")!;
      expect(picture).not.toBeNull();
      const sources = picture.querySelectorAll("source");
      expect(sources.map((s) => s.getAttribute("type"))).toEqual(["image/avif"]);
      const img = picture.querySelector("img")!;
      expect(img.getAttribute("alt")).toBe("");
      expect(img.getAttribute("decoding")).toBe("async");
      expect(Number(img.getAttribute("width"))).toBeGreaterThan(0);
      expect(Number(img.getAttribute("height"))).toBeGreaterThan(0);
      for (const el of [...sources, img]) {
        expect(el.getAttribute("sizes")).toMatch(/^\(min-width: 78em\) 382px, .*calc\(100vw - 34px\)$/);
        for (const candidate of el.getAttribute("srcset")!.split(", ")) {
          expect(candidate).toMatch(/^\/img\/plans-action\/couvertures\/[\w-]+-(\d+)\.(avif|webp) \1w$/);
        }
      }
    }
  });

  it("load the first row at once and the rest lazily", () => {
    const loading = cards.map((c) => c.querySelector("img")!.getAttribute("loading") ?? "eager");
    expect(loading).toEqual([...Array(3).fill("eager"), ...Array(11).fill("lazy")]);
  });

  it("serve the 500 px PNG covers at 320, 400 and 500 px, never enlarged", () => {
    const img = card("Réduction des impacts environnementaux du numérique").querySelector("img")!;
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["500", "281"]);
    expect(img.getAttribute("srcset")!.split(", ").map((c) => c.split(" ")[1])).toEqual(["320w", "400w", "500w"]);
  });

  it("show the real PDF's facts and a cover drawn from its first page", () => {
    const c = card(PDF_PLAN_TITLE);
    expect(c.querySelector(".fr-card__end .fr-card__detail")!.text).toBe("PDF - 1,06 Mo - 8 pages");
    expect(c.querySelector("a")!.text).toContain("télécharger (PDF - 1,06 Mo - 8 pages)");
    expect(c.querySelector("a")!.hasAttribute("hreflang")).toBe(false);
    const img = c.querySelector("img")!;
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["800", "450"]);
    expect(img.getAttribute("srcset")!.split(", ").map((x) => x.split(" ")[1])).toEqual(["320w", "400w", "640w", "800w"]);
  });

  it("mark an English PDF with hreflang and « Anglais », from the file's own /Lang", () => {
    const c = card("Digital sobriety action plan");
    expect(c.querySelector("a")!.getAttribute("hreflang")).toBe("en");
    expect(c.querySelector(".fr-card__end .fr-card__detail")!.text).toMatch(/^PDF - [\d,]+ (octets|ko) - 2 pages - Anglais$/);
  });

  it("cost the cold build one render per PDF without cover and one encode per file", () => {
    // 10 distinct PNG covers × 3 widths × 2 formats, and 2 drawn pages × 4 widths × 2 formats.
    expect(coldStats).toMatchObject({ pdfReads: 2, pdfRenders: 2, imageEncodes: 10 * 6 + 2 * 8 });
  });
});

describe("a second build, in another process", () => {
  it("reads no PDF, encodes no image, rewrites no cached file and prints the same page", async () => {
    const cacheDir = path.join(root, ".cache");
    const times = () =>
      readdirSync(cacheDir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [path.join(e.parentPath, e.name), statSync(path.join(e.parentPath, e.name)).mtimeMs] as const)
        .sort();
    const before = times();
    expect(before.length).toBeGreaterThan(10 * 6 + 2 * 8);

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join(PROJECT_ROOT, "tests/helpers/build-child.ts"), JSON.stringify(options)],
      { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    const warm = JSON.parse(stdout) as { stats: WorkStats; pages: Record<string, string> };
    expect(warm.stats).toMatchObject({ pdfReads: 0, pdfRenders: 0, imageEncodes: 0 });
    expect(warm.pages[PAGE_URL]).toBe(html);
    expect(times()).toEqual(before);
  });
});

describe("a file named .pdf that is not a PDF", () => {
  it("stops the build with a located French error, and nothing is written", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "plans-badpdf-"));
    writeFileSync(path.join(dir, "faux.pdf"), "Ceci n’est pas un PDF.\n");
    writeFileSync(
      path.join(dir, "plans.yaml"),
      "page:\n  title: T\n  description: D\n  date: 2022-04-01\nplans:\n  - ministry: M\n    title: T\n    link: /faux.pdf\n",
    );
    const output = path.join(dir, "_site");
    const error = await writeSite(output, { root: dir, dataFile: "plans.yaml" }).then(
      () => undefined,
      (e: unknown) => e as Error & { originalError?: Error },
    );
    const message = `${error?.message} ${error?.originalError?.message ?? ""}`;
    expect(message).toMatch(/plans\.yaml:8:11 erreur plans\[0\]\.link : le fichier « \/faux\.pdf » n’est pas un PDF lisible/);
    expect(message).toContain("rien n’a été écrit");
    expect(() => readdirSync(output)).toThrow();
  });
});

describe("covers on a page grouped by year", () => {
  it("load only the newest year's first row at once", async () => {
    const pages = await buildSite({ dataFile: TWO_YEARS });
    const root = parse(pages.get(PAGE_URL)!);
    const groups = root.querySelectorAll("ul.fr-grid-row").filter((ul) => ul.querySelector(".fr-card"));
    expect(groups).toHaveLength(2);
    const loading = groups.map((ul) => ul.querySelectorAll(".fr-card__img img").map((img) => img.getAttribute("loading") ?? "eager"));
    expect(loading).toEqual([["eager", "eager", "eager"], ["lazy", "lazy"]]);
  });
});
