/**
 * The demo site's Eleventy configuration: wiring only. Pages live in `site/`, shared layouts in
 * `_includes/`, the plans in `data/plans-action.yaml`; the plugin does the rest.
 */
import plansAction from "./src/index.ts";

/** The plugin's options for the demo site, exported so the browser tests measure the site as it ships. */
export const demoOptions = {
  // The public address of the MiNumEco site: absolute URLs for the feed, the sitemap, Open Graph.
  // The GitHub workflow gives the Pages origin instead (SITE_URL), with its base path as pathPrefix.
  siteUrl: process.env.SITE_URL || "https://ecoresponsable.numerique.gouv.fr",
  // The editing page at /admin/: a form generated from the data's schema, saving to this repository
  // (GITHUB_REPOSITORY under GitHub Actions, else package.json's `repository`).
  admin: true,
};

export default function (eleventyConfig: { addPlugin(plugin: unknown, options?: unknown): void }) {
  eleventyConfig.addPlugin(plansAction, demoOptions);
}

export const config = {
  dir: { input: "site", includes: "../_includes", output: "_site" },
  templateFormats: ["njk", "md"],
};
