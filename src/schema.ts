/**
 * The data contract, written once: the JSON Schema that editors' IDEs read and the checks run
 * (`data/plans-action.schema.json`, generated from this file by `npm run schema`; a test proves the
 * committed file is what this file generates) and the TypeScript types of the input both derive from
 * these definitions, so they cannot drift apart. At run time the checks read the generated JSON
 * (`validate/contract.ts`), so `npm run check` does not load TypeBox.
 * Rules a schema cannot express (files that must exist, real dates, duplicates) live in
 * the rules in `validate/`.
 */
import { Type, type Static } from "@sinclair/typebox";
import { DATE_PATTERN, LANGUAGE_PATTERN, LINK_PATTERN, SITE_PATH_PATTERN, SIZE_PATTERN } from "./patterns.ts";
import { ItemSchema, ListSchema } from "./schema-items.ts";

export { DATE_PATTERN, HTTPS_URL_PATTERN, LANGUAGE_PATTERN, LINK_PATTERN, SITE_PATH_PATTERN, SIZE_PATTERN } from "./patterns.ts";

const text = (title: string, description: string, examples: string[]) =>
  Type.String({ minLength: 1, pattern: "\\S", title, description, examples });

export const NavigationSchema = Type.Object(
  {
    key: text("Clé de navigation", "Identifiant unique de la page dans le menu (sans espace).", ["plansAction"]),
    parent: Type.Optional(
      text("Page parente", "Clé de navigation de la page parente (fil d’Ariane).", ["publications"]),
    ),
    title: Type.Optional(
      text("Titre court", "Titre de la page dans le menu et le fil d’Ariane.", ["Plans d’action des ministères"]),
    ),
    order: Type.Optional(
      Type.Integer({
        title: "Ordre",
        description: "Position de la page parmi les pages de même niveau (plus petit = plus haut).",
        examples: [30],
      }),
    ),
  },
  {
    additionalProperties: false,
    title: "Navigation",
    description: "Place de la page dans la navigation du site (menu, fil d’Ariane). « key » est obligatoire.",
    examples: [{ key: "plansAction", parent: "publications", title: "Plans d’action des ministères", order: 30 }],
  },
);

export const PageSchema = Type.Object(
  {
    title: text("Titre de la page", "Titre principal (h1) de la page.", [
      "Plans d’action des ministères pour la réduction de l’empreinte environnementale du numérique",
    ]),
    description: text(
      "Description",
      "Résumé de la page en une ou deux phrases, repris par les moteurs de recherche et la liste des publications.",
      ["La mission interministérielle numérique écoresponsable publie les plans d’action 2022 des ministères."],
    ),
    date: Type.String({
      pattern: DATE_PATTERN,
      title: "Date de mise à jour",
      description: "Date de dernière mise à jour, au format AAAA-MM-JJ.",
      examples: ["2022-04-01"],
    }),
    image: Type.Optional(
      Type.String({
        pattern: SITE_PATH_PATTERN,
        title: "Image de la page",
        description: "Chemin dans le site d’une image qui illustre la page dans la liste des publications.",
        examples: ["/img/plans-action/couverture-dinum.png"],
      }),
    ),
    intro: Type.Optional(
      Type.String({
        title: "Introduction",
        description: "Texte d’introduction en Markdown (paragraphes, liens, italique, gras ; pas de HTML).",
        examples: ["Dans le cadre de la démarche Service Public Écoresponsable, …"],
      }),
    ),
    navigation: Type.Optional(NavigationSchema),
  },
  {
    additionalProperties: false,
    title: "Page",
    description: "Ce qui décrit la page elle-même : titre, description, date de mise à jour, introduction.",
    examples: [
      {
        title: "Plans d’action des ministères pour la réduction de l’empreinte environnementale du numérique",
        description: "La MiNumEco publie les plans d’action 2022 des ministères.",
        date: "2022-04-01",
      },
    ],
  },
);

export const PlanSchema = Type.Object(
  {
    ministry: text("Ministère", "Nom complet du ministère ou de la direction qui publie le document.", [
      "Ministère de la Transition écologique",
    ]),
    title: text("Titre du document", "Titre du document, sans le nom du ministère ni le poids.", [
      "Bilan 2020-2021 sur la thématique Mesure",
    ]),
    link: Type.Optional(
      Type.String({
        pattern: LINK_PATTERN,
        title: "Lien du document",
        description:
          "Chemin du fichier dans le site (commence par /docs/…) ou adresse https://. Sans lien, la carte affiche « À paraître ».",
        examples: ["/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf", "https://www.example.gouv.fr/plan.pdf"],
      }),
    ),
    size: Type.Optional(
      Type.String({
        pattern: SIZE_PATTERN,
        title: "Poids du fichier",
        description:
          "Obligatoire pour un lien https:// ; pour un fichier du site, il est calculé. Exemples : « 2,9 Mo », « 900 ko ».",
        examples: ["2,9 Mo", "900 ko"],
      }),
    ),
    cover: Type.Optional(
      Type.String({
        pattern: SITE_PATH_PATTERN,
        title: "Image de couverture",
        description: "Chemin dans le site de l’image de couverture (png, jpg, webp, avif, svg). Image décorative.",
        examples: ["/img/plans-action/couverture-mte.png"],
      }),
    ),
    year: Type.Optional(
      Type.Integer({
        minimum: 2000,
        maximum: 2100,
        title: "Année",
        description: "Année du plan (par défaut, l’année de la date de la page).",
        examples: [2022],
      }),
    ),
    language: Type.Optional(
      Type.String({
        pattern: LANGUAGE_PATTERN,
        title: "Langue du document",
        description: "Code ISO 639-1 de la langue du document, en minuscules (par défaut « fr »).",
        examples: ["fr", "en"],
      }),
    ),
  },
  {
    additionalProperties: false,
    title: "Plan d’action",
    description: "Un document publié par un ministère. « ministry » et « title » sont obligatoires.",
    examples: [
      {
        ministry: "Ministère de la Transition écologique",
        title: "Bilan 2020-2021 sur la thématique Mesure",
        link: "/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf",
        cover: "/img/plans-action/couverture-mte.png",
      },
    ],
  },
);

export const PlansFileSchema = Type.Object(
  {
    page: PageSchema,
    list: Type.Optional(ListSchema),
    // A file has `plans` (ministries' plans, `ministry` required) or `items` (any list): the rules
    // say so when it has neither or both, in an editor's words.
    plans: Type.Optional(
      Type.Array(PlanSchema, {
        title: "Plans d’action",
        description: "Les documents, dans l’ordre où ils s’affichent : un élément « - ministry: … » par document.",
        examples: [[{ ministry: "Ministère de la Culture", title: "Réduction des impacts environnementaux du numérique" }]],
      }),
    ),
    items: Type.Optional(
      Type.Array(ItemSchema, {
        title: "Éléments",
        description: "Les documents et ressources, dans l’ordre où ils s’affichent : un élément « - title: … » par ligne de la liste.",
        examples: [[{ title: "Guide de sensibilisation", link: "https://librairie.ademe.fr/guide.pdf" }]],
      }),
    ),
  },
  {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/numerique-gouv/eleventy-plugin-plans-action/plans-action.schema.json",
    additionalProperties: false,
    title: "Liste de documents et de ressources",
    description: "Données d’une liste : la page, la liste (facultatif), puis un élément par document (« plans: » pour les plans d’action des ministères, « items: » pour toute autre liste).",
    examples: [
      {
        page: { title: "Plans d’action des ministères", description: "Les plans d’action 2022.", date: "2022-04-01" },
        plans: [{ ministry: "Ministère de la Culture", title: "Réduction des impacts environnementaux du numérique" }],
      },
    ],
  },
);

export type NavigationInput = Static<typeof NavigationSchema>;
export type PageInput = Static<typeof PageSchema>;
export type PlanInput = Static<typeof PlanSchema>;
export type PlansFileInput = Static<typeof PlansFileSchema>;

/** The schema as plain JSON (what `data/plans-action.schema.json` holds). */
export function schemaAsJson(): string {
  return `${JSON.stringify(PlansFileSchema, null, 2)}\n`;
}
