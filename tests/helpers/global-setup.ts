/**
 * Vitest global setup for the browser tests: builds the demo site (with its own options), and a site from the test data
 * (a document in another language, a child page), each into a temporary folder as `npm run build` would,
 * and serves each like a real host (gzip, no cache) on 127.0.0.1. Tests read the folders and
 * origins with `inject("sites")`. It also unpacks the browser the browser tests share.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { demoOptions } from "../../.eleventy.ts";
import { chromiumExecutable } from "./browser.ts";
import { PROJECT_ROOT, writeSite } from "./build.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export interface ServedSite {
  /** The output folder. */
  dir: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    sites: { demo: ServedSite; langues: ServedSite };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), "plans-action-sites-"));
  const servers: StaticServer[] = [];
  const site = async (name: string, build: (dir: string) => Promise<void>): Promise<ServedSite> => {
    const dir = path.join(root, name);
    await build(dir);
    const server = await serveStatic(dir);
    servers.push(server);
    return { dir, origin: server.origin };
  };
  try {
    // Unpack the browser once, before the test files run in parallel (each then launches its own).
    // A failure here is left to the browser tests, which fail with the reason; the others still run.
    await chromiumExecutable().catch(() => undefined);
    // The demo as it ships: with the options its .eleventy.ts gives the plugin (siteUrl: canonical
    // links, Open Graph images, the Atom feed), so the budget is measured on the page visitors get.
    const demo = await site("demo", (dir) => writeSite(dir, demoOptions));
    // The test data: a document in English, and a child page so the plans page has a side menu.
    const langues = await site("langues", (dir) =>
      writeSite(dir, { dataFile: path.join(PROJECT_ROOT, "tests/fixtures/plans-langues.yaml") }, undefined, (eleventyConfig) => {
        eleventyConfig.addTemplate("plans-2023.njk", "<h1>Plans d’action 2023</h1>\n<p>Page de test, enfant de la page des plans.</p>", {
          layout: "layouts/site.njk",
          title: "Plans d’action 2023",
          permalink: "/publications/plans-action-ministeres/2023/",
          eleventyNavigation: { key: "plans2023", parent: "plansAction", title: "Plans d’action 2023" },
        });
      }),
    );
    project.provide("sites", { demo, langues });
  } catch (error) {
    await teardown();
    throw error;
  }
  async function teardown(): Promise<void> {
    await Promise.all(servers.map((s) => s.close()));
    await rm(root, { recursive: true, force: true });
  }
  return teardown;
}
