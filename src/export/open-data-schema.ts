/**
 * The open-data export's contract, written once with TypeBox: the JSON Schema published next to
 * `plans-action.json` and the TypeScript type of its records both derive from it. The CSV has the
 * same columns, in the same order, under the same names.
 *
 * Development-time only, like src/schema.ts: `npm run schema` writes it as plain JSON to
 * `src/generated/open-data-json-schema.js`, which the export reads, so a build does not load TypeBox.
 */
import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { DATE_PATTERN, LANGUAGE_PATTERN } from "../patterns.ts";
import { STATUS_PUBLISHED, STATUS_UPCOMING } from "./open-data-status.ts";

/** A value the data may not know yet: null in JSON, an empty cell in CSV. */
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export { STATUS_PUBLISHED, STATUS_UPCOMING };

/** One document, one CSV line. Property order is the CSV's column order. */
export const OpenDataRecordSchema = Type.Object(
  {
    ministere: Type.String({ minLength: 1, title: "Ministère", description: "Ministère ou direction qui publie le document." }),
    titre: Type.String({ minLength: 1, title: "Titre", description: "Titre du document." }),
    annee: Type.Integer({ minimum: 2000, maximum: 2100, title: "Année", description: "Année du plan." }),
    url_document: nullable(
      Type.String({
        minLength: 1,
        title: "Adresse du document",
        description: "Adresse du document ; absente (null, vide en CSV) tant qu’il est à paraître.",
      }),
    ),
    format: nullable(Type.String({ minLength: 1, title: "Format", description: "Format du fichier, en capitales (PDF, ODT…)." })),
    poids_octets: nullable(Type.Integer({ minimum: 0, title: "Poids", description: "Poids du fichier, en octets." })),
    nombre_pages: nullable(
      Type.Integer({ minimum: 1, title: "Nombre de pages", description: "Nombre de pages, lorsqu’il a été lu dans le fichier." }),
    ),
    langue: Type.String({ pattern: LANGUAGE_PATTERN, title: "Langue", description: "Code ISO 639-1 de la langue du document." }),
    pdf_balise: nullable(
      Type.Boolean({
        title: "PDF balisé",
        description: "Vrai si le PDF est balisé (structuré pour les technologies d’assistance), lorsque cela a été lu dans le fichier.",
      }),
    ),
    // A plain `enum` (rather than TypeBox's anyOf of constants): one clear error, one readable schema.
    statut: Type.Unsafe<typeof STATUS_PUBLISHED | typeof STATUS_UPCOMING>({
      type: "string",
      enum: [STATUS_PUBLISHED, STATUS_UPCOMING],
      title: "Statut de publication",
      description: "« publié » si le document est en ligne, « à paraître » sinon.",
    }),
  },
  { additionalProperties: false, title: "Document" },
);

export const OpenDataSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: "Adresse de ce schéma." })),
    titre: Type.String({ minLength: 1, title: "Titre de la page" }),
    description: Type.String({ title: "Description de la page" }),
    date_mise_a_jour: Type.String({ pattern: DATE_PATTERN, title: "Date de mise à jour (AAAA-MM-JJ)" }),
    page: Type.String({ minLength: 1, title: "Adresse de la page qui présente ces documents" }),
    plans: Type.Array(OpenDataRecordSchema, { title: "Documents", description: "Un élément par document, dans l’ordre de la page." }),
  },
  {
    $schema: "http://json-schema.org/draft-07/schema#",
    additionalProperties: false,
    title: "Plans d’action des ministères — données ouvertes",
    description: "Les documents de la page des plans d’action, un élément par document (mêmes colonnes que le CSV).",
  },
);

export type OpenDataRecord = Static<typeof OpenDataRecordSchema>;
export type OpenData = Static<typeof OpenDataSchema>;
