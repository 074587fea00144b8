
import type { Presentation } from "../schema-items.ts";
import { readDate, readDetail } from "./details.ts";
import { attr, byTag, closest, findAll, findFirst, findMain, hasClass, metaContent, parsePage, visibleText, type Document, type Element } from "./html.ts";
import { extractItems, type ImportedItem, type ItemKind } from "./items.ts";
import { pageAddress, siteFileExists } from "./targets.ts";
import { writeYaml, type YamlEntry } from "./write-yaml.ts";

export interface ImportOptions {
  /** The site's folder, where `/docs/…` and `/img/…` are. */
  root: string;
  /** How messages and comments name the site's folder (`.`). */
  rootName: string;
  /** The HTML file's path, to find the page's address from its place in `_site/`. */
  file: string;
  /** The schema's path relative to the data file's folder. */
  schema: string;
  /** How the header names the page (`_site/publications/x/index.html`). */
  source: string;
  /** How the header names the data file, in the command that checks it (`data/x.yaml`). */
  target: string;
  /** `2026-12-04`, for a page that shows no date. */
  today: string;
}

export interface DeadLink {
  line: number;
  col: number;
  link: string;
  image: boolean;
}

export interface ImportReport {
  items: number;
  forthcoming: number;
  categories: number;
  dead: DeadLink[];
  /** Items shown before the page's first heading, in a list grouped by its headings. */
  uncategorized: Array<{ title: string; line: number; col: number }>;
  skipped: { links: number; images: number };
}

export type ImportOutcome =
  | { ok: true; yaml: string; report: ImportReport }
  | { ok: false; line: number; col: number; message: string; fix: string };

const PRESENTATION: Record<ItemKind, Presentation> = { card: "cards", tile: "tiles", download: "downloads", link: "links" };

export function importPage(html: string, options: ImportOptions): ImportOutcome {
  const text = html.replace(/^\uFEFF/, "");
  const start = text.trimStart();
  if (text.includes("\u0000") || !start.startsWith("<") || (/^<\?xml/i.test(start) && !/<html[\s>]/i.test(text))) {
    const first = start.split("\n")[0]!.replace(/[^\x20-\x7E\u00A0-\uFFFF]/g, "").slice(0, 30);
    return {
      ok: false,
      line: 1,
      col: 1,
      message: `ce fichier n’est pas une page HTML${first ? ` (il commence par « ${first} »)` : ""}`,
      fix: "Donnez la page telle que le site la publie, un fichier .html de son dossier de sortie (par exemple _site/publications/ma-liste/index.html)",
    };
  }
  const document = parsePage(text);
  const main = findMain(document);
  if (!main) {
    const body = findFirst(document, byTag("body"));
    return {
      ok: false,
      line: body?.sourceCodeLocation?.startLine ?? 1,
      col: body?.sourceCodeLocation?.startCol ?? 1,
      message: "la page n’a pas d’élément <main> : la commande ne lit que le contenu principal de la page, sans l’en-tête, le menu ni le pied de page",
      fix: "Donnez la page publiée (un fichier du dossier de sortie du site, avec son gabarit), ou entourez le contenu de la page d’un élément <main>",
    };
  }
  const { items, skipped } = extractItems(main, pageAddress(document, options.file));
  if (items.length === 0) {
    return {
      ok: false,
      line: main.sourceCodeLocation?.startLine ?? 1,
      col: main.sourceCodeLocation?.startCol ?? 1,
      message: `le contenu principal de la page ne contient aucune liste de documents (ni carte, ni tuile, ni lien de téléchargement, ni liste de liens) ; ${skipped.links} lien${skipped.links > 1 ? "s" : ""} du texte laissé${skipped.links > 1 ? "s" : ""} de côté`,
      fix: "Vérifiez que c’est la bonne page ; une liste écrite en paragraphes se recopie à la main dans le fichier YAML (voir le guide des rédacteurs)",
    };
  }
  const categories = [...new Set(items.map((i) => i.category).filter((c): c is string => c !== undefined))];
  const dead: DeadLink[] = [];
  const uncategorized: ImportedItem[] = [];
  const entries = items.map((item) => entry(item, options, categories, dead, uncategorized));
  const page = pageInfo(document, main, options.today);
  const yaml = writeYaml({
    schema: options.schema,
    header: [
      `Importé de ${options.source} par plans-action-import : ${items.length} élément${items.length > 1 ? "s" : ""}, dans l’ordre de la page.`,
      `Relisez-le, complétez-le, puis vérifiez-le : npx plans-action-check ${options.target}`,
    ],
    page: page.fields,
    pageNotes: page.notes,
    list: { presentation: presentationOf(items), ...(categories.length > 0 ? { categories } : {}) },
    entries,
  });
  return {
    ok: true,
    yaml,
    report: {
      items: items.length,
      forthcoming: items.filter((i) => i.target.kind === "forthcoming").length,
      categories: categories.length,
      dead,
      uncategorized: uncategorized.map(({ title, line, col }) => ({ title, line, col })),
      skipped,
    },
  };
}

/** The list's presentation: what most of its items were on the page (cards, tiles, downloads, links). */
function presentationOf(items: readonly ImportedItem[]): Presentation {
  const counts = new Map<ItemKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const [kind] = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best));
  return PRESENTATION[kind];
}

function entry(item: ImportedItem, options: ImportOptions, categories: readonly string[], dead: DeadLink[], uncategorized: ImportedItem[]): YamlEntry {
  const fields: Record<string, unknown> = { title: item.title };
  const notes: string[] = [];
  const { format, size, unreadableSize, date, language } = item.fields;
  if (item.target.kind === "link") {
    const { link, site, file } = item.target;
    fields.link = link;
    if (site && file && !siteFileExists(options.root, link)) {
      dead.push({ line: item.line, col: item.col, link, image: false });
      notes.push(`ligne ${item.line} de la page : ${link} n’existe pas dans le dossier du site (${options.rootName}) : ajoutez le fichier ou corrigez le lien`);
    }
    // A site file's format and an address's extension are read by the build; a format is written
    // only for an address that does not say it (`file`: an address whose extension is a document's).
    if (!site && format && !file) fields.format = format;
    const isFile = file || fields.format !== undefined;
    if (size && isFile) fields.size = size;
    else if (size) notes.push(`la page indiquait le poids « ${size} » pour une page web : laissé de côté`);
    if (unreadableSize) notes.push(`poids illisible dans la page (« ${unreadableSize} ») : laissé de côté${site && file ? ", la construction le calcule" : ""}`);
  } else if (item.detail) {
    notes.push(`à paraître : la page n’a pas de lien pour ce document, et indiquait « ${item.detail} »`);
  }
  if (item.description) fields.description = item.description;
  if (date) fields.date = /^\d{4}$/.test(date) ? Number(date) : date;
  if (item.category) fields.category = item.category;
  else if (categories.length > 0) {
    notes.push(`sans catégorie : la page le montre avant son premier titre ; écrivez « category: » avec une des « categories »`);
    uncategorized.push(item);
  }
  if (item.publisher) fields.publisher = item.publisher;
  if (item.badge) fields.badge = item.badge;
  const cover = item.cover;
  if (cover?.target.kind === "link" && cover.target.site) {
    fields.cover = cover.target.link;
    if (cover.alt) fields.coverAlt = cover.alt;
    if (!siteFileExists(options.root, cover.target.link)) {
      dead.push({ line: cover.line, col: cover.col, link: cover.target.link, image: true });
      notes.push(`ligne ${cover.line} de la page : l’image ${cover.target.link} n’existe pas dans le dossier du site (${options.rootName}) : ajoutez-la ou corrigez le chemin`);
    }
  } else if (cover?.target.kind === "link") {
    notes.push(`image d’un autre site laissée de côté (${cover.target.link}) : enregistrez-la dans le site et écrivez « cover: » avec son chemin`);
  }
  if (language && language !== "fr") fields.language = language;
  return { fields, notes };
}

/** `page:`: the `<h1>`, the description the page gives search engines, the date it shows. */
function pageInfo(document: Document, main: Element, today: string) {
  const h1 = findFirst(main, byTag("h1")) ?? findFirst(document, byTag("h1"));
  const titleElement = findFirst(document, byTag("title"));
  const title = (h1 && visibleText(h1)) || (titleElement && visibleText(titleElement)) || "Liste importée";
  const paragraph = findAll(main, byTag("p")).map((p) => visibleText(p)).find((t) => t.length > 40);
  const description = metaContent(document, "description") ?? metaContent(document, "og:description") ?? paragraph ?? title;
  const notes: string[] = [];
  const outsideItems = (e: Element) => !closest(e, (a) => a.tagName === "li" || hasClass(a, "fr-card") || hasClass(a, "fr-tile"));
  const time = findAll(main, byTag("time")).find(outsideItems);
  // « Dernière mise à jour le <time datetime="2022-04-14"> », or the same words without <time>.
  const updated = findAll(main, byTag("p"))
    .filter(outsideItems)
    .map((p) => /mis(?:e)? à jour\s*(?:le|:)?\s*(.+)$/i.exec(visibleText(p))?.[1])
    .find((d) => d !== undefined);
  const shown = time ? readDetail(attr(time, "datetime") ?? visibleText(time))?.date : updated && readDate(updated);
  const meta = metaContent(document, "article:modified_time") ?? metaContent(document, "article:published_time");
  let date = [shown, meta?.slice(0, 10)].find((d) => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (!date) {
    date = today;
    notes.push("page.date : la page n’affiche pas de date de mise à jour ; la date du jour est écrite, corrigez-la si besoin.");
  }
  return { fields: { title, description, date }, notes };
}
