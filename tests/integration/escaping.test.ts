/**
 * Text is data, never markup: whatever an editor types in a title, a ministry, the page's texts or
 * the intro's Markdown reaches the visitor as text. Checked on the built HTML with an HTML parser
 * (node-html-parser): no injected element, no injected attribute, no template code run.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { dump } from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";
import { attr, attributes, byClass, byTag, elements, parseHtml, tag, textContent } from "../helpers/html.ts";

const TITLE = `<script>alert("titre")</script> « l’été » & 'apostrophes'`;
const MINISTRY = `<img src=x onerror="alert('ministère')"> Ministère " onmouseover="alert(1)`;
const TEMPLATE_TITLE = `{{ 7 * 7 }} {% raw %}brut{% endraw %} {{ "a" | upper }}`;
const TEMPLATE_MINISTRY = `{% set x = "piège" %}{{ x }} Ministère`;
const PAGE_TITLE = `Plans <b>gras</b> & "citations" {{ 6 * 7 }}`;
const DESCRIPTION = `Résumé <script>alert(3)</script> " onload="alert(4)`;
const NAV_TITLE = `Plans <i>nav</i> {{ 1 + 1 }}`;
const INTRO = [
  "Un [lien](https://www.example.gouv.fr/) avec de l’*emphase* et du **gras**.",
  "",
  `<script>alert("intro")</script> <img src=x onerror=alert(5)> <a href="javascript:alert(6)">clic</a>`,
  "",
  "[piège](javascript:alert(7)) {{ 7 * 7 }} {% if true %}oui{% endif %}",
].join("\n");

let pages: Map<string, string>;
/** The HTML pages (the site also writes JSON, CSV, a feed and a sitemap). */
const htmlPages = () => [...pages].filter(([url]) => url.endsWith("/") || url.endsWith(".html"));
beforeAll(async () => {
  const data = {
    page: {
      title: PAGE_TITLE,
      description: DESCRIPTION,
      date: "2022-04-01",
      intro: INTRO,
      navigation: { key: "plansAction", parent: "publications", title: NAV_TITLE, order: 30 },
    },
    plans: [
      { ministry: MINISTRY, title: TITLE, link: "/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf" },
      { ministry: TEMPLATE_MINISTRY, title: TEMPLATE_TITLE },
    ],
  };
  const dir = mkdtempSync(path.join(tmpdir(), "plans-escape-"));
  const file = path.join(dir, "plans.yaml");
  writeFileSync(file, dump(data));
  try {
    pages = await buildSite({ dataFile: file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const PAGE_URL = "/publications/plans-action-ministeres/";

describe("every built page", () => {
  it("has no injected element or attribute", () => {
    expect(htmlPages().length).toBeGreaterThanOrEqual(3);
    for (const [url, html] of htmlPages()) {
      const doc = parseHtml(html);
      const all = elements(doc);
      // The only scripts are JSON-LD data: valid JSON, whatever the texts hold (no `</script>` break-out).
      for (const script of byTag(doc, "script")) {
        expect(attr(script, "type"), url).toBe("application/ld+json");
        expect(() => JSON.parse(textContent(script)), `${url}: ${textContent(script)}`).not.toThrow();
      }
      for (const element of all) {
        for (const { name, value } of attributes(element)) {
          expect(name.startsWith("on"), `${url}: <${tag(element)} ${name}="${value}">`).toBe(false);
          expect(value.trim().toLowerCase().startsWith("javascript:"), `${url}: <${tag(element)} ${name}="${value}">`).toBe(false);
        }
        expect(tag(element) === "img" && attr(element, "src") === "x", url).toBe(false);
        expect(["b", "i"].includes(tag(element)), `${url}: <${tag(element)}>`).toBe(false);
      }
    }
  });

  it("never runs template code found in the data", () => {
    for (const [url, html] of htmlPages()) {
      const text = textContent(parseHtml(html));
      expect(text, url).not.toMatch(/\b49\b|\b42\b|PIÈGE|\bA\b brut/);
    }
  });
});

describe("the plans page", () => {
  const doc = () => parseHtml(pages.get(PAGE_URL)!);

  it("shows titles and ministries as the very text the editor typed", () => {
    const titles = byClass(doc(), "fr-card__title").map((e) => textContent(e).trim());
    expect(titles[0]).toBe(`${TITLE} – ${MINISTRY} – télécharger (PDF - 1,06 Mo - 8 pages)`);
    expect(titles[1]).toBe(TEMPLATE_TITLE);
    const ministries = byClass(doc(), "fr-card__start").map((e) => textContent(e).trim());
    expect(ministries).toEqual([MINISTRY, TEMPLATE_MINISTRY]);
  });

  it("keeps the page title and description text, in the h1, <title> and meta description", () => {
    expect(textContent(byTag(doc(), "h1")[0]!)).toBe(PAGE_TITLE);
    expect(textContent(byTag(doc(), "title")[0]!)).toContain(PAGE_TITLE);
    const meta = byTag(doc(), "meta").find((m) => attr(m, "name") === "description");
    expect(attr(meta!, "content")).toBe(DESCRIPTION);
  });

  it("renders the intro's Markdown links and emphasis, and its raw HTML as text", () => {
    const main = byTag(doc(), "main")[0]!;
    const paragraphs = byTag(main, "p").filter((p) => /lien|clic|piège/.test(textContent(p)));
    const [first, second, third] = paragraphs;
    const link = byTag(first!, "a")[0]!;
    expect(attr(link, "href")).toBe("https://www.example.gouv.fr/");
    expect(textContent(link)).toBe("lien");
    expect(byTag(first!, "em").map(textContent)).toEqual(["emphase"]);
    expect(byTag(first!, "strong").map(textContent)).toEqual(["gras"]);
    expect(textContent(second!)).toBe(`<script>alert("intro")</script> <img src=x onerror=alert(5)> <a href="javascript:alert(6)">clic</a>`);
    expect(byTag(second!, "a")).toEqual([]);
    expect(byTag(third!, "a")).toEqual([]);
    expect(textContent(third!)).toBe("[piège](javascript:alert(7)) {{ 7 * 7 }} {% if true %}oui{% endif %}");
  });

  it("keeps the texts exact in the JSON-LD data, which cannot break out of its <script>", () => {
    const scripts = byTag(doc(), "script").filter((e) => attr(e, "type") === "application/ld+json");
    expect(scripts.length).toBeGreaterThan(0);
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    for (const script of scripts) {
      expect(script.innerHTML).not.toMatch(/<\/script/i);
      collect(JSON.parse(textContent(script)));
    }
    expect(strings).toContain(TITLE);
    expect(strings).toContain(PAGE_TITLE);
  });

  it("keeps the navigation title as text in the breadcrumb", () => {
    const crumbs = byClass(doc(), "fr-breadcrumb__link").map((e) => textContent(e).trim());
    expect(crumbs[crumbs.length - 1]).toBe(NAV_TITLE);
  });
});

describe("the publications list (navigation data)", () => {
  it("shows the page's navigation title and description as text", () => {
    const doc = parseHtml(pages.get("/publications/")!);
    const card = byClass(doc, "fr-card").find((c) => byTag(c, "a").some((a) => attr(a, "href") === PAGE_URL))!;
    expect(textContent(byClass(card, "fr-card__title")[0]!).trim()).toBe(NAV_TITLE);
    expect(textContent(byClass(card, "fr-card__desc")[0]!).trim()).toBe(DESCRIPTION);
  });
});
