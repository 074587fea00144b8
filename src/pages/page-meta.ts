/**
 * What each page of a list says about itself (`meta`): its title and description (« page N sur M »
 * on pages 2..N), its JSON-LD and its breadcrumb, made once per build from the list's own objects.
 */
import { collectionJsonLd, serializeJsonLd } from "../export/json-ld.ts";
import type { PlansOutputs } from "../export/outputs.ts";
import { fill } from "../labels.ts";
import type { PlansData } from "../model.ts";
import type { ResolvedOptions } from "../options.ts";
import type { MinistryPage } from "./ministries.ts";
import type { ListPage } from "./pagination.ts";

export function isLaterPage(listPage: unknown): listPage is ListPage {
  return (listPage as ListPage | undefined)?.number !== undefined && (listPage as ListPage).number > 1;
}

/** `Plans d’action – page 2 sur 84` on pages 2..N, so that each page has its own title (RGAA 8.6). */
function ofPages(text: string | undefined, listPage: unknown, opts: ResolvedOptions): string | undefined {
  if (text === undefined || !isLaterPage(listPage)) return text;
  return `${text} – ${fill(opts.labels.pageOf, { page: listPage.number, total: listPage.total })}`;
}

/** The breadcrumb of page N: its parent's crumbs, then « Page N ». */
function crumbOf(parent: string | undefined, listPage: unknown, opts: ResolvedOptions): { parent: string; title: string } | undefined {
  if (!parent || !isLaterPage(listPage)) return undefined;
  return { parent, title: fill(opts.labels.pageNumber, { page: listPage.number }) };
}

/**
 * Every page of the list with its `meta` (title, description, JSON-LD, crumb), made once per build
 * from the list's own objects: the pages' computed data and top-level `set`s only read it.
 */
export function describePages(outputs: PlansOutputs, data: PlansData, opts: ResolvedOptions, base: string): PlansOutputs {
  const { page } = data;
  const pages = outputs.pages.map((listPage) => ({
    ...listPage,
    meta: {
      title: ofPages(page.title, listPage, opts),
      description: ofPages(page.description, listPage, opts),
      jsonLd: plansPageJsonLd(data, opts, base, listPage),
      crumb: crumbOf(page.navigation?.key, listPage, opts),
    },
  }));
  const ministryPages = outputs.ministryPages.map((ministry) => {
    const { listPage } = ministry;
    const title = ofPages(`${ministry.title} - ${sectionTitle(data)}`, listPage, opts);
    const description = ofPages(ministryDescription(ministry, data), listPage, opts);
    const jsonLd = serializeJsonLd(
      collectionJsonLd({ url: listPage.url, name: ofPages(ministry.title, listPage, opts)!, description: description!, dateModified: page.date }, listPage.plans, base, !listPage.rows, data.list.itemsKey),
    );
    const crumb = crumbOf(page.navigation ? `${page.navigation.key}/${ministry.slug}` : undefined, listPage, opts);
    return { ...ministry, listPage: { ...listPage, meta: { title, description, jsonLd, crumb } } };
  });
  return { ...outputs, pages, ministryPages };
}

/** JSON-LD of one page of the plans page (the `CollectionPage` of its plans; every plan without pages). */
export function plansPageJsonLd(
  data: PlansData | undefined,
  opts: ResolvedOptions,
  base: string,
  listPage?: ListPage,
): string | undefined {
  if (!data) return undefined;
  const { page } = data;
  const jsonLd = collectionJsonLd(
    {
      url: listPage?.url ?? opts.url,
      name: ofPages(page.title, listPage, opts)!,
      description: ofPages(page.description, listPage, opts)!,
      dateModified: page.date,
      ...(page.image ? { image: page.image } : {}),
    },
    listPage?.plans ?? data.plans,
    base,
    !listPage?.rows,
    data.list.itemsKey,
  );
  return serializeJsonLd(jsonLd);
}

/** The plans page's short name: its menu title, or its title. */
function sectionTitle(data: PlansData | undefined): string {
  return data?.page.navigation?.title ?? data?.page.title ?? "";
}

function ministryDescription(ministry: MinistryPage, data: PlansData | undefined): string {
  const n = ministry.plans.length;
  const years = ministry.years.length ? ` (${ministry.years.join(", ")})` : "";
  return `${sectionTitle(data)} : ${ministry.title}, ${n} document${n > 1 ? "s" : ""}${years}.`;
}
