/**
 * The demo's editing page (`admin: true`) in the test Chromium, as an editor uses it on their own
 * machine: Sveltia CMS's « Travailler avec un dépôt local », which asks the browser for a folder
 * (File System Access API) and reads and writes the clone there. The folder the test gives it is a
 * real directory handle from the browser's own private file system (OPFS), filled with a copy of
 * the repository's data file: the CMS reads it, saves into it (the data file and the uploaded
 * PDF), and the test reads back what it saved, then checks and builds a site with it. No GitHub
 * account, and nothing is faked inside the CMS.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { parse } from "node-html-parser";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "../helpers/browser.ts";
import { buildSite, PROJECT_ROOT } from "../helpers/build.ts";
import { formatFigures, measurePage } from "../helpers/measure-page.ts";
import { copyProject } from "../helpers/project-copy.ts";

const { demo } = inject("sites");
const ADMIN = `${demo.origin}/admin/`;
const DATA = readFileSync(path.join(PROJECT_ROOT, "data/plans-action.yaml"), "utf8");
const PDF_PATH = "docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf";
const COVER_PATH = "img/plans-action/couverture-mte.png";
/**
 * The PDF the editor uploads: the demo's, with a comment after its end, so that it is a new file
 * (the CMS links an upload identical to a file of the clone to that file instead of copying it).
 */
const PDF = Buffer.concat([readFileSync(path.join(PROJECT_ROOT, PDF_PATH)), Buffer.from("\n% Bilan 2023 de la Culture\n")]);
/** The clone: the data file, and the one PDF it links to with its cover (base64). */
const CLONE = Object.fromEntries(
  ["data/plans-action.yaml", PDF_PATH, COVER_PATH].map((f) => [f, readFileSync(path.join(PROJECT_ROOT, f)).toString("base64")]),
);
const SCHEMA = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "data/plans-action.schema.json"), "utf8"));
const { browser, page: withPage } = sharedBrowser();

/** What the page did: every request's URL, and what it logged as an error or a warning. */
function watch(page: Page) {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()} : ${m.text().slice(0, 300)}`);
  });
  page.on("pageerror", (e) => problems.push(`exception : ${e.message}`));
  return { requests, problems, elsewhere: () => requests.filter((u) => !u.startsWith(`${demo.origin}/`) && !/^(blob|data):/.test(u)) };
}

/**
 * The editor's clone: a folder of the browser's private file system with `.git` and the data file,
 * which the page's folder picker returns (the browser's own picker needs a person to click).
 */
async function openLocalClone(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle("depot") });
  });
  await page.goto(`${demo.origin}/mentions-legales/`);
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry("depot", { recursive: true }).catch(() => undefined);
    const clone = await root.getDirectoryHandle("depot", { create: true });
    await clone.getDirectoryHandle(".git", { create: true });
    for (const [name, base64] of Object.entries(files)) {
      const parts = name.split("/");
      let folder = clone;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, CLONE);
  await page.goto(ADMIN);
  await page.getByRole("button", { name: "Travailler avec un dépôt local" }).click();
  await page.getByText("Plans d’action des ministères").first().click();
  await page.getByRole("button", { name: /Ajouter.*Plan d’action/ }).waitFor();
}

/**
 * Every file of the clone, as the CMS left it (its temporary files left out): the text of the
 * YAML files; of the others, their size, or with `bytes`, their content in base64.
 */
async function cloneFiles(page: Page, bytes = false): Promise<Record<string, string | number>> {
  return page.evaluate(async (withBytes) => {
    const files: Record<string, string | number> = {};
    const folders: Array<[FileSystemDirectoryHandle, string]> = [[await (await navigator.storage.getDirectory()).getDirectoryHandle("depot"), ""]];
    for (let next = folders.pop(); next; next = folders.pop()) {
      const [folder, prefix] = next;
      for await (const [name, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === "directory") folders.push([handle as FileSystemDirectoryHandle, `${prefix}${name}/`]);
        else if (!name.startsWith(".sveltia-tmp-")) {
          // A file the CMS is writing (under a temporary name, then moved) may be gone already.
          const file = await (handle as FileSystemFileHandle).getFile().catch(() => undefined);
          if (!file) continue;
          if (name.endsWith(".yaml")) files[`${prefix}${name}`] = await file.text();
          else if (!withBytes) files[`${prefix}${name}`] = file.size;
          else {
            const data = new Uint8Array(await file.arrayBuffer());
            let binary = "";
            for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
            files[`${prefix}${name}`] = btoa(binary);
          }
        }
      }
    }
    return files;
  }, bytes);
}

describe("the demo's editing page", () => {
  it("is valid HTML, kept out of search engines, with its own policy", async () => {
    const html = readFileSync(path.join(demo.dir, "admin/index.html"), "utf8");
    const report = await new HtmlValidate(JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8"))).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
    const head = parse(html);
    expect(head.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex, nofollow");
    const policy = head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*https:/);
    // Not in the sitemap, nor in the site's navigation.
    expect(readFileSync(path.join(demo.dir, "sitemap.xml"), "utf8")).not.toContain("/admin/");
    expect(readFileSync(path.join(demo.dir, "publications/plans-action-ministeres/index.html"), "utf8")).not.toContain("/admin/");
  });

  it("loads from the site's own files, in French, with no error and no request to another host", async () => {
    await withPage(async (page) => {
      const seen = watch(page);
      await page.goto(ADMIN);
      await expect.poll(() => page.getByRole("button", { name: "Travailler avec un dépôt local" }).isVisible()).toBe(true);
      await expect(page.getByRole("button", { name: "Se connecter avec un jeton d’accès" }).isVisible()).resolves.toBe(true);
      await page.waitForLoadState("networkidle");
      expect(seen.requests).toContain(`${ADMIN}cms/locales/fr.json`);
      expect(seen.elsewhere()).toEqual([]);
      expect(seen.problems).toEqual([]);
    }, { locale: "en-US" }); // French whatever the browser's language
  });

  it("shows the plans list's entries and a document's form with French labels, « Enregistrer » inactive until a change", async () => {
    await withPage(async (page) => {
      const seen = watch(page);
      await openLocalClone(page);
      const titles = [...DATA.matchAll(/^ {2}- ministry: (.+)\n {4}title: (.+)$/gm)].map((m) => `${m[1]} — ${m[2]}`);
      expect(titles).toHaveLength(13);
      // The CMS draws the entries as they scroll into view: scroll down the form, noting each one seen.
      const missing = new Set(titles);
      await page.mouse.move(683, 450);
      for (let screens = 0; missing.size && screens < 80; screens++) {
        for (const title of missing) if ((await page.getByText(title, { exact: true }).count()) > 0) missing.delete(title);
        await page.mouse.wheel(0, 300);
        await page.waitForTimeout(50);
      }
      expect([...missing]).toEqual([]);
      const save = page.getByRole("button", { name: "Enregistrer" });
      await expect(save.isDisabled()).resolves.toBe(true);

      // A published document's form: its PDF and its cover, from the clone; still nothing to save.
      const published = page.getByText("Ministère de la Transition écologique — Bilan 2020-2021 sur la thématique Mesure", { exact: true });
      await page.getByRole("group").filter({ has: published }).last().getByRole("button", { name: "Développer" }).click();
      await expect.poll(() => page.getByRole("textbox", { name: "Titre du document" }).inputValue()).toBe("Bilan 2020-2021 sur la thématique Mesure");
      await expect.poll(() => page.getByText(`/${PDF_PATH}`, { exact: true }).count()).toBe(1);
      await page.waitForLoadState("networkidle");
      await expect(save.isDisabled()).resolves.toBe(true);
      await page.getByRole("button", { name: "Réduire", exact: true }).last().click();

      await page.getByRole("button", { name: /Ajouter.*Plan d’action/ }).click();
      await expect.poll(() => save.isEnabled()).toBe(true);
      const labels = Object.values(SCHEMA.properties.plans.items.properties as Record<string, { title: string }>).map((p) => p.title);
      for (const label of labels) await expect.poll(() => page.getByRole("group", { name: `Champ « \u2068${label}\u2069 »` }).count(), { message: label }).toBe(1);
      expect(seen.elsewhere()).toEqual([]);
      expect(seen.problems).toEqual([]);
    });
  });

  describe("a document added through the form", () => {
    let saved: Record<string, string | number>;
    let project: ReturnType<typeof copyProject>;
    beforeAll(async () => {
      await withPage(async (page) => {
        const seen = watch(page);
        await openLocalClone(page);
        await page.getByRole("button", { name: /Ajouter.*Plan d’action/ }).click();
        await page.getByRole("combobox", { name: "Ministère" }).click();
        await page.getByRole("option", { name: "Ministère de la Culture" }).click();
        await page.getByRole("textbox", { name: "Titre du document" }).fill("Bilan 2023 du ministère de la Culture");
        await page
          .getByRole("group", { name: /Lien du document/ })
          .locator("input[type=file]")
          .first()
          .setInputFiles({ name: "bilan-culture-2023.pdf", mimeType: "application/pdf", buffer: PDF });
        await page.getByRole("button", { name: "Enregistrer" }).click();
        // The CMS writes the PDF, then the data file, into the folder.
        const written = (files: typeof saved) => "docs/bilan-culture-2023.pdf" in files && String(files["data/plans-action.yaml"]).includes("Bilan 2023");
        for (let waited = 0; !written(await cloneFiles(page)) && waited < 15_000; waited += 200) await page.waitForTimeout(200);
        saved = await cloneFiles(page, true);
        expect(seen.elsewhere()).toEqual([]);
        expect(seen.problems).toEqual([]);
      });
      project = copyProject();
      for (const [file, content] of Object.entries(saved)) {
        if (file.startsWith(".git")) continue;
        writeFileSync(path.join(project.dir, file), file.endsWith(".yaml") ? String(content) : Buffer.from(String(content), "base64"));
      }
    }, 120_000);
    afterAll(() => project?.remove());

    it("is saved as YAML with its ministry, title and the uploaded PDF's site path, the other documents unchanged", () => {
      const yaml = saved["data/plans-action.yaml"] as string;
      expect(yaml).toContain("  - ministry: Ministère de la Culture\n    title: Bilan 2023 du ministère de la Culture\n    link: /docs/bilan-culture-2023.pdf\n");
      expect(Buffer.from(String(saved["docs/bilan-culture-2023.pdf"]), "base64").equals(PDF)).toBe(true);
      const documents = (text: string) => [...text.matchAll(/^ {4}title: (.+)$/gm)].map((m) => m[1]);
      expect(documents(yaml)).toEqual([...documents(DATA), "Bilan 2023 du ministère de la Culture"]);
    });

    it("passes npm run check", () => {
      const check = spawnSync("npm", ["run", "-s", "check"], { cwd: project.dir, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } });
      expect(check.stdout + check.stderr).toContain("data/plans-action.yaml : valide, 14 plans vérifiés (0 erreur, 0 avertissement).");
      expect(check.status).toBe(0);
    });

    it("is published: a link on the list's page (14 documents: links, beyond 13 cards) and a card on its ministry's", async () => {
      const pages = await buildSite({ root: project.dir });
      const list = parse(pages.get("/publications/plans-action-ministeres/")!);
      const link = list.querySelector('a[href="/docs/bilan-culture-2023.pdf"]');
      expect(link?.text).toContain("Bilan 2023 du ministère de la Culture");
      const ministry = parse(pages.get("/publications/plans-action-ministeres/ministere-de-la-culture/")!);
      const card = ministry.querySelectorAll(".fr-card").find((c) => c.querySelector(".fr-card__title a")?.getAttribute("href") === "/docs/bilan-culture-2023.pdf");
      expect(card?.querySelector(".fr-card__title")?.text.trim()).toMatch(/^Bilan 2023 du ministère de la Culture/);
      expect(card?.querySelector(".fr-card__end .fr-card__detail")?.text).toMatch(/^PDF - 1,06 Mo/);
    });
  });

  it("weighs what the documentation says, on a first visit (gzip, no cache)", async () => {
    const figures = await measurePage(browser(), ADMIN);
    console.log(`Page d’édition : ${formatFigures(figures)}`);
    console.log(figures.resources.map((r) => `  ${String(r.bytes).padStart(8)} o  ${new URL(r.url).pathname}`).join("\n"));
    for (const r of figures.resources) expect(new URL(r.url).origin, r.url).toBe(demo.origin);
    const documented = /La page d’édition pèse ([\d,]+) Mo/.exec(readFileSync(path.join(PROJECT_ROOT, "documentation/edition.md"), "utf8"))?.[1];
    expect(Math.abs(figures.bytes / 1e6 - Number(documented?.replace(",", ".")))).toBeLessThan(0.05);
  });
});
