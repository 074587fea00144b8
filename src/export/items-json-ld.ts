/**
 * schema.org nodes for a generic list's items (`items:`): a file is a `DigitalDocument`; a document
 * in several formats is one `DigitalDocument` with an `encoding` (a `MediaObject`) per file; a link
 * to a web page is a `WebPage`. An item still « à paraître » has nothing to point at: left out.
 * Publishers are plain `Organization`s (a list's publisher need not be a government body).
 */
import mime from "mime";
import type { Plan, PlanDocument } from "../model.ts";
import { contentSize } from "./json-ld.ts";
import { absoluteUrl } from "./urls.ts";

type JsonLdNode = Record<string, unknown>;

/** The item's `@id`: its page's or its (first) file's absolute URL; none while « à paraître ». */
export function itemId(plan: Plan, siteUrl: string): string | undefined {
  const url = plan.page?.url ?? plan.files?.[0]?.url ?? plan.document?.url;
  return url === undefined ? undefined : absoluteUrl(siteUrl, url);
}

function fileProps(doc: PlanDocument): JsonLdNode {
  const encodingFormat = doc.format ? mime.getType(doc.format) : null;
  return {
    ...(encodingFormat ? { encodingFormat } : {}),
    ...(doc.bytes !== undefined ? { contentSize: contentSize(doc.bytes) } : {}),
    ...(doc.pages !== undefined ? { numberOfPages: doc.pages } : {}),
  };
}

export function itemJsonLd(plan: Plan, siteUrl: string): JsonLdNode | undefined {
  const id = itemId(plan, siteUrl);
  if (id === undefined) return undefined;
  const common = {
    "@id": id,
    url: id,
    name: plan.title,
    inLanguage: plan.language,
    ...(plan.description ? { description: plan.description } : {}),
    ...(plan.date ? { datePublished: plan.date } : {}),
    ...(plan.category ? { genre: plan.category } : {}),
    ...(plan.ministry ? { publisher: { "@type": "Organization", name: plan.ministry } } : {}),
  };
  if (plan.page) return { "@type": "WebPage", ...common };
  if (plan.files?.length) {
    const encoding = plan.files.map((file) => ({
      "@type": "MediaObject",
      contentUrl: absoluteUrl(siteUrl, file.url),
      name: file.label,
      inLanguage: file.language,
      ...fileProps(file),
    }));
    return { "@type": "DigitalDocument", ...common, encoding };
  }
  return { "@type": "DigitalDocument", ...common, ...fileProps(plan.document!) };
}
