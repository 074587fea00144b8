/**
 * French wording shared by the schema check and the rules: what each field expects, so that a
 * message can always end with how to fix it.
 */

/** The fix hint per field name (the last segment of its path). */
export const FIELD_HINTS: Record<string, string> = {
  ministry: "Écrivez le nom complet du ministère, par exemple « ministry: Ministère de la Culture »",
  title: "Écrivez le titre du document, par exemple « title: Plan d’action 2022 »",
  link: "Écrivez le chemin du fichier dans le site (par exemple « /docs/2022/plan.pdf ») ou une adresse https:// ; supprimez la ligne si le document est à paraître",
  size: "Écrivez un nombre suivi d’une unité, par exemple « size: 2,9 Mo » ou « size: 900 ko »",
  cover: "Écrivez le chemin de l’image dans le site, par exemple « cover: /img/plans-action/couverture-mc.png »",
  year: "Écrivez une année en chiffres entre 2000 et 2100, par exemple « year: 2022 »",
  language: "Écrivez le code ISO 639-1 de la langue en deux lettres minuscules, par exemple « language: en »",
  date: "Écrivez une date réelle au format AAAA-MM-JJ, par exemple « date: 2022-04-01 »",
  image: "Écrivez le chemin de l’image dans le site, par exemple « image: /img/plans-action/couverture-dinum.png »",
  description: "Écrivez une ou deux phrases qui résument la page",
  intro: "Écrivez le texte d’introduction en Markdown après « intro: | »",
  navigation: "Écrivez par exemple « navigation: { key: plansAction, parent: publications } »",
  key: "Écrivez un identifiant sans espace, par exemple « key: plansAction »",
  parent: "Écrivez la clé de navigation de la page parente, par exemple « parent: publications »",
  order: "Écrivez un nombre entier, par exemple « order: 30 »",
  page: "Ajoutez en tête du fichier un bloc « page: » avec title, description et date",
  plans: "Ajoutez un bloc « plans: » suivi d’un élément « - ministry: … » par document",
};

export function hintFor(field: string | number | undefined): string {
  if (typeof field === "string" && FIELD_HINTS[field]) return FIELD_HINTS[field]!;
  return "Corrigez la valeur en suivant l’exemple du fichier data/plans-action.yaml";
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

/** Damerau-free Levenshtein distance, enough to suggest « title » for « titel ». */
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
