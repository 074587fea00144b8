/**
 * The generic list's part of the data contract (`items:` and `list:`), beside the plans file's
 * (`schema.ts`): any list of documents and resources, where a title is the only field every item
 * needs and the list says what else its items need (`list.required`) and how it shows them.
 */
import { Type, type Static } from "@sinclair/typebox";
import {
  FORMAT_PATTERN,
  ITEM_DATE_PATTERN,
  ITEM_LINK_PATTERN,
  LANGUAGE_PATTERN,
  LINK_PATTERN,
  SITE_PATH_PATTERN,
  SIZE_PATTERN,
} from "./patterns.ts";

const text = (title: string, description: string, examples: string[]) =>
  Type.String({ minLength: 1, pattern: "\\S", title, description, examples });

/** How a list shows its items, each in DSFR 1.15 markup. */
export const PRESENTATIONS = ["cards", "tiles", "downloads", "links"] as const;
/** How a list groups its items under headings. */
export const GROUPINGS = ["category", "year", "publisher", "none"] as const;
/** The fields a list may require of every item. */
export const REQUIRABLE = ["link", "date", "category", "publisher", "description", "cover", "size"] as const;

/**
 * One of a few words, as a plain `enum` (a union of literals would make Ajv say only that no
 * branch matched; `enum` gives the allowed values, which the message lists).
 */
const oneOf = <T extends string>(values: readonly T[], meta: { title: string; description: string; examples: string[] }) =>
  Type.Unsafe<T>({ type: "string", enum: [...values], ...meta });

const size = () =>
  Type.String({
    pattern: SIZE_PATTERN,
    title: "Poids du fichier",
    description: "Pour un fichier d’un autre site : son poids, s’il est connu. Pour un fichier du site, il est calculé. Exemples : « 2,9 Mo », « 900 ko ».",
    examples: ["2,9 Mo", "900 ko"],
  });
const format = () =>
  Type.String({
    pattern: FORMAT_PATTERN,
    title: "Format du fichier",
    description: "Format d’un fichier dont l’adresse ne finit pas par son extension, par exemple « PDF ».",
    examples: ["PDF", "ODS"],
  });
const language = () =>
  Type.String({
    pattern: LANGUAGE_PATTERN,
    title: "Langue",
    description: "Code ISO 639-1 de la langue, en minuscules (par défaut « fr »).",
    examples: ["fr", "en"],
  });

export const FileSchema = Type.Object(
  {
    link: Type.String({
      pattern: LINK_PATTERN,
      title: "Lien du fichier",
      description: "Chemin du fichier dans le site (commence par /docs/…) ou adresse https:// du fichier.",
      examples: ["/docs/2024/indicateurs.ods", "https://www.example.gouv.fr/indicateurs.xlsx"],
    }),
    label: Type.Optional(
      text("Libellé", "Nom de ce format dans la liste des fichiers (par défaut, le format : « ODS »).", ["Tableur ODS"]),
    ),
    size: Type.Optional(size()),
    format: Type.Optional(format()),
    language: Type.Optional(language()),
  },
  {
    additionalProperties: false,
    title: "Fichier",
    description: "Un des formats d’un document : son lien, et s’il le faut son libellé, son poids, son format.",
    examples: [{ link: "/docs/2024/indicateurs.ods", label: "Tableur ODS" }],
  },
);

export const ItemSchema = Type.Object(
  {
    title: text("Titre", "Titre du document ou de la ressource.", ["Guide de sensibilisation au numérique responsable"]),
    link: Type.Optional(
      Type.String({
        pattern: ITEM_LINK_PATTERN,
        title: "Lien",
        description:
          "Un fichier du site (/docs/…), une page du site (/publications/guide/), ou une adresse https:// (fichier ou page). Sans lien ni fichiers, l’élément affiche « À paraître ».",
        examples: ["/docs/2024/guide.pdf", "/publications/guide/", "https://librairie.ademe.fr/guide.pdf"],
      }),
    ),
    files: Type.Optional(
      Type.Array(FileSchema, {
        minItems: 1,
        title: "Fichiers",
        description: "Un document proposé en plusieurs formats : un élément « - link: … » par format (à la place de « link »).",
        examples: [[{ link: "/docs/2024/indicateurs.pdf" }, { link: "/docs/2024/indicateurs.ods" }]],
      }),
    ),
    size: Type.Optional(size()),
    format: Type.Optional(format()),
    description: Type.Optional(text("Description", "Une ou deux phrases en texte brut.", ["Un guide pour agir dès aujourd’hui."])),
    date: Type.Optional(
      // One node, not a union: Ajv then says which rule failed (a union only says that none matched).
      Type.Unsafe<number | string>({
        type: ["integer", "string"],
        minimum: 1900,
        maximum: 2100,
        pattern: ITEM_DATE_PATTERN,
        title: "Date",
        description: "Date de publication : une année (2024), un mois (2024-05) ou un jour (2024-05-13).",
        examples: [2024, "2024-05", "2024-05-13"],
      }),
    ),
    category: Type.Optional(text("Catégorie", "Rubrique sous laquelle l’élément s’affiche ; une de celles de « list.categories ».", ["Guides"])),
    publisher: Type.Optional(text("Éditeur", "Organisme qui publie le document ou la ressource.", ["ADEME"])),
    badge: Type.Optional(text("Badge", "Court texte mis en avant sur l’élément.", ["Nouveau", "Sortie fin 2025"])),
    cover: Type.Optional(
      Type.String({
        pattern: SITE_PATH_PATTERN,
        title: "Image",
        description: "Chemin dans le site de l’image de l’élément (png, jpg, webp, avif, svg).",
        examples: ["/img/guides/couverture-guide.png"],
      }),
    ),
    coverAlt: Type.Optional(
      text("Texte de l’image", "Ce que l’image dit, quand elle dit quelque chose (sans ce champ, l’image est décorative).", [
        "Couverture du guide : un ordinateur portable",
      ]),
    ),
    language: Type.Optional(language()),
  },
  {
    additionalProperties: false,
    title: "Élément",
    description: "Un document ou une ressource de la liste. Seul « title » est obligatoire pour tous ; la liste peut en exiger d’autres (« list.required »).",
    examples: [{ title: "Guide de sensibilisation", link: "https://librairie.ademe.fr/guide.pdf", category: "Guides" }],
  },
);

export const ListSchema = Type.Object(
  {
    presentation: Type.Optional(
      oneOf(PRESENTATIONS, {
        title: "Présentation",
        description: "cards (cartes), tiles (tuiles), downloads (liens de téléchargement) ou links (liste de liens).",
        examples: ["cards", "links"],
      }),
    ),
    groupBy: Type.Optional(
      oneOf(GROUPINGS, {
        title: "Regroupement",
        description: "category (par catégorie, dans l’ordre de « categories »), year (par année), publisher (par éditeur) ou none.",
        examples: ["category", "none"],
      }),
    ),
    categories: Type.Optional(
      Type.Array(text("Catégorie", "Nom d’une rubrique.", ["Guides"]), {
        minItems: 1,
        uniqueItems: true,
        title: "Catégories",
        description: "Les rubriques de la liste, dans leur ordre d’affichage ; chaque « category » d’élément en est une.",
        examples: [["Guides", "Études", "Vidéos"]],
      }),
    ),
    required: Type.Optional(
      Type.Array(
        oneOf(REQUIRABLE, { title: "Champ", description: "Un champ que chaque élément doit avoir.", examples: ["date"] }),
        {
          uniqueItems: true,
          title: "Champs obligatoires",
          description: "Les champs, en plus de « title », que chaque élément de la liste doit avoir.",
          examples: [["date", "publisher"]],
        },
      ),
    ),
  },
  {
    additionalProperties: false,
    title: "Liste",
    description: "Comment la liste montre ses éléments (présentation, regroupement) et ce que chacun doit avoir.",
    examples: [{ presentation: "links", groupBy: "category", categories: ["Guides", "Études"] }],
  },
);

export type ItemInput = Static<typeof ItemSchema>;
export type FileInput = Static<typeof FileSchema>;
export type ListInput = Static<typeof ListSchema>;
export type Presentation = (typeof PRESENTATIONS)[number];
export type Grouping = (typeof GROUPINGS)[number];
export type Requirable = (typeof REQUIRABLE)[number];
