/**
 * The published package, used the way another State site would use it: `npm pack`, the tarball
 * installed offline into a throw-away Eleventy 3 site whose `eleventy.config.js` is plain
 * JavaScript (no TypeScript, no tsx), holding only the YAML, the documents and the covers; then
 * a real `eleventy` build, and the HTML it wrote.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, PROJECT_ROOT } from "../helpers/build.ts";
import { cleanEnv, copySiteContent, eleventy, installedCopies, installPacked, pack, run } from "../helpers/packed.ts";

const PAGE = "publications/plans-action-ministeres/index.html";

let tmp: string;
let site: string;
let packedFiles: string[];

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "plans-action-pack-"));
  const packed = await pack(tmp);
  packedFiles = packed.files;
  site = path.join(tmp, "site");
  mkdirSync(site);
  await installPacked(site, `../${packed.filename}`);
  // A site with none of the plugin's files: its data, its documents, its covers, and one line of config.
  copySiteContent(site);
  writeFileSync(
    path.join(site, "eleventy.config.js"),
    [
      'import plansAction from "eleventy-plugin-plans-action";',
      "",
      "export default function (eleventyConfig) {",
      "  eleventyConfig.addPlugin(plansAction);",
      "}",
      "",
    ].join("\n"),
  );
  await eleventy(site);
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function read(file: string): string {
  return readFileSync(path.join(site, "_site", file), "utf8");
}

function grid(html: string): HTMLElement {
  const list = parse(html).querySelector("main ul.fr-grid-row");
  if (!list) throw new Error("no card grid in the page");
  return list;
}

describe("the packed tarball", () => {
  it("holds only what a user needs: dist, the Nunjucks components, the JSON Schema, README, LICENSE", () => {
    const allowed =
      /^(dist\/.+\.(js|cjs|d\.ts|d\.cts)|_includes\/plans-action\/[\w-]+\.njk|data\/plans-action\.schema\.json|assets\/couverture-neutre\.svg|documentation\/guide-redaction\.md|README\.md|LICENSE|package\.json)$/;
    expect(packedFiles.filter((f) => !allowed.test(f))).toEqual([]);
    const components = readdirSync(path.join(PROJECT_ROOT, "_includes/plans-action")).map((f) => `_includes/plans-action/${f}`);
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        "dist/index.js",
        "dist/index.d.ts",
        "data/plans-action.schema.json",
        "README.md",
        "LICENSE",
        ...components,
      ]),
    );
  });

  it("holds every file its code opens from the package root (packageFile(…))", () => {
    const installed = path.join(site, "node_modules/eleventy-plugin-plans-action");
    const modules = packedFiles.filter((f) => /^dist\/.+\.js$/.test(f));
    expect(modules.sort()).toEqual(["dist/cli/check.js", "dist/cli/import.js", "dist/index.js"]);
    const referenced = new Set<string>();
    for (const file of modules) {
      const code = readFileSync(path.join(installed, file), "utf8");
      // Each argument a string, or a constant the bundle declares as one (`var X = "templates.cjs"`).
      const value = (arg: string) =>
        /^"[^"]*"$/.test(arg) ? JSON.parse(arg) : JSON.parse(new RegExp(`var ${arg} = ("[^"]*");`).exec(code)?.[1] ?? "null");
      for (const [, args] of code.matchAll(/packageFile\(([^)]*)\)/g)) {
        if (args!.startsWith("...")) continue; // the function itself
        referenced.add(path.join(...args!.split(/,\s*/).map(value)));
      }
    }
    expect([...referenced].sort()).toEqual(
      ["_includes", "assets/couverture-neutre.svg", "data/plans-action.schema.json", "dist/templates.cjs", "package.json"].map((f) => path.join(f)),
    );
    for (const target of referenced) expect(existsSync(path.join(installed, target)), target).toBe(true);
  });

  it("declares its entry points, types and peers the way npm and TypeScript read them", () => {
    const installed = JSON.parse(readFileSync(path.join(site, "node_modules/eleventy-plugin-plans-action/package.json"), "utf8"));
    expect(installed.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
    expect(installed.keywords).toContain("eleventy-plugin");
    expect(Object.keys(installed.peerDependencies).sort()).toEqual(["@11ty/eleventy", "@gouvfr/dsfr", "@sveltia/cms"]);
    expect(installed.peerDependenciesMeta).toEqual({ "@sveltia/cms": { optional: true } }); // only for the `admin` option
    expect(installed.dependencies).not.toHaveProperty("@11ty/eleventy");
    // Ranges, so npm can share a copy the site already has; and no sharp but eleventy-img's.
    expect(Object.entries(installed.dependencies).filter(([, range]) => !/^(\^|>=)/.test(range as string))).toEqual([]);
    expect(installed.dependencies).not.toHaveProperty("sharp");
  });

  it("installs one sharp and one eleventy-img: the plugin has no sharp of its own", () => {
    expect(installedCopies(site, "sharp")).toHaveLength(1);
    expect(installedCopies(site, "@11ty/eleventy-img")).toHaveLength(1);
  });
});

describe("a plain JavaScript Eleventy site with the installed plugin", () => {
  it("builds the page with its 13 cards, the one real document linked with its size and pages", () => {
    const items = grid(read(PAGE)).querySelectorAll(":scope > li");
    expect(items).toHaveLength(13);
    expect(items[0]!.querySelector(".fr-card__start .fr-card__detail")?.text).toBe("Ministère de la Culture");
    const linked = items.filter((li) => li.querySelector("a"));
    expect(linked).toHaveLength(1);
    expect(linked[0]!.querySelector("a")!.getAttribute("href")).toBe("/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf");
    expect(linked[0]!.querySelector(".fr-card__end .fr-card__detail")?.text).toBe("PDF - 1,06 Mo - 8 pages");
  });

  it("writes the same card markup as the demo site", async () => {
    const demo = (await buildSite()).get("/publications/plans-action-ministeres/");
    expect(grid(read(PAGE)).outerHTML).toBe(grid(demo!).outerHTML);
  });

  it("renders the plugin's components compiled ahead of time (dist/templates.cjs), not from the .njk files", async () => {
    const components = path.join(site, "node_modules/eleventy-plugin-plans-action/_includes/plans-action");
    const aside = `${components}.ailleurs`;
    const before = read(PAGE);
    renameSync(components, aside);
    try {
      rmSync(path.join(site, "_site"), { recursive: true, force: true });
      await eleventy(site);
      expect(read(PAGE)).toBe(before);
    } finally {
      renameSync(aside, components);
    }
  });

  it("installs the commands: plans-action-check accepts the site's data, plans-action-import turns a page into data it accepts", async () => {
    const bin = (name: string, args: string[]) => run(path.join(site, "node_modules/.bin", name), args, { cwd: site, env: cleanEnv() });
    expect((await bin("plans-action-check", ["data/plans-action.yaml"])).stdout).toMatch(/^data\/plans-action\.yaml : valide, 13 plans vérifiés/);
    const list = '<li><a href="/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf">Bilan</a> (PDF - 1,06 Mo)</li><li><a href="#">À venir</a></li>';
    writeFileSync(path.join(site, "liste.html"), `<!doctype html><html lang="fr"><body><main><ul>${list}</ul></main></body></html>`);
    const { stderr } = await bin("plans-action-import", ["liste.html", "--out", "data/importee.yaml"]);
    expect(stderr).toBe("data/importee.yaml écrit : 2 éléments (dont 1 à paraître), 0 catégorie, 0 lien mort ; rien n’a été laissé de côté.\n");
    expect(readFileSync(path.join(site, "data/importee.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/eleventy-plugin-plans-action\/data\//);
    expect((await bin("plans-action-check", ["data/importee.yaml"])).stdout).toBe("data/importee.yaml : valide, 2 éléments vérifiés (0 erreur, 0 avertissement).\n");
    for (const file of ["liste.html", "data/importee.yaml"]) rmSync(path.join(site, file)); // the later builds stay the demo's
  });

  it("copies every stylesheet, font, document and cover the page refers to into the output", () => {
    const root = parse(read(PAGE));
    const stylesheets = root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute("href")!);
    expect(stylesheets).toEqual(["/assets/dsfr/dsfr.css"]);
    const local = [
      ...stylesheets,
      ...root.querySelectorAll("main a[href^='/docs/']").map((a) => a.getAttribute("href")!),
      ...root.querySelectorAll("main img").map((img) => img.getAttribute("src")!),
    ];
    for (const url of local) expect(existsSync(path.join(site, "_site", url)), url).toBe(true);
    expect(existsSync(path.join(site, "_site/assets/dsfr/fonts/Marianne-Regular.woff2"))).toBe(true);
  });

  it("lets the site override a component and use the plugin's components in its own layouts", async () => {
    mkdirSync(path.join(site, "_includes/plans-action"), { recursive: true });
    writeFileSync(
      path.join(site, "_includes/plans-action/footer.njk"),
      '<footer class="fr-footer" id="pied-de-page"><p id="pied-du-site">Le pied de page du site</p></footer>\n',
    );
    writeFileSync(
      path.join(site, "_includes/mon-gabarit.njk"),
      '{% extends "plans-action/base.njk" %}{% block content %}<h1>{{ title }}</h1>{{ content | safe }}{% endblock %}\n',
    );
    writeFileSync(
      path.join(site, "derniers.njk"),
      [
        "---",
        "layout: mon-gabarit.njk",
        "title: Derniers plans",
        "permalink: /derniers/",
        "---",
        "{% set plans = plansAction.plans.slice(0, 2) %}{% set headingLevel = 3 %}",
        '{% include "plans-action/grid.njk" %}',
        "",
      ].join("\n"),
    );
    await eleventy(site);

    expect(parse(read(PAGE)).querySelector("#pied-du-site")?.text).toBe("Le pied de page du site");
    const own = parse(read("derniers/index.html"));
    expect(own.querySelector("#pied-du-site")).not.toBeNull();
    expect(own.querySelector("header.fr-header")).not.toBeNull();
    expect(own.querySelectorAll("main ul.fr-grid-row > li h3.fr-card__title")).toHaveLength(2);
  });

  it("renders the site's own card macro in the plugin's grid, and its card in a layout of the site", async () => {
    const card = path.join(site, "_includes/plans-action/card.njk");
    writeFileSync(
      card,
      '{% macro card(plan, headingLevel=2, eager=false, coverSizes="") %}<p class="ma-carte" data-niveau="{{ headingLevel }}">{{ plan.title }}</p>{% endmacro %}\n',
    );
    writeFileSync(
      path.join(site, "une-carte.njk"),
      '---\npermalink: /une-carte/\n---\n{% from "plans-action/card.njk" import card %}{{ card(plansAction.plans[0], headingLevel=4) }}\n',
    );
    try {
      await eleventy(site);
      const cards = parse(read(PAGE)).querySelectorAll("main ul.fr-grid-row > li > p.ma-carte");
      expect(cards).toHaveLength(13);
      expect(cards[0]!.getAttribute("data-niveau")).toBe("2");
      expect(parse(read("une-carte/index.html")).querySelector("p.ma-carte")?.getAttribute("data-niveau")).toBe("4");
    } finally {
      rmSync(card);
      rmSync(path.join(site, "une-carte.njk"));
    }
  });

  it("loads neither TypeBox nor Ajv's compiler (compiled by npm run schema), nor parse5, sharp, canvas or PurgeCSS (loaded when needed)", async () => {
    // An ES module resolve hook reports every package module the plugin's import pulls in.
    writeFileSync(
      path.join(tmp, "hook.mjs"),
      'export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write("RESOLVED " + r.url + "\\n"); return r; }\n',
    );
    writeFileSync(path.join(tmp, "register.mjs"), 'import { register } from "node:module";\nregister("./hook.mjs", import.meta.url);\n');
    const { stderr } = await run(
      process.execPath,
      ["--import", path.join(tmp, "register.mjs"), "--input-type=module", "-e", 'await import("eleventy-plugin-plans-action");'],
      { cwd: site },
    );
    const resolved = stderr.split("\n").filter((l) => l.startsWith("RESOLVED "));
    expect(resolved.some((l) => l.includes("/eleventy-plugin-plans-action/dist/index.js"))).toBe(true);
    expect(resolved.filter((l) => /@sinclair\/typebox|\/ajv\/dist\/(ajv|core|compile)|\/node_modules\/(parse5|sharp|@napi-rs\/canvas|purgecss)\//.test(l))).toEqual([]);
  });

  it("gives TypeScript users types that refuse wrong options (tests/types/options.typecheck.ts)", async () => {
    cpSync(path.join(PROJECT_ROOT, "tests/types/options.typecheck.ts"), path.join(site, "options.typecheck.ts"));
    writeFileSync(
      path.join(site, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["options.typecheck.ts"],
      }),
    );
    const tsc = path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc");
    // Exit 0 means every right line compiled and every `@ts-expect-error` line was an error.
    const result = await run(process.execPath, [tsc, "-p", site], { cwd: site }).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe("");
  });
});

describe("a site that already depends on @11ty/eleventy-img", () => {
  let host: string;
  const lockedVersion = (name: string): string =>
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package-lock.json"), "utf8")).packages[`node_modules/${name}`].version;

  beforeAll(async () => {
    host = path.join(tmp, "host");
    mkdirSync(host);
    const tarball = readdirSync(tmp).find((f) => f.endsWith(".tgz"))!;
    await installPacked(host, `../${tarball}`, { "@11ty/eleventy-img": lockedVersion("@11ty/eleventy-img") });
    copySiteContent(host);
    writeFileSync(
      path.join(host, "eleventy.config.js"),
      'import plansAction from "eleventy-plugin-plans-action";\nexport default (eleventyConfig) => eleventyConfig.addPlugin(plansAction);\n',
    );
    await eleventy(host);
  }, 240_000);

  it("shares the site's eleventy-img, and installs one sharp, the one it resolves", () => {
    expect(installedCopies(host, "@11ty/eleventy-img")).toEqual([lockedVersion("@11ty/eleventy-img")]);
    expect(installedCopies(host, "sharp")).toEqual([lockedVersion("sharp")]);
  });

  it("still builds its covers: every file each card's <picture> names is written", () => {
    const pictures = parse(readFileSync(path.join(host, "_site", PAGE), "utf8")).querySelectorAll("main picture");
    expect(pictures).toHaveLength(13);
    const urls = pictures.flatMap((p) => [
      p.querySelector("img")!.getAttribute("src")!,
      ...p.querySelectorAll("[srcset]").flatMap((el) => el.getAttribute("srcset")!.split(", ").map((c) => c.split(" ")[0]!)),
    ]);
    expect(urls.filter((u) => u.endsWith(".avif")).length).toBeGreaterThan(0);
    for (const url of urls) expect(existsSync(path.join(host, "_site", url)), url).toBe(true);
  });
});
