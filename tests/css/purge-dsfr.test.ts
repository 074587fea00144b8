/**
 * The purge of DSFR's CSS, on a small stand-in for DSFR's `dist/` (a core sheet declaring custom
 * properties and font faces, a component sheet using them), and the cache around it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cssReferences, purgeDsfr, rebaseUrls } from "../../src/css/purge-dsfr.ts";

/** A fresh stand-in each time (its own content, so no test reuses another's cached result). */
function fakeDist(): string {
  const dist = mkdtempSync(path.join(tmpdir(), "fake-dsfr-"));
  mkdirSync(path.join(dist, "core"));
  mkdirSync(path.join(dist, "component/card"), { recursive: true });
  writeFileSync(
    path.join(dist, "core/core.css"),
    [
      `/* ${path.basename(dist)} */`,
      ":root{--used-by-card:#000091;--unused:#e1000f;--chained:var(--used-by-card)}",
      "@font-face{font-family:Marianne;font-weight:400;src:url(../fonts/Marianne-Regular.woff2) format(\"woff2\"),url(../fonts/Marianne-Regular.woff) format(\"woff\")}",
      "@font-face{font-family:Spectral;src:url(../fonts/Spectral.woff2)}",
      "body{font-family:Marianne}",
      ".fr-unused{color:red}",
    ].join("\n"),
  );
  writeFileSync(
    path.join(dist, "component/card/card.css"),
    ".fr-card{color:var(--chained)}.fr-card__title:before{mask-image:url(../../icons/arrow.svg)}.fr-tile{color:var(--unused)}",
  );
  return dist;
}

const SHEETS = ["core/core.css", "component/card/card.css"];
const page = (title: string, extra = "") =>
  `<!DOCTYPE html><html lang="fr"><body><div class="fr-card${extra}"><h2 class="fr-card__title">${title}</h2></div></body></html>`;

describe("rebaseUrls and cssReferences", () => {
  it("rewrites relative urls for the joined sheet and leaves the others alone", () => {
    const css = `a{background:url(../../icons/a.svg)}b{background:url("../fonts/b.woff2")}c{background:url(data:image/svg+xml,x)}d{background:url(/abs.png)}`;
    expect(rebaseUrls(css, "component/card", ".")).toContain("url(icons/a.svg)");
    expect(rebaseUrls(css, "core", ".")).toContain('url("fonts/b.woff2")');
    expect(rebaseUrls(css, "core", ".")).toContain("url(data:image/svg+xml,x)");
    expect(rebaseUrls(css, "core", ".")).toContain("url(/abs.png)");
  });

  it("lists the files a sheet needs, without the woff fallbacks", () => {
    const css = `x{src:url(fonts/a.woff2) format("woff2"),url(fonts/a.woff) format("woff")}y{mask:url(icons/b.svg)}z{background:url(data:x)}`;
    expect(cssReferences(css)).toEqual(["fonts/a.woff2", "icons/b.svg"]);
  });
});

describe("purgeDsfr", () => {
  it("keeps what the pages use, across sheets, and drops the rest", async () => {
    const dist = fakeDist();
    const result = await purgeDsfr({ html: [page("Un")], dist, stylesheets: SHEETS, target: "dsfr.css" });
    expect(result.source).toBe("purge");
    expect(result.css).toContain(".fr-card{");
    expect(result.css).toContain(".fr-card__title:before");
    expect(result.css).not.toContain(".fr-unused");
    expect(result.css).not.toContain(".fr-tile");
    // A custom property declared in core and used by the card sheet (through another) stays.
    expect(result.css).toContain("--used-by-card:#000091");
    expect(result.css).toContain("--chained:var(--used-by-card)");
    expect(result.css).not.toContain("--unused");
    // The face the page uses stays; the other goes. Urls now start from the joined sheet.
    expect(result.css).not.toContain("Spectral");
    expect(result.references).toEqual(["fonts/Marianne-Regular.woff2", "icons/arrow.svg"]);
  });

  it("reuses the result when only the pages' text changed, and purges again for a new class", async () => {
    const dist = fakeDist();
    const options = { dist, stylesheets: SHEETS, target: "dsfr.css" };
    expect((await purgeDsfr({ ...options, html: [page("Un")] })).source).toBe("purge");
    expect((await purgeDsfr({ ...options, html: [page("Deux, un autre titre")] })).source).toBe("memory");
    const withTile = await purgeDsfr({ ...options, html: [page("Un", " fr-tile")] });
    expect(withTile.source).toBe("purge");
    expect(withTile.css).toContain(".fr-tile");
  });

  it("keeps its results on disk for the next process", async () => {
    const dist = fakeDist();
    const cacheDir = mkdtempSync(path.join(tmpdir(), "purge-cache-"));
    const options = { dist, stylesheets: SHEETS, target: "dsfr.css", cacheDir, html: [page("Un")] };
    const first = await purgeDsfr(options);
    const [file] = readdirSync(cacheDir);
    expect(readFileSync(path.join(cacheDir, file!), "utf8")).toBe(first.css);

    vi.resetModules(); // a fresh module: nothing in memory, as in a new build process
    const fresh = await import("../../src/css/purge-dsfr.ts");
    const second = await fresh.purgeDsfr(options);
    expect(second.source).toBe("disk");
    expect(second.css).toBe(first.css);
  });

  it("reads the selectors of the same set of pages from one entry, and a changed page from the pages' own", async () => {
    const dist = fakeDist();
    const cacheDir = mkdtempSync(path.join(tmpdir(), "purge-cache-"));
    const options = { dist, stylesheets: SHEETS, target: "dsfr.css", cacheDir };
    // Titles of this test only: the module keeps earlier tests' pages in memory.
    const pages = [page("Alpha"), page("Bêta"), page("Gamma")];
    const first = await purgeDsfr({ ...options, html: pages });
    const selectorsDir = path.join(cacheDir, "dsfr-selectors");
    const entries = readdirSync(selectorsDir);
    expect(entries.filter((f) => f.startsWith("all-"))).toHaveLength(1);
    expect(entries).toHaveLength(4); // 3 pages and their union
    // A new process with the page entries gone: the union alone gives the same stylesheet.
    for (const f of entries.filter((name) => !name.startsWith("all-"))) rmSync(path.join(selectorsDir, f));
    vi.resetModules();
    const fresh = await import("../../src/css/purge-dsfr.ts");
    expect((await fresh.purgeDsfr({ ...options, html: pages })).css).toBe(first.css);
    expect(readdirSync(selectorsDir)).toHaveLength(1);
    // One page changed, with a class of its own: that page is read, and its class kept.
    const changed = await fresh.purgeDsfr({ ...options, html: [pages[0]!, pages[1]!, page("Gamma", " fr-tile")] });
    expect(changed.css).toContain(".fr-tile");
    // Still one union entry for the stylesheet: replaced, not added to.
    const unions = readdirSync(selectorsDir).filter((f) => f.startsWith("all-"));
    expect(unions).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(selectorsDir, unions[0]!), "utf8")).selectors.classes).toContain("fr-tile");
  });

  it("purges again when DSFR's files change (a DSFR update)", async () => {
    const dist = fakeDist();
    const options = { dist, stylesheets: SHEETS, target: "dsfr.css", html: [page("Un")] };
    await purgeDsfr(options);
    writeFileSync(path.join(dist, "component/card/card.css"), ".fr-card{color:green}");
    const updated = await purgeDsfr(options);
    expect(updated.source).toBe("purge");
    expect(updated.css).toContain(".fr-card{color:green}");
  });
});
