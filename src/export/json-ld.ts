/**
 * schema.org structured data for a page of plans: the page as a `CollectionPage` whose parts are
 * the published documents, each a `DigitalDocument` published by its ministry (a
 * `GovernmentOrganization`). Unpublished plans have no URL and no file: they are left out.
 */
import mime from "mime";
import type { Plan } from "../model.ts";
import { itemId, itemJsonLd } from "./items-json-ld.ts";
import { absoluteUrl } from "./urls.ts";

export interface JsonLdPage {
  /** Site path of the page. */
  url: string;
  name: string;
  description: string;
  /** ISO date of the last update. */
  dateModified: string;
  /** Site path of the page's image. */
  image?: string;
}

type JsonLdNode = Record<string, unknown>;

/** `1058899` → `1.06 MB`: schema.org's contentSize is a text « in (mega/kilo)bytes ». */
export function contentSize(bytes: number): string {
  const units = ["B", "kB", "MB", "GB"] as const;
  let i = 0;
  let size = bytes;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i += 1;
  }
  return `${Math.round(size * 100) / 100} ${units[i]}`;
}

export function documentJsonLd(plan: Plan, siteUrl: string): JsonLdNode | undefined {
  const doc = plan.document;
  if (!doc) return undefined;
  const url = absoluteUrl(siteUrl, doc.url);
  const encodingFormat = doc.format ? mime.getType(doc.format) : null;
  return {
    "@type": "DigitalDocument",
    "@id": url,
    url,
    name: plan.title,
    inLanguage: plan.language,
    ...(encodingFormat ? { encodingFormat } : {}),
    ...(doc.bytes !== undefined ? { contentSize: contentSize(doc.bytes) } : {}),
    ...(doc.pages !== undefined ? { numberOfPages: doc.pages } : {}),
    temporalCoverage: String(plan.year),
    publisher: { "@type": "GovernmentOrganization", name: plan.ministry },
  };
}

/**
 * The JSON-LD graph of a page listing `plans`: the page, and a node per document. A page of a
 * long list (`withDocuments: false`) names its documents by their `@id` (their URL) only: the
 * open-data files describe all of them, and each page stays light. An items list's nodes are its
 * items' (items-json-ld.ts).
 */
export function collectionJsonLd(
  page: JsonLdPage,
  plans: readonly Plan[],
  siteUrl: string,
  withDocuments = true,
  itemsKey: "plans" | "items" = "plans",
): JsonLdNode {
  const node = itemsKey === "items" ? itemJsonLd : documentJsonLd;
  const id = itemsKey === "items" ? itemId : (plan: Plan) => (plan.document ? absoluteUrl(siteUrl, plan.document.url) : undefined);
  // One node per `@id`: in a list by category, one resource may sit under two headings.
  const ids = new Set<unknown>();
  const first = (key: unknown) => !ids.has(key) && Boolean(ids.add(key));
  const documents = withDocuments ? plans.map((plan) => node(plan, siteUrl)).filter((d): d is JsonLdNode => d !== undefined && first(d["@id"])) : [];
  const parts = withDocuments ? documents.map((d) => d["@id"]) : plans.flatMap((plan) => id(plan, siteUrl) ?? []).filter(first);
  const pageId = absoluteUrl(siteUrl, page.url);
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "CollectionPage",
        "@id": pageId,
        url: pageId,
        name: page.name,
        description: page.description,
        inLanguage: "fr",
        dateModified: page.dateModified,
        ...(page.image ? { image: absoluteUrl(siteUrl, page.image) } : {}),
        hasPart: parts.map((id) => ({ "@id": id })),
      },
      ...documents,
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as \u escapes so
 * no title can close the script element or open a comment, and U+2028/U+2029 likewise. The result
 * parses back to the same value. A data block is not executed: a strict CSP does not block it.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
