/**
 * The demo site's Eleventy configuration: wiring only. Pages live in `site/`, shared layouts in
 * `_includes/`, the plans in `data/plans-action.yaml`; the plugin does the rest.
 */
import plansAction from "./src/index.ts";

export default function (eleventyConfig: { addPlugin(plugin: unknown, options?: unknown): void }) {
  eleventyConfig.addPlugin(plansAction, {
    // The public address of the MiNumEco site: absolute URLs for the feed, the sitemap, Open Graph.
    // The GitHub workflow gives the Pages origin instead (SITE_URL), with its base path as pathPrefix.
    siteUrl: process.env.SITE_URL || "https://ecoresponsable.numerique.gouv.fr",
  });
}

export const config = {
  dir: { input: "site", includes: "../_includes", output: "_site" },
  templateFormats: ["njk", "md"],
};
