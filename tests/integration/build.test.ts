/**
 * Builds the demo site with the real Eleventy and the plugin, and reads the HTML a visitor gets.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";

let pages: Map<string, string>;
beforeAll(async () => {
  pages = await buildSite();
});

function page(url: string): string {
  const html = pages.get(url);
  if (html === undefined) throw new Error(`no page at ${url}; built: ${[...pages.keys()].join(", ")}`);
  return html;
}

/** The <li> items of the card grid (the one list holding `fr-card`s). */
function gridItems(html: string): string[] {
  const grid = /<ul class="fr-grid-row[^"]*">([\s\S]*?)<\/ul>/.exec(html.slice(html.indexOf("<h1")));
  return grid ? grid[1]!.split(/<li class="fr-col/).slice(1) : [];
}

describe("the plans page", () => {
  it("is written at /publications/plans-action-ministeres/ with its title as h1", () => {
    const html = page("/publications/plans-action-ministeres/");
    expect(html).toContain("<h1>Plans d’action des ministères pour la réduction de l’empreinte environnementale du numérique</h1>");
    expect(html).toContain("Dernière mise à jour : 1er avril 2022</p>");
  });

  it("lists the 13 documents as list items in the seed's order", () => {
    const items = gridItems(page("/publications/plans-action-ministeres/"));
    expect(items).toHaveLength(13);
    expect(items[0]).toContain("Ministère de la Culture");
    expect(items[12]).toContain("Direction interministérielle du numérique");
    expect(items.every((item) => item.includes('alt=""'))).toBe(true);
  });

  it("links the one real document with its format, size and page count", () => {
    const items = gridItems(page("/publications/plans-action-ministeres/"));
    const linked = items.filter((item) => item.includes("<a "));
    expect(linked).toHaveLength(1);
    expect(linked[0]).toContain('href="/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf"');
    expect(linked[0]).toContain('<p class="fr-card__detail">PDF - 1,06 Mo - 8 pages</p>');
    expect(linked[0]).toMatch(/Bilan 2020-2021 sur la thématique Mesure<span class="fr-sr-only">[^<]*télécharger \(PDF - 1,06 Mo - 8 pages\)<\/span><\/a>/);
    expect(linked[0]).toContain("fr-enlarge-link");
  });

  it("shows the 12 others as « À paraître », with no link at all", () => {
    const items = gridItems(page("/publications/plans-action-ministeres/"));
    const upcoming = items.filter((item) => item.includes("À paraître"));
    expect(upcoming).toHaveLength(12);
    for (const item of upcoming) {
      expect(item).not.toContain("<a ");
      expect(item).not.toContain("fr-enlarge-link");
    }
  });

  it("has the breadcrumb Accueil › Publications › Plans d’action des ministères from the navigation", () => {
    const html = page("/publications/plans-action-ministeres/");
    const crumbs = [...html.matchAll(/<a class="fr-breadcrumb__link"([^>]*)>([^<]*)<\/a>/g)].map((m) => [m[1]!.trim(), m[2]]);
    expect(crumbs).toEqual([
      ['href="/"', "Accueil"],
      ['href="/publications/"', "Publications"],
      ['href="/publications/plans-action-ministeres/" aria-current="page"', "Plans d’action des ministères"],
    ]);
  });

  it("renders the intro's Markdown as paragraphs", () => {
    const html = page("/publications/plans-action-ministeres/");
    expect(html).toMatch(/<p>Action initiée en 2021, chaque ministère/);
  });
});

describe("the rest of the site", () => {
  it("lists the plans page on /publications/ with its image and description, from navigation data", () => {
    const html = page("/publications/");
    expect(html).toContain('href="/publications/plans-action-ministeres/"');
    expect(html).toContain('src="/img/plans-action/couverture-dinum.png"');
    expect(html).toContain("la mission interministérielle numérique écoresponsable (MiNumEco) publie les plans");
  });

  it("says its accessibility status in every page's footer, linked to the statement, and links the legal notice", () => {
    const statement = page("/accessibilite/");
    expect(statement).toMatch(/<h1[^>]*>Déclaration d’accessibilité<\/h1>/);
    expect(statement).toContain("est <strong>non conforme</strong>");
    for (const [url, html] of pages) {
      if (!html.includes("<footer")) continue; // files (JSON, CSV, feed, sitemap)
      const bottom = /<ul class="fr-footer__bottom-list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
      expect(bottom, url).toMatch(/<a class="fr-footer__bottom-link" href="\/accessibilite\/"[^>]*>Accessibilité : non conforme<\/a>/);
      expect(bottom, url).toMatch(/href="\/mentions-legales\/"[^>]*>Mentions légales<\/a>/);
    }
    expect(page("/accessibilite/")).toMatch(/href="\/accessibilite\/" aria-current="page">Accessibilité/);
  });

  it("has a home page, and no internal link of the site is dead or « # »", () => {
    expect(pages.has("/")).toBe(true);
    for (const [url, html] of pages) {
      expect(html, url).not.toMatch(/href="#"/);
      for (const [, href] of html.matchAll(/href="(\/[^"#]*)"/g)) {
        if (href!.startsWith("/assets/") || href!.startsWith("/docs/") || href!.startsWith("/img/")) continue;
        expect(pages.has(href!), `${url} links to ${href}`).toBe(true);
      }
    }
  });
});

describe("a broken data file", () => {
  it("fails the build with a located French message and no stack trace", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "plans-broken-"));
    const file = path.join(dir, "plans.yaml");
    writeFileSync(file, "page:\n  title: T\n  description: D\n  date: 2022-04-01\nplans:\n  - ministry: M\n    title: T\n    link: '#'\n");
    const error = await buildSite({ dataFile: file }).then(
      () => undefined,
      (e: unknown) => e as Error & { skipOriginalStack?: boolean },
    );
    expect(error).toBeDefined();
    const message = String(error?.message) + String((error as { originalError?: Error })?.originalError?.message ?? "");
    expect(message).toMatch(/plans\.yaml:8:11 erreur plans\[0\]\.link : le lien « # » ne mène à aucun document/);
  });
});
