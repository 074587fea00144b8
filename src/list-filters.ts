/**
 * The filters a generic list's components call (`_includes/plans-action/groups.njk` and its
 * parts): pure functions of the list's data, registered by the plugin under these names.
 */
import { documentDetail, itemDateLabel, type Lang } from "./labels.ts";
import type { PlanDocument } from "./model.ts";
import { groupItems, groupLinks } from "./pages/groups.ts";

export const LIST_FILTERS = {
  /** The items of a page under their headings, as the list groups them. */
  plansActionGroups: groupItems,
  /** Where each heading starts in a list of several pages. */
  plansActionGroupLinks: groupLinks,
  /** « 2024 », « mai 2024 », « 13 mai 2024 » (or in English). */
  plansActionItemDate: (date: unknown, lang: Lang = "fr") => (typeof date === "string" ? itemDateLabel(date, lang) : ""),
  /** A file's details (`ODS - 101 ko`) in the page's language. */
  plansActionFileDetail: (file: PlanDocument & { language?: string }, lang: Lang = "fr") =>
    file ? documentDetail(file, file.language ?? "fr", lang) : "",
} as const;
