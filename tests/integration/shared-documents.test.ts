/**
 * Two lists that link the same documents, on an empty cache: the first build of a site whose
 * second list shares the plans' PDF failed on the cache's rename. Each list gets every document
 * with its facts and cover, each PDF is read once for both, and two builds of the site at once
 * (two processes, one cache folder) both succeed and leave only whole entries behind.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetWorkStats, workStats, type WorkStats } from "../../src/enrich/work-stats.ts";
import plansAction from "../../src/index.ts";
import type { PlansActionOptions } from "../../src/options.ts";
import { buildSite, PROJECT_ROOT, type Configure } from "../helpers/build.ts";
import { makePdf } from "../helpers/pdf.ts";

const PLANS = "/publications/plans-action-ministeres/";
const GUIDES = "/publications/guides/";
const PAGE = "  description: Desc\n  date: 2022-04-01\nplans:\n";
/** Two PDFs, one drawn as its own cover and one with a PNG cover: every document of both lists. */
const DOCUMENTS =
  "  - ministry: Ministère A\n    title: Plan A\n    link: /docs/a.pdf\n" +
  "  - ministry: Ministère B\n    title: Plan B\n    link: /docs/b.pdf\n    cover: /img/b.png\n";

let root: string;
let plansOptions: PlansActionOptions;
let guidesOptions: PlansActionOptions;
let pages: Map<string, string>;
let stats: WorkStats;

const withGuides = (options: PlansActionOptions): Configure => (eleventyConfig) => eleventyConfig.addPlugin(plansAction, options);

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "plans-shared-"));
  mkdirSync(path.join(root, "docs"));
  mkdirSync(path.join(root, "img"));
  writeFileSync(path.join(root, "docs/a.pdf"), await makePdf({ pages: 2, tagged: true, title: "A" }));
  writeFileSync(path.join(root, "docs/b.pdf"), await makePdf({ pages: 3, tagged: true, title: "B" }));
  copyFileSync(path.join(PROJECT_ROOT, "img/plans-action/couverture-mte.png"), path.join(root, "img/b.png"));
  writeFileSync(path.join(root, "plans.yaml"), `page:\n  title: Plans\n${PAGE}${DOCUMENTS}`);
  writeFileSync(path.join(root, "guides.yaml"), `page:\n  title: Guides\n${PAGE}${DOCUMENTS}`);
  plansOptions = { root, dataFile: "plans.yaml", cacheDir: ".cache" };
  guidesOptions = { root, dataFile: "guides.yaml", url: GUIDES, dataKey: "guides", cacheDir: ".cache" };
  resetWorkStats();
  pages = await buildSite(plansOptions, undefined, withGuides(guidesOptions));
  stats = { ...workStats };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each card's title, document details and cover, in order. */
function cards(url: string) {
  return parse(pages.get(url)!)
    .querySelectorAll("li .fr-card")
    .map((card) => ({
      title: card.querySelector(".fr-card__title a")!.childNodes[0]!.text.trim(),
      detail: card.querySelector(".fr-card__end .fr-card__detail")?.text,
      cover: card.querySelector("img")?.getAttribute("src"),
    }));
}

describe("two lists linking the same documents, built on an empty cache", () => {
  it("give each list every document with its pages and size, and the same covers", () => {
    const plans = cards(PLANS);
    expect(plans.map((c) => c.title)).toEqual(["Plan A", "Plan B"]);
    expect(plans[0]!.detail).toMatch(/^PDF - [\d,]+ (octets|ko) - 2 pages$/);
    expect(plans[1]!.detail).toMatch(/^PDF - [\d,]+ (octets|ko) - 3 pages$/);
    for (const card of plans) expect(card.cover).toMatch(/\.webp$/);
    expect(cards(GUIDES)).toEqual(plans);
  });

  it("read each PDF once, draw its page once and encode each cover once, for both lists", () => {
    // 2 PDFs; a.pdf's page drawn at 4 widths × 2 formats, the 500 px PNG at 3 widths × 2 formats.
    expect(stats).toMatchObject({ pdfReads: 2, pdfRenders: 1, imageEncodes: 4 * 2 + 3 * 2 });
  });
});

describe("two builds of the site at once, in two processes, on one empty cache", () => {
  it("both succeed with the same pages, and the cache holds only whole JSON entries, no *.tmp", async () => {
    const cacheDir = ".cache-together";
    const child = () =>
      promisify(execFile)(
        process.execPath,
        [
          "--import",
          "tsx",
          path.join(PROJECT_ROOT, "tests/helpers/build-child.ts"),
          JSON.stringify({ ...plansOptions, cacheDir }),
          JSON.stringify([{ ...guidesOptions, cacheDir }]),
        ],
        { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 },
      );
    const builds = await Promise.all([child(), child()]);
    for (const { stdout } of builds) {
      const built = JSON.parse(stdout) as { pages: Record<string, string> };
      expect(built.pages[PLANS]).toBe(pages.get(PLANS));
      expect(built.pages[GUIDES]).toBe(pages.get(GUIDES));
    }
    const entries = readdirSync(path.join(root, cacheDir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const names = entries.map((e) => path.relative(path.join(root, cacheDir), path.join(e.parentPath, e.name)));
    expect(names.filter((name) => name.endsWith(".tmp") || name.includes(".encoding-"))).toEqual([]);
    const json = entries.filter((e) => e.name.endsWith(".json"));
    // The PDFs' facts, the two covers, and each list's data file.
    expect(json.length).toBeGreaterThanOrEqual(2 + 2 + 2);
    for (const entry of json) expect(() => JSON.parse(readFileSync(path.join(entry.parentPath, entry.name), "utf8"))).not.toThrow();
  });
});
