/**
 * The precompiled components (dist/templates.cjs): used only when they exist and were compiled by
 * the same major version of Nunjucks as the one Eleventy renders with; and then equivalent to
 * compiling the .njk files (the installed-package test compares whole pages).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { compiledTemplatesSource } from "../scripts/precompile-templates.ts";
import { srcsetWithPathPrefix, withPathPrefix } from "../src/export/urls.ts";
import { precompiledLoader, precompiledTemplates } from "../src/templates.ts";

const dir = mkdtempSync(path.join(tmpdir(), "plans-action-templates-"));
const eleventyNunjucks = (createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"))("nunjucks/package.json") as { version: string })
  .version;

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe("precompiledTemplates", () => {
  it("is undefined from the sources, where there is no compiled file", () => {
    expect(precompiledTemplates(path.join(dir, "absent.cjs"))).toBeUndefined();
  });

  it("is undefined when Eleventy's Nunjucks is of another major version than the compiler's", () => {
    const other = `${Number(eleventyNunjucks.split(".")[0]) + 1}.0.0`;
    expect(precompiledTemplates(write("other.cjs", `exports.nunjucksVersion = "${other}"; exports.templates = {};`))).toBeUndefined();
  });

  it("serves every component, rendered as Nunjucks renders the .njk file", () => {
    const compiled = precompiledTemplates(write("templates.cjs", compiledTemplatesSource()));
    expect(compiled?.nunjucksVersion.split(".")[0]).toBe(eleventyNunjucks.split(".")[0]);
    expect(Object.keys(compiled!.templates)).toContain("plans-action/card.njk");

    const fromFiles = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.resolve("_includes")), { autoescape: true });
    const precompiled = new nunjucks.Environment([precompiledLoader(compiled!) as unknown as nunjucks.ILoader], { autoescape: true });
    // The plugin's URL filters, as a site with the path prefix /depot/ has them.
    for (const env of [fromFiles, precompiled]) {
      env.addFilter("plansActionHref", (url: string) => withPathPrefix(url, "/depot/"));
      env.addFilter("plansActionSrcset", (srcset: string) => srcsetWithPathPrefix(srcset, "/depot/"));
    }
    const plan = {
      title: "Plan <2023>",
      ministry: "Ministère de la Culture",
      language: "en",
      document: { url: "/docs/plan.pdf", detail: "PDF - 1 Mo - Anglais" },
      image: { src: "/c.webp", width: 400, height: 225, sources: [{ type: "image/avif", srcset: "/c.avif 400w" }] },
    };
    const template = '{% from "plans-action/card.njk" import card %}{{ card(plan, headingLevel=3, eager=true) }}';
    const html = precompiled.renderString(template, { plan });
    expect(html).toContain('<h3 class="fr-card__title">');
    expect(html).toContain("Plan &lt;2023&gt;");
    expect(html).toContain('href="/depot/docs/plan.pdf"');
    expect(html).toContain('srcset="/depot/c.avif 400w"');
    expect(html).toBe(fromFiles.renderString(template, { plan }));
  });

  it("returns null for a template it does not have, so that the next loader is asked", () => {
    const compiled = precompiledTemplates(write("templates2.cjs", compiledTemplatesSource()))!;
    expect(precompiledLoader(compiled).getSource("plans-action/absent.njk")).toBeNull();
  });
});
