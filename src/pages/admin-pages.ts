/**
 * The editing page and its CMS configuration, as Eleventy virtual templates: kept out of
 * collections (so out of the sitemap, the feed and the navigation), without a layout (the page is
 * the CMS's, with its own Content-Security-Policy and `noindex`). Their data is read when they
 * render, once every list is loaded.
 */
import type { VirtualTemplate } from "./virtual-pages.ts";

/** What the editing page prints: its title, and the addresses of the CMS and its configuration. */
export interface AdminPage {
  title: string;
  /** The scripts' and the configuration's addresses, path prefix included. */
  scripts: string[];
  configHref: string;
  /** The CMS configuration, as YAML. */
  config: string;
}

const OUT_OF_SITE = { eleventyExcludeFromCollections: true, layout: false };

/** The page at `url` (a URL folder) and its `config.yml` beside it. */
export function adminTemplates(url: string, page: () => AdminPage): VirtualTemplate[] {
  const computed = { eleventyComputed: { plansActionAdmin: () => page() } };
  return [
    {
      path: "plans-action-admin.virtual.njk",
      content: '{% include "plans-action/admin.njk" %}',
      data: { ...OUT_OF_SITE, permalink: url, ...computed },
    },
    {
      path: "plans-action-admin-config.virtual.njk",
      content: "{{ plansActionAdmin.config | safe }}",
      data: { ...OUT_OF_SITE, permalink: `${url}config.yml`, ...computed },
    },
  ];
}
