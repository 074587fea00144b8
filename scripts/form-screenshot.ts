/**
 * `npx tsx scripts/form-screenshot.ts`: the editors' guide's picture of the form
 * (documentation/formulaire.png). Builds the demo site, opens its editing page on a local clone
 * (as tests/browser/admin.test.ts does: a folder of the browser's private file system holding the
 * data file, a PDF and a cover), unfolds one document and writes the screenshot as a small PNG.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { demoOptions } from "../.eleventy.ts";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { PROJECT_ROOT, writeSite } from "../tests/helpers/build.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";

const FILES = ["data/plans-action.yaml", "docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf", "img/plans-action/couverture-mte.png"];
const clone = Object.fromEntries(FILES.map((f) => [f, [...readFileSync(path.join(PROJECT_ROOT, f))]]));

const dir = await mkdtemp(path.join(tmpdir(), "plans-action-form-"));
await writeSite(dir, demoOptions);
const server = await serveStatic(dir);
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
  // The folder picker gives the clone (the browser's own picker needs a person to click).
  await page.addInitScript(
    "window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('depot');",
  );
  await page.goto(`${server.origin}/mentions-legales/`);
  await page.evaluate(`(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle("depot", { create: true });
    await root.getDirectoryHandle(".git", { create: true });
    for (const [file, bytes] of Object.entries(files)) {
      let folder = root;
      const parts = file.split("/");
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1), { create: true })).createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
    }
  })(${JSON.stringify(clone)})`);
  await page.goto(`${server.origin}/admin/`);
  await page.getByRole("button", { name: "Travailler avec un dépôt local" }).click();
  await page.getByText("Plans d’action des ministères").first().click();
  const entry = page.getByText("Ministère de la Transition écologique — Bilan 2020-2021 sur la thématique Mesure", { exact: true });
  await page.mouse.move(500, 500);
  while (!(await entry.count())) await page.mouse.wheel(0, 400);
  await page.getByRole("group").filter({ has: entry }).last().getByRole("button", { name: "Développer" }).click();
  await page.getByRole("textbox", { name: "Titre du document" }).waitFor();
  // The unfolded document at the top of the form, with its fields below.
  await page.getByRole("group", { name: /Champ « .Ministère. »/ }).evaluate((field) => field.scrollIntoView({ block: "start" }));
  await page.mouse.wheel(0, -90);
  await page.waitForTimeout(800);
  const png = await page.screenshot();
  const target = path.join(PROJECT_ROOT, "documentation/formulaire.png");
  await sharp(png).resize({ width: 800 }).png({ palette: true, colours: 64, compressionLevel: 9 }).toFile(target);
  console.log(`${path.relative(PROJECT_ROOT, target)} : ${readFileSync(target).length} octets`);
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
