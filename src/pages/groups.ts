/**
 * A list's items under headings, as its rules say (`list.groupBy`): by category in the order the
 * list declares them, by year newest first, by publisher in the order they first appear, or one
 * group without a heading. The page prints the groups in this order, and a long list is cut into
 * pages in this order too, so that a page's headings follow each other from page to page.
 */
import type { ListRules, Plan } from "../model.ts";
import { ministrySlug } from "./ministries.ts";
import { groupByYear } from "./years.ts";

export interface ItemGroup {
  /** The heading's text; "" for a list that is not grouped (no heading). */
  title: string;
  /** The heading's `id`, an anchor for the summary and the links to each group: `categorie-guides`. */
  id: string;
  plans: Plan[];
}

export type GroupRules = Pick<ListRules, "groupBy" | "categories">;

/** The anchor prefix of the headings named by their title (a year's is `annee-2024`, as the plans page writes it). */
const ID_PREFIX = { category: "categorie", publisher: "editeur" } as const;

/**
 * The groups; `anchors` starts every heading's `id` (the list's `anchorPrefix`: "" for the site's
 * first list name, `guides-` for the list `guides`), so that two lists on one page keep theirs apart.
 */
export function groupItems(plans: readonly Plan[], rules: GroupRules, anchors = ""): ItemGroup[] {
  const groups = groupsOf(plans, rules);
  return anchors ? groups.map((g) => (g.id ? { ...g, id: anchors + g.id } : g)) : groups;
}

function groupsOf(plans: readonly Plan[], rules: GroupRules): ItemGroup[] {
  switch (rules.groupBy) {
    case "none":
      return plans.length ? [{ title: "", id: "", plans: [...plans] }] : [];
    case "year":
      return groupByYear(plans).map((g) => ({ title: String(g.year), id: `annee-${g.year}`, plans: g.plans }));
    case "category": {
      const order = new Map(rules.categories.map((c, i) => [c, i]));
      // Every item of a list by category has a declared one (the load checks it); any other last.
      const rank = (plan: Plan) => order.get(plan.category ?? "") ?? order.size;
      return withIds("category", byKey(plans, (p) => p.category ?? "").sort((a, b) => rank(a.plans[0]!) - rank(b.plans[0]!)));
    }
    case "publisher":
      return withIds("publisher", byKey(plans, (p) => p.ministry ?? ""));
  }
}

/** The items in the order the page shows them: group after group. */
export function inGroupOrder(plans: readonly Plan[], rules: GroupRules): Plan[] {
  return groupsOf(plans, rules).flatMap((g) => g.plans);
}

export interface GroupLink {
  title: string;
  id: string;
  /** The first page showing this group's items. */
  url: string;
}

/**
 * Where each group starts in a list cut into pages (`pages` in group order): a visitor reaches any
 * heading in one step. Empty for a list without headings.
 */
export function groupLinks(pages: ReadonlyArray<{ url: string; plans: readonly Plan[] }>, rules: GroupRules, anchors = ""): GroupLink[] {
  if (rules.groupBy === "none") return [];
  const out: GroupLink[] = [];
  for (const page of pages) {
    for (const group of groupItems(page.plans, rules, anchors)) {
      if (out.at(-1)?.id !== group.id) out.push({ title: group.title, id: group.id, url: page.url });
    }
  }
  return out;
}

/** Groups by a key, in the order keys first appear. */
function byKey(plans: readonly Plan[], key: (plan: Plan) => string): ItemGroup[] {
  const groups = new Map<string, Plan[]>();
  for (const plan of plans) {
    const k = key(plan);
    const list = groups.get(k);
    if (list) list.push(plan);
    else groups.set(k, [plan]);
  }
  return [...groups].map(([title, list]) => ({ title, id: "", plans: list }));
}

/** Each heading's anchor from its title; two titles that fold alike get `-2`, `-3`… */
function withIds(groupBy: "category" | "publisher", groups: ItemGroup[]): ItemGroup[] {
  const taken = new Set<string>();
  return groups.map((group) => {
    const base = `${ID_PREFIX[groupBy]}-${ministrySlug(group.title) || "sans-titre"}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return { ...group, id };
  });
}
