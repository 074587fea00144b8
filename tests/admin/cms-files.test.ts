/**
 * Sveltia CMS's files as the editing page serves them: the bundle rewritten so that it loads its
 * fonts, translations and own files from the site, each rewritten address backed by a copied
 * file; a bundle in which what is rewritten is no longer found stops the build in French.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CMS_SCRIPT, cmsFiles, cmsPackageDir } from "../../src/admin/cms-files.ts";
import { PROJECT_ROOT } from "../helpers/build.ts";

const packageDir = cmsPackageDir([PROJECT_ROOT]);
const files = cmsFiles(packageDir, "/depot/edition/");
const bundle = files.written.get(CMS_SCRIPT)!;

describe("the CMS's files", () => {
  it("are the installed @sveltia/cms's", () => {
    expect(packageDir).toBe(path.join(PROJECT_ROOT, "node_modules/@sveltia/cms"));
    const original = readFileSync(path.join(packageDir, "dist/sveltia-cms.js"), "utf8");
    expect(original).toContain("https://cdn.jsdelivr.net/fontsource/");
    expect(original).toContain("https://unpkg.com/@sveltia/cms");
  });

  it("load nothing from another host: every jsDelivr and unpkg address points into the page's folder", () => {
    // (githubstatus.com's home page stays: a link the sign-in screen shows, not a request.)
    expect([...bundle.matchAll(/cdn\.jsdelivr\.net|unpkg\.com|githubstatus\.com\/api/g)].map((m) => m[0])).toEqual([]);
    const fonts = [...bundle.matchAll(/url\((\/depot\/edition\/cms\/fonts\/[^)]+)\)/g)].map((m) => m[1]);
    expect(fonts.sort()).toEqual([
      "/depot/edition/cms/fonts/material-symbols-outlined-latin-wght-normal.woff2",
      "/depot/edition/cms/fonts/noto-mono-latin-400-normal.woff2",
      "/depot/edition/cms/fonts/source-sans-3-latin-wght-normal.woff2",
    ]);
    // Each font address is a copied file: the very fontsource file the CDN would have served.
    for (const font of fonts) {
      const source = files.copied.get(font!.replace("/depot/edition/", ""));
      expect(source, font).toMatch(/npm\/assets\/.+\.woff2$/);
    }
    expect(bundle).toContain("`/depot/edition/cms`");
    expect(files.copied.get("cms/locales/fr.json")).toBe(path.join(packageDir, "locales/fr.json"));
    expect(files.copied.has("cms/dist/chunks/react-dom.js")).toBe(true);
    // The update check reads the copied version: no « new version » from another host.
    expect(JSON.parse(files.written.get("cms/package.json")!).version).toBe(JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")).version);
  });

  describe("a bundle that no longer holds what is rewritten", () => {
    const fake = mkdtempSync(path.join(tmpdir(), "sveltia-"));
    afterAll(() => rmSync(fake, { recursive: true, force: true }));
    cpSync(packageDir, fake, { recursive: true, filter: (src) => !src.endsWith(".map") });
    const write = (text: string) => writeFileSync(path.join(fake, "dist/sveltia-cms.js"), text);
    const original = readFileSync(path.join(packageDir, "dist/sveltia-cms.js"), "utf8");

    it("stops the build in French, naming the package, its version and what is missing", () => {
      write(original.replaceAll("https://cdn.jsdelivr.net/fontsource/", "https://fonts.example.net/"));
      expect(() => cmsFiles(fake, "/admin/")).toThrow(/^plans-action : @sveltia\/cms 0\.\d+\.\d+ ne contient plus ses polices à l’adresse cdn\.jsdelivr\.net\/fontsource : la page d’édition chargerait des fichiers depuis un autre site\./);
      write(original.replace(/`https:\/\/unpkg\.com\/@sveltia\/cms`/, "`https://cdn.example.net/@sveltia/cms`"));
      expect(() => cmsFiles(fake, "/admin/")).toThrow(/ne contient plus l’adresse de ses fichiers \(https:\/\/unpkg\.com\/@sveltia\/cms\)/);
    });

    it("and says how to install one it knows", () => {
      rmSync(path.join(fake, "npm/assets"), { recursive: true });
      write(original);
      expect(() => cmsFiles(fake, "/admin/")).toThrow(/npm install --save-dev @sveltia\/cms@0\.221/);
    });
  });

  it("are asked for by name when the site has not installed them", () => {
    expect(() => cmsPackageDir([tmpdir()])).toThrow(/l’option « admin » demande Sveltia CMS, introuvable depuis .* npm install --save-dev @sveltia\/cms/);
  });
});
