/**
 * Plans by year: the page groups them newest year first when the data holds several years, and
 * the feed lists documents newest first. Within a year, plans keep the editor's order.
 */
import type { Plan } from "../model.ts";

export interface YearGroup {
  year: number;
  plans: Plan[];
}

export function groupByYear(plans: readonly Plan[]): YearGroup[] {
  const groups = new Map<number, Plan[]>();
  for (const plan of plans) {
    // A plan always has a year; an item without a date is not in a list grouped by year.
    const year = plan.year ?? 0;
    const list = groups.get(year);
    if (list) list.push(plan);
    else groups.set(year, [plan]);
  }
  return [...groups].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, plans: list }));
}

/** Published plans, newest year first, the editor's order within a year. */
export function publishedNewestFirst(plans: readonly Plan[]): Plan[] {
  return groupByYear(plans).flatMap((g) => g.plans.filter((p) => p.document));
}
