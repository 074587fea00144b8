/**
 * French wording shared by the schema check and the rules: what each field expects, so that a
 * message can always end with how to fix it.
 */
import { schemaAt } from "./contract.ts";

type PathSegment = string | number;

/**
 * The fix hint per field, keyed by its path with list positions dropped (`plans[].title`), so that
 * `page.title` and `plans[3].title` each get their own. A field without a hint here gets one made
 * from its schema's description and example (`hintFor`).
 */
export const FIELD_HINTS: Record<string, string> = {
  page: "Ajoutez en tête du fichier un bloc « page: » avec title, description et date",
  "page.title": "Écrivez le titre de la page (son h1), par exemple « title: Plans d’action des ministères »",
  "page.description": "Écrivez une ou deux phrases qui résument la page, par exemple « description: Les plans d’action 2022 des ministères. »",
  "page.date": "Écrivez la date de mise à jour au format AAAA-MM-JJ, par exemple « date: 2022-04-01 »",
  "page.image": "Écrivez le chemin de l’image dans le site, par exemple « image: /img/plans-action/couverture-dinum.png »",
  "page.intro": "Écrivez le texte d’introduction en Markdown sur les lignes qui suivent « intro: | », décalées de 4 espaces",
  "page.navigation": "Écrivez par exemple « navigation: { key: plansAction, parent: publications } »",
  "page.navigation.key": "Écrivez un identifiant sans espace, par exemple « key: plansAction »",
  "page.navigation.parent": "Écrivez la clé de navigation de la page parente, par exemple « parent: publications »",
  "page.navigation.title": "Écrivez le titre court de la page dans le menu, par exemple « title: Plans d’action des ministères »",
  "page.navigation.order": "Écrivez un nombre entier, par exemple « order: 30 »",
  plans: "Ajoutez un bloc « plans: » suivi d’un élément « - ministry: … » par document",
  "plans[]": "Chaque document commence par « - ministry: … », suivi de « title: … » sur la ligne d’après, aligné sur « ministry »",
  "plans[].ministry": "Écrivez le nom complet du ministère, par exemple « ministry: Ministère de la Culture »",
  "plans[].title": "Écrivez le titre du document, par exemple « title: Plan d’action 2022 »",
  "plans[].link":
    "Écrivez le chemin du fichier dans le site (par exemple « /docs/2022/plan.pdf ») ou une adresse https:// ; supprimez la ligne si le document est à paraître",
  "plans[].size": "Écrivez un nombre suivi d’une unité, par exemple « size: 2,9 Mo », « size: 900 ko » ou « size: 512 octets »",
  "plans[].cover": "Écrivez le chemin de l’image dans le site, par exemple « cover: /img/plans-action/couverture-mc.png »",
  "plans[].year": "Écrivez une année en chiffres entre 2000 et 2100, sans guillemets, par exemple « year: 2022 »",
  "plans[].language": "Écrivez le code ISO 639-1 de la langue en deux lettres minuscules, par exemple « language: en »",
  list: "Écrivez par exemple « list: { presentation: links, groupBy: category, categories: [Guides, Études] } »",
  "list.categories[]": "Écrivez le nom de la catégorie, par exemple « - Guides »",
  items: "Ajoutez un bloc « items: » suivi d’un élément « - title: … » par document ou ressource",
  "items[]": "Chaque élément commence par « - title: … », suivi de ses autres champs sur les lignes d’après, alignés sur « title »",
  "items[].title": "Écrivez le titre, par exemple « title: Guide de sensibilisation »",
  "items[].link":
    "Écrivez le chemin d’un fichier (« /docs/2024/guide.pdf ») ou d’une page du site (« /publications/guide/ »), ou une adresse https:// ; supprimez la ligne si l’élément est à paraître",
  "items[].size": "Écrivez un nombre suivi d’une unité, par exemple « size: 2,9 Mo », « size: 900 ko » ou « size: 512 octets »",
  "items[].date": "Écrivez une année, un mois ou un jour, par exemple « date: 2024 », « date: 2024-05 » ou « date: 2024-05-13 »",
  "items[].category": "Écrivez une des catégories déclarées dans « list.categories », par exemple « category: Guides »",
  "items[].publisher": "Écrivez le nom de l’organisme qui publie, par exemple « publisher: ADEME »",
  "items[].description": "Écrivez une ou deux phrases en texte brut, par exemple « description: Un guide pour agir. »",
  "items[].cover": "Écrivez le chemin de l’image dans le site, par exemple « cover: /img/guides/couverture.png »",
  "items[].language": "Écrivez le code ISO 639-1 de la langue en deux lettres minuscules, par exemple « language: en »",
  "items[].files": "Écrivez un élément « - link: … » par format, par exemple « files: [{ link: /docs/2024/guide.pdf }, { link: /docs/2024/guide.odt }] »",
  "items[].files[].link": "Écrivez le chemin du fichier dans le site (par exemple « /docs/2024/guide.ods ») ou son adresse https://",
  "items[].files[].size": "Écrivez un nombre suivi d’une unité, par exemple « size: 101 Ko »",
};

/** `plans[3].link` → `plans[].link`: the key of `FIELD_HINTS`. */
export function fieldKey(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? "[]" : out ? `.${seg}` : seg;
  return out;
}

/** How to fix the field at `path`: its own hint, or one made from the schema's description. */
export function hintFor(path: readonly PathSegment[]): string {
  const own = FIELD_HINTS[fieldKey(path)];
  if (own) return own;
  const schema = schemaAt(path);
  const name = path[path.length - 1];
  if (schema?.description) {
    const example = schema.examples?.find((e) => typeof e === "string" || typeof e === "number");
    const sample = example !== undefined && typeof name === "string" ? ` Par exemple « ${name}: ${example} »` : "";
    return `Attendu : ${lowerFirst(schema.description)}${sample}`;
  }
  return "Corrigez la valeur en suivant l’exemple du fichier data/plans-action.yaml";
}

/** The known fields at `path`, each with its French title: « ministry (Ministère), title (…) ». */
export function knownFieldsList(path: readonly PathSegment[]): string {
  const properties = schemaAt(path)?.properties ?? {};
  return Object.entries(properties)
    .map(([key, schema]) => (schema.title ? `${key} (${lowerFirst(schema.title)})` : key))
    .join(", ");
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper nouns as they are (« ISO », « Markdown »): only lower a capital followed by a lower case.
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: "un texte",
  integer: "un nombre entier",
  number: "un nombre",
  object: "un bloc de champs (clé: valeur)",
  array: "une liste d’éléments commençant par « - »",
  boolean: "oui ou non (true ou false)",
  null: "vide",
};

export function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "une valeur vide";
  if (Array.isArray(value)) return "une liste";
  if (typeof value === "object") return "un bloc de champs";
  if (typeof value === "number") return `le nombre ${value}`;
  if (typeof value === "boolean") return `la valeur ${value}`;
  return `« ${String(value)} »`;
}

/** Levenshtein distance, enough to suggest « title » for « titel ». */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The known key closest to `key`, when it is close enough to be a typo. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}
