/**
 * What the import takes from a page's `<main>` as list items, and what it leaves out.
 */
import { describe, expect, it } from "vitest";
import { findMain, parsePage } from "../../src/import/html.ts";
import { extractItems } from "../../src/import/items.ts";
import { pageAddress, resolveHref } from "../../src/import/targets.ts";

function extract(main: string, head = "", file = "/site/page.html") {
  const document = parsePage(`<!doctype html><html><head>${head}</head><body>${main}</body></html>`);
  return extractItems(findMain(document)!, pageAddress(document, file));
}

const summary = (html: string, head?: string, file?: string) =>
  extract(html, head, file).items.map(({ title, target, category }) => ({
    title,
    link: target.kind === "link" ? target.link : target.kind,
    ...(category ? { category } : {}),
  }));

describe("list items", () => {
  it("reads a DSFR card whole: title, link, description, publisher, detail, date, badge, image and its alt", () => {
    const [item] = extract(`<main>
      <div class="fr-card"><div class="fr-card__body"><div class="fr-card__content">
        <h3 class="fr-card__title"><a href="/docs/plan.pdf">Plan climat<span class="fr-sr-only"> – télécharger</span></a></h3>
        <p class="fr-card__desc">Le plan de l’année.</p>
        <div class="fr-card__start"><ul class="fr-badges-group"><li><p class="fr-badge">Nouveau</p></li></ul><p class="fr-card__detail">Ministère des Armées</p></div>
        <div class="fr-card__end"><p class="fr-card__detail">PDF - 1,2 Mo</p><p class="fr-card__detail">Publié le 13 mai 2024</p></div>
      </div></div>
      <div class="fr-card__header"><div class="fr-card__img"><img src="/img/plan.png" alt="Couverture du plan"></div></div>
    </div></main>`).items;
    expect(item).toMatchObject({
      kind: "card",
      title: "Plan climat",
      target: { kind: "link", link: "/docs/plan.pdf", site: true, file: true },
      fields: { format: "PDF", size: "1,2 Mo", date: "2024-05-13" },
      description: "Le plan de l’année.",
      publisher: "Ministère des Armées",
      badge: "Nouveau",
      cover: { target: { kind: "link", link: "/img/plan.png" }, alt: "Couverture du plan" },
    });
  });

  it("reads tiles, DSFR download links and the older fr-fi-download-line, without the verb « Télécharger »", () => {
    const { items } = extract(`<main>
      <div class="fr-tile"><div class="fr-tile__body"><h3 class="fr-tile__title"><a href="/guides/achat/">Guide de l’achat</a></h3><p class="fr-tile__detail">ODS 101 Ko</p></div></div>
      <p><a class="fr-link fr-link--download" download href="/docs/bilan.ods">Télécharger le bilan <span class="fr-link__detail">ODS - 101 Ko</span></a></p>
      <p><a class="fr-link fr-fi-download-line fr-link--icon-left" href="/docs/guide.pdf">Télécharger le Guide pratique (pdf 1,8 Mo)</a></p>
    </main>`);
    expect(items.map(({ kind, title, fields }) => ({ kind, title, fields }))).toEqual([
      { kind: "tile", title: "Guide de l’achat", fields: { format: "ODS", size: "101 Ko" } },
      { kind: "download", title: "Bilan", fields: { format: "ODS", size: "101 Ko" } },
      { kind: "download", title: "Guide pratique", fields: { format: "PDF", size: "1,8 Mo" } },
    ]);
  });

  it("takes a link to a document file in a sentence, and leaves the sentence's other links and images out, counted", () => {
    const result = extract(`<main><p>Voir <a href="/docs/rapport.pdf">le rapport</a> et <a href="/a-propos/">notre page</a>.</p><p><img src="/img/x.png" alt=""></p></main>`);
    expect(result.items.map((i) => i.title)).toEqual(["le rapport"]);
    expect(result.skipped).toEqual({ links: 1, images: 1 });
  });

  it("takes the links an <li> starts with, each with the date and format written after it", () => {
    const { items } = extract(`<main><ul>
      <li><a href="https://ex.fr/a.pdf">Guide A</a>, pdf, juin 2020</li>
      <li><a href="https://ex.fr/v1">Vidéo partie 1</a> et <a href="https://ex.fr/v2">partie 2</a></li>
      <li>Lire <a href="https://ex.fr/texte">le texte</a></li>
      <li>La minute pratique :<ul><li><a href="https://ex.fr/m1">Minute 1</a>, The Conversation, avril 2020</li></ul></li>
    </ul></main>`);
    expect(items.map(({ title, fields, description }) => ({ title, fields, ...(description ? { description } : {}) }))).toEqual([
      { title: "Guide A", fields: { format: "PDF", date: "2020-06" } },
      { title: "Vidéo partie 1", fields: {} },
      { title: "partie 2", fields: {} },
      { title: "Minute 1", fields: { date: "2020-04" }, description: "The Conversation" },
    ]);
  });

  it("gives each item the heading above it as its category, when there are at least two", () => {
    const two = `<main><h1>Ressources</h1><h2>Ressources ADEME</h2><h3>Guides</h3><ul><li><a href="https://ex.fr/a">A</a></li></ul>
      <h3>Vidéos</h3><ul><li><a href="https://ex.fr/b">B</a></li></ul></main>`;
    expect(summary(two)).toEqual([
      { title: "A", link: "https://ex.fr/a", category: "Guides" },
      { title: "B", link: "https://ex.fr/b", category: "Vidéos" },
    ]);
    expect(summary(`<main><h2>En savoir plus</h2><ul><li><a href="https://ex.fr/a">A</a></li><li><a href="https://ex.fr/b">B</a></li></ul></main>`)).toEqual([
      { title: "A", link: "https://ex.fr/a" },
      { title: "B", link: "https://ex.fr/b" },
    ]);
  });

  it("leaves the site's navigation out, uncounted: breadcrumb, side menu, summary, pagination, skip links, <nav>", () => {
    const result = extract(`<main>
      <nav class="fr-breadcrumb"><ol><li><a href="/">Accueil</a></li></ol></nav>
      <div class="fr-sidemenu"><ul><li><a href="/docs/guide.pdf">Télécharger le guide</a></li></ul></div>
      <div class="fr-summary"><ol><li><a href="#a">A</a></li></ol></div>
      <div class="fr-skiplinks"><ul><li><a href="#contenu">Contenu</a></li></ul></div>
      <ul><li><a href="https://ex.fr/a">Le seul élément</a></li></ul>
      <nav class="fr-pagination"><ul><li><a href="?page=2">2</a></li></ul></nav>
      <nav><a href="/suivante/">Page suivante</a></nav>
    </main>`);
    expect(result.items.map((i) => i.title)).toEqual(["Le seul élément"]);
    expect(result.skipped).toEqual({ links: 0, images: 0 });
  });

  it("makes an image that links to an item's document that item's cover", () => {
    const { items, skipped } = extract(`<main><a href="/docs/guide.pdf"><img src="/img/couverture.png" alt=""></a>
      <p><a class="fr-link fr-fi-download-line" href="/docs/guide.pdf">Télécharger le guide</a></p></main>`);
    expect(items).toMatchObject([{ title: "Guide", cover: { target: { link: "/img/couverture.png" }, alt: "" } }]);
    expect(skipped).toEqual({ links: 0, images: 0 });
  });

  it("splits « Ministère : titre » into publisher and title when every item is written so", () => {
    const cards = ["Ministère de la Culture : Plan A (pdf 2,9 Mo)", "Ministère des Armées : Plan B (pdf X Mo)"]
      .map((t) => `<div class="fr-card"><h2 class="fr-card__title"><a href="#">${t}</a></h2></div>`)
      .join("");
    expect(extract(`<main>${cards}</main>`).items.map(({ publisher, title, target, detail }) => ({ publisher, title, target, detail }))).toEqual([
      { publisher: "Ministère de la Culture", title: "Plan A", target: { kind: "forthcoming" }, detail: "pdf 2,9 Mo" },
      { publisher: "Ministère des Armées", title: "Plan B", target: { kind: "forthcoming" }, detail: "pdf X Mo" },
    ]);
    expect(summary(`<main><ul><li><a href="https://ex.fr/a">Les métaux : des ressources</a></li><li><a href="https://ex.fr/b">Autre</a></li></ul></main>`)[0]!.title).toBe(
      "Les métaux : des ressources",
    );
  });
});

describe("targets", () => {
  it("writes internal links as site paths: relative ones from the page's place in _site/, the site's own address", () => {
    const head = '<link rel="canonical" href="https://www.ex.gouv.fr/publications/guides/">';
    expect(summary(`<main><ul><li><a href="https://www.ex.gouv.fr/docs/a.pdf">A</a></li><li><a href="fiches/b/">B</a></li></ul></main>`, head)).toEqual([
      { title: "A", link: "/docs/a.pdf" },
      { title: "B", link: "/publications/guides/fiches/b/" },
    ]);
    const address = pageAddress(parsePage("<p>x</p>"), "/srv/site/_site/publications/guides/index.html");
    expect(address).toEqual({ path: "/publications/guides/" });
    expect(resolveHref("../rapports/x.pdf", address)).toEqual({ kind: "link", link: "/publications/rapports/x.pdf", site: true, file: true });
  });

  it("tells « à paraître » (#) from a place in the page, an e-mail or another site's file", () => {
    expect(resolveHref("#", {})).toEqual({ kind: "forthcoming" });
    expect(resolveHref("#section", {})).toEqual({ kind: "elsewhere", href: "#section" });
    expect(resolveHref("mailto:a@b.fr", {})).toEqual({ kind: "elsewhere", href: "mailto:a@b.fr" });
    expect(resolveHref("https://ex.fr/a.odt", {})).toEqual({ kind: "link", link: "https://ex.fr/a.odt", site: false, file: true });
    expect(resolveHref("https://ex.fr/page", {})).toEqual({ kind: "link", link: "https://ex.fr/page", site: false, file: false });
  });
});
