/**
 * The editing page's wiring (the `admin` option): one page for the site, whose form has an entry
 * per list that asked for it. The lists register here as the plugin adds them; the configuration
 * is written when the page renders, from the data Eleventy just loaded; the CMS's files are
 * written beside the page once Eleventy has written the site.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { jsYaml } from "../cjs.ts";
import type { EleventyConfig } from "../eleventy-types.ts";
import { withPathPrefix } from "../export/urls.ts";
import type { ResolvedAdmin } from "../options.ts";
import { copyAll } from "../output/copies.ts";
import { PACKAGE_ROOT } from "../package.ts";
import { type AdminPage, adminTemplates } from "../pages/admin-pages.ts";
import { PlansActionOptionsError } from "../resolve-options.ts";
import type { ListState, Site } from "../state.ts";
import { plansSchema } from "../validate/contract.ts";
import { cmsConfig } from "./cms-config.ts";
import { CMS_CONFIG_SCHEMA, CMS_PREFERENCES, CMS_SCRIPT, cmsFiles, cmsPackageDir } from "./cms-files.ts";
import { editedList, repositoryName, repositoryRoot } from "./edited-lists.ts";

interface Editing {
  admin: Exclude<ResolvedAdmin, false>;
  lists: ListState[];
  /** The page made from the lists' data of this build: Eleventy asks for it several times per build. */
  made?: { from: unknown[]; page: AdminPage };
}

const EDITING = new WeakMap<Site, Editing>();

const HEADER = "# Écrit par eleventy-plugin-plans-action depuis le schéma des données et les listes : ne le modifiez pas, il est réécrit à chaque construction.\n";

/** Adds `list` to the site's editing page, setting the page up with the first list that has one. */
export function addEditedList(eleventyConfig: EleventyConfig, site: Site, list: ListState): void {
  const admin = list.opts.admin;
  if (!admin) return;
  const editing = EDITING.get(site);
  if (editing) {
    if (JSON.stringify(editing.admin) !== JSON.stringify(admin)) {
      throw new PlansActionOptionsError(
        `plans-action : deux listes demandent des pages d’édition différentes : admin: ${JSON.stringify(editing.admin)} et admin: ${JSON.stringify(admin)}. ` +
          "Le site a une seule page d’édition : donnez la même option « admin » à chaque liste.",
      );
    }
    editing.lists.push(list);
    return;
  }
  const created: Editing = { admin, lists: [list] };
  EDITING.set(site, created);
  for (const t of adminTemplates(admin.url, () => adminPage(site, created))) eleventyConfig.addTemplate(t.path, t.content, t.data);
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode }) => {
    if (outputMode !== "fs") return;
    await writeCmsFiles(path.join(directories.output, ...admin.url.split("/").filter(Boolean)), site, created);
  });
}

function adminPage(site: Site, editing: Editing): AdminPage {
  const from = [site.hrefPrefix, ...editing.lists.map((l) => l.data)];
  if (editing.made?.from.every((x, i) => x === from[i])) return editing.made.page;
  const href = withPathPrefix(editing.admin.url, site.hrefPrefix);
  const page = {
    title: "Édition des listes",
    scripts: [`${href}${CMS_PREFERENCES}`, `${href}${CMS_SCRIPT}`],
    configHref: `${href}config.yml`,
    config: `# yaml-language-server: $schema=${href}${CMS_CONFIG_SCHEMA}\n${configYaml(site, editing)}`,
  };
  editing.made = { from, page };
  return page;
}

/** The CMS configuration, from the schema the plugin ships and each list's last valid data. */
function configYaml(site: Site, editing: Editing): string {
  const { root } = editing.lists[0]!.opts;
  const repo = repositoryName(editing.admin.repo, root);
  if (!repo) {
    throw new PlansActionOptionsError(
      "plans-action : la page d’édition enregistre dans un dépôt GitHub, que rien ne nomme : ni l’option admin: { repo: \"propriétaire/nom\" }, " +
        "ni la variable GITHUB_REPOSITORY (GitHub Actions), ni « repository » dans le package.json du site. Ajoutez l’un des trois.",
    );
  }
  const repoRoot = repositoryRoot(root);
  const lists = editing.lists.map((l) => editedList(l.opts, l.data, repoRoot));
  const siteUrl = site.base.startsWith("http") ? site.base : undefined;
  return HEADER + jsYaml.dump(cmsConfig(plansSchema(), lists, { repo, branch: editing.admin.branch, siteUrl }), { lineWidth: -1, noRefs: true });
}

const rewritten = new Map<string, ReturnType<typeof cmsFiles>>();

/** The CMS's files beside the page: the rewritten bundle written when it changed, the rest copied. */
async function writeCmsFiles(folder: string, site: Site, editing: Editing): Promise<void> {
  const packageDir = cmsPackageDir([editing.lists[0]!.opts.root, PACKAGE_ROOT]);
  const href = withPathPrefix(editing.admin.url, site.hrefPrefix);
  // Rewritten once per process: under `npm start`, each rebuild then only compares.
  const key = `${packageDir}\n${href}`;
  const files = rewritten.get(key) ?? cmsFiles(packageDir, href);
  rewritten.set(key, files);
  await copyAll(new Map([...files.copied].map(([to, from]) => [path.join(folder, to), from])));
  for (const [to, content] of files.written) {
    const target = path.join(folder, to);
    await mkdir(path.dirname(target), { recursive: true });
    if ((await readFile(target, "utf8").catch(() => undefined)) !== content) await writeFile(target, content);
  }
}
