/**
 * The editing page's CMS configuration (Decap's `config.yml`, which Sveltia CMS reads), written
 * from the data file's JSON Schema and each list's settings, never by hand: a field the schema
 * gains appears in the form with its French title as label and its description as help.
 *
 * How a schema node becomes a form field (the widgets Decap and Sveltia share):
 *   object                    → `object` with a field per property (collapsed: editors come for the list)
 *   array of objects          → `list` of them, each summed up by its required texts
 *   array of an enum          → `select` with `multiple`
 *   array of texts            → `list` of `string`
 *   enum                      → `select`
 *   integer, number           → `number` with its minimum and maximum
 *   a site path of an image   → `image`, uploaded into the folder the list's images are in
 *   a site path of a file     → `file`, uploaded into the folder the list's documents are in
 *   a text the list chooses   → `select` among the values the file already uses (publishers, categories)
 *   a text with a pattern     → `string` with that pattern, and an example when it does not match
 *   a sentence, or Markdown   → `text` (several lines)
 * What the form cannot hold (a link or files, not both; a page the site builds) is left to `check`.
 */
import { DATE_PATTERN } from "../patterns.ts";

import type { SchemaNode } from "../validate/contract.ts";

export type { SchemaNode };

/** One list as the form edits it. */
export interface EditedList {
  /** Its `dataKey`: the entry's name. */
  name: string;
  /** The entry's label: the page's short title. */
  label: string;
  /** The data file, relative to the repository's root, with `/`. */
  file: string;
  /** The key that holds its items: `plans` or `items` (the other is left out of its form). */
  itemsKey: string;
  /** Item fields the list requires, beside the schema's own required ones. */
  required: readonly string[];
  /** Values an item field may take, by field name: the publishers the file names, the declared categories. */
  choices: Readonly<Record<string, readonly string[]>>;
  /** Repository folders (with `/`, no leading one) where uploads go, and the site paths they are served at. */
  documents: MediaFolder;
  images: MediaFolder;
}

export interface MediaFolder {
  /** Relative to the repository's root: `docs/2022/plan-action`. */
  media: string;
  /** As the data file writes it: `/docs/2022/plan-action`. */
  public: string;
}

export interface CmsSettings {
  repo: string;
  branch?: string;
  /** The public site, for the CMS's « Voir le site » link. */
  siteUrl?: string;
}

type Field = Record<string, unknown>;

/** The keys the data file's root holds that name a kind of list: a list's form keeps its own. */
const ITEMS_KEYS = ["plans", "items"];

const IMAGE_EXTENSIONS = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

export function cmsConfig(schema: SchemaNode, lists: readonly EditedList[], settings: CmsSettings): Record<string, unknown> {
  const first = lists[0];
  return {
    backend: {
      name: "github",
      repo: settings.repo,
      ...(settings.branch ? { branch: settings.branch } : {}),
      // A personal access token: no OAuth server to run on GitHub Pages.
      auth_methods: ["token"],
      commit_messages: { update: "Mise à jour de {{path}} depuis le formulaire", uploadMedia: "Ajout de {{path}} depuis le formulaire" },
    },
    app_title: "Édition des listes",
    ...(settings.siteUrl ? { site_url: settings.siteUrl } : {}),
    media_folder: first?.images.media ?? "img",
    public_folder: first?.images.public ?? "/img",
    // An optional field left empty is left out of the file, as an editor writing YAML would.
    output: { omit_empty_optional_fields: true, yaml: { indent_sequences: true } },
    collections: [
      {
        name: "listes",
        label: "Listes de documents",
        label_singular: "Liste",
        // The preview would show raw fields, not the page: the form alone is clearer.
        editor: { preview: false },
        files: lists.map((list) => ({
          name: list.name,
          label: list.label,
          file: list.file,
          fields: Object.entries(schema.properties ?? {})
            .filter(([key]) => !ITEMS_KEYS.includes(key) || key === list.itemsKey)
            // The list's items are what the file is for: a form without any would write a file without its key.
            .map(([key, node]) => field(key, node, (schema.required ?? []).includes(key) || key === list.itemsKey, list, key === list.itemsKey)),
        })),
      },
    ],
  };
}

/** The form field of one schema property; `isItems`: the list's items, whose fields the list may require. */
function field(name: string, node: SchemaNode, required: boolean, list: EditedList, isItems = false, isItem = false): Field {
  const base: Field = { name, label: node.title ?? name, ...(node.description ? { hint: node.description } : {}), ...(required ? {} : { required: false }) };
  const type = Array.isArray(node.type) ? undefined : node.type;
  const choices = isItem ? list.choices[name] : undefined;
  if (type === "object") {
    const own = node.required ?? [];
    const needed = isItem || isItems ? [...own, ...list.required] : own;
    return { ...base, widget: "object", collapsed: true, fields: subFields(node, needed, list, false) };
  }
  if (type === "array" && node.items) {
    const items = node.items;
    const min = node.minItems ? { min: node.minItems } : {};
    if (items.type === "object") {
      const needed = isItems ? [...(items.required ?? []), ...list.required] : (items.required ?? []);
      return {
        ...base,
        widget: "list",
        ...(items.title ? { label_singular: items.title } : {}),
        ...min,
        collapsed: true,
        summary: summary(items, needed),
        fields: subFields(items, needed, list, isItems),
      };
    }
    if (items.enum) return { ...base, widget: "select", multiple: true, options: items.enum };
    return { ...base, widget: "list", ...min, field: { name: "value", label: items.title ?? name, widget: "string" } };
  }
  if (node.enum) return { ...base, widget: "select", options: node.enum };
  if (type === "integer" || type === "number") {
    return {
      ...base,
      widget: "number",
      value_type: type === "integer" ? "int" : "float",
      ...(node.minimum !== undefined ? { min: node.minimum } : {}),
      ...(node.maximum !== undefined ? { max: node.maximum } : {}),
    };
  }
  if (choices?.length) return { ...base, widget: "select", options: [...choices] };
  const files = siteFileExamples(node);
  if (files.length) {
    const image = files.every((p) => IMAGE_EXTENSIONS.test(p));
    const folder = image ? list.images : list.documents;
    // A link may also be an address on another site: the CMS lets the editor type one in. No
    // pattern: the CMS checks it against a new upload's temporary `blob:` address, and refuses it.
    return { ...base, widget: image ? "image" : "file", choose_url: true, media_folder: `/${folder.media}`, public_folder: folder.public };
  }
  if (node.pattern === DATE_PATTERN) return { ...base, widget: "datetime", type: "date", ...patternOf(node) };
  // A text without a pattern (Markdown), or whose examples are sentences, gets several lines.
  const long = (node.examples ?? []).some((e) => typeof e === "string" && e.length > 80);
  if (!node.pattern || long) return { ...base, widget: "text", ...patternOf(node) };
  return { ...base, widget: "string", ...patternOf(node) };
}

function subFields(node: SchemaNode, required: readonly string[], list: EditedList, isItem: boolean): Field[] {
  return Object.entries(node.properties ?? {}).map(([key, child]) => field(key, child, required.includes(key), list, false, isItem));
}

/** A list entry's one-line summary: its required texts (« Ministère — Titre »), else its first field. */
function summary(items: SchemaNode, required: readonly string[]): string {
  const keys = Object.keys(items.properties ?? {});
  const texts = keys.filter((k) => required.includes(k) && items.properties![k]!.type === "string");
  return (texts.length ? texts : keys.slice(0, 1)).map((k) => `{{fields.${k}}}`).join(" — ");
}

/**
 * The examples of a text that are files of the site (`/img/x.png`, `/docs/x.pdf`) its pattern
 * accepts: the field names a file, which the form can upload. (`/publications/guide/` is a page.)
 */
function siteFileExamples(node: SchemaNode): string[] {
  if (!node.pattern) return [];
  const pattern = new RegExp(node.pattern);
  return (node.examples ?? []).filter((e): e is string => typeof e === "string" && e.startsWith("/") && /\.\w+$/.test(e) && pattern.test(e));
}

/** The schema's pattern, except « not blank » (a required field is never blank), with an example. */
function patternOf(node: SchemaNode): Field {
  if (!node.pattern || node.pattern === "\\S") return {};
  const examples = (node.examples ?? []).filter((e) => typeof e === "string" || typeof e === "number").map((e) => `« ${e} »`);
  const message = examples.length ? `Format attendu, par exemple ${examples.join(" ou ")}.` : "Ce format n’est pas accepté.";
  return { pattern: [node.pattern, message] };
}
