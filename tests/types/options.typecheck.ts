/**
 * Type-level test of the public API, written as a user's TypeScript config would import it.
 * Checked twice: by `npm run typecheck` (the package name maps to `src/` in tsconfig.json) and,
 * against the published `.d.ts`, by tests/package/install.test.ts in a site where the packed
 * plugin is installed. Each `@ts-expect-error` line must fail to compile: if a wrong option type
 * were ever accepted, TypeScript would report the directive as unused and the check would fail.
 */
import plansAction, { type PlansActionOptions } from "eleventy-plugin-plans-action";

declare const eleventyConfig: Parameters<typeof plansAction>[0];

// Options with right values.
export const complete: PlansActionOptions = {
  dataFile: "data/plans-action.yaml",
  root: "/srv/site",
  url: "/publications/plans-action-ministeres/",
  layout: "plans-action/page.njk",
  headingLevel: 3,
  dataKey: "plansAction",
  copyFiles: false,
  assetsUrl: "/assets/dsfr/",
  admin: { url: "/edition/", repo: "numerique-gouv/plans" },
};
plansAction(eleventyConfig);
plansAction(eleventyConfig, { headingLevel: 2, copyFiles: true });

// @ts-expect-error headingLevel is 2, 3, 4, 5 or 6
export const tooDeep: PlansActionOptions = { headingLevel: 7 };
// @ts-expect-error headingLevel is a number, not text
export const levelAsText: PlansActionOptions = { headingLevel: "2" };
// @ts-expect-error copyFiles is a boolean
export const copyAsText: PlansActionOptions = { copyFiles: "non" };
// @ts-expect-error admin is a boolean or its options
export const adminAsText: PlansActionOptions = { admin: "oui" };
// @ts-expect-error url is text
export const urlAsNumber: PlansActionOptions = { url: 42 };
// @ts-expect-error an unknown option (a typo of dataFile) is refused
export const typo: PlansActionOptions = { dataFiel: "data/plans.yaml" };
// @ts-expect-error options are an object
plansAction(eleventyConfig, "data/plans-action.yaml");
// @ts-expect-error the plugin needs Eleventy's configuration object
plansAction();
