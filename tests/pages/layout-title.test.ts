/**
 * The plugin's h1 and date in a site's layout: kept or dropped once the layout has wrapped the page,
 * so that it has one of each; a page with no h1 or two stops the build with the page and the option.
 */
import { describe, expect, it } from "vitest";
import { checkLayoutTitles, settleLayoutTitle } from "../../src/pages/layout-title.ts";

const PAGE = { url: "/publications/plans-action-ministeres/page/2/", outputPath: "_site/publications/plans-action-ministeres/page/2/index.html" };
const OURS = '<h1>Plans d’action</h1>\n<p class="fr-text--sm">Dernière mise à jour : 1er avril 2022</p>';

/** A page as the site's layout wraps the plugin's body; `layoutH1s` h1s of the layout's own. */
function wrapped(mode: "auto" | "true" | "false", layoutH1s: number): string {
  const block = mode === "true" ? "" : `\n${OURS}`;
  const layout = "<h1>Plans d’action</h1><p>Dernière mise à jour le <time>1 avril 2022</time></p>\n".repeat(layoutH1s);
  return `<!DOCTYPE html><html lang="fr"><body><main>${layout}    <!--plans-action:titre:${mode}-->${block}\n<!--/plans-action:titre-->\n<ul><li>un plan</li></ul></main></body></html>`;
}

const h1s = (html: string) => html.match(/<h1>/g)?.length ?? 0;

describe("settleLayoutTitle", () => {
  it('"auto", a layout that prints the h1 and date: the plugin\'s are dropped', async () => {
    const html = await settleLayoutTitle(wrapped("auto", 1), PAGE);
    expect(h1s(html)).toBe(1);
    expect(html).not.toContain("Dernière mise à jour :");
    expect(html).toContain("Dernière mise à jour le");
    expect(html).not.toContain("plans-action:titre");
  });

  it('"auto", a layout that prints neither: the plugin\'s are kept, without the comments', async () => {
    const html = await settleLayoutTitle(wrapped("auto", 0), PAGE);
    expect(html).toContain(`<main>${OURS}\n<ul>`);
    expect(html).not.toContain("plans-action:titre");
  });

  it("false: the plugin's kept; true: the layout's alone", async () => {
    expect(await settleLayoutTitle(wrapped("false", 0), PAGE)).toContain(OURS);
    const html = await settleLayoutTitle(wrapped("true", 1), PAGE);
    expect(h1s(html)).toBe(1);
    expect(html).not.toContain("Dernière mise à jour :");
  });

  it("counts the h1 elements a browser sees, not an <h1> in a comment or an attribute", async () => {
    const page = wrapped("auto", 0).replace("<main>", '<main><!-- <h1>ancien titre</h1> --><p title="<h1>">x</p>');
    expect(await settleLayoutTitle(page, PAGE)).toContain(OURS);
  });

  it("two h1s with layoutTitle: false: names the page and the option to change, in French", async () => {
    await expect(settleLayoutTitle(wrapped("false", 1), PAGE)).rejects.toThrow(
      'plans-action : la page /publications/plans-action-ministeres/page/2/ (_site/publications/plans-action-ministeres/page/2/index.html) a 2 titres <h1>, il en faut un seul (RGAA 9.1) : la mise en page du site (option layout) affiche le sien, et le plugin aussi (layoutTitle: false). Mettez l’option layoutTitle à "auto" ou true pour que le plugin n’affiche plus le sien.',
    );
  });

  it("a layout that prints two h1s by itself: the page, and what to keep", async () => {
    await expect(settleLayoutTitle(wrapped("auto", 2), PAGE)).rejects.toThrow(
      /la page \/publications\/plans-action-ministeres\/page\/2\/ .* a 2 titres <h1>.*en affiche 2 à elle seule/,
    );
  });

  it("no h1 with layoutTitle: true: says to set it to \"auto\"", async () => {
    await expect(settleLayoutTitle(wrapped("true", 0), PAGE)).rejects.toThrow(/n’a aucun titre <h1> : l’option layoutTitle vaut true.*Mettez layoutTitle à "auto"/);
  });
});

describe("checkLayoutTitles (the transform)", () => {
  it("leaves a page without the plugin's comments as it is, and reads this.page", async () => {
    const other = "<html><body><h1>a</h1><h1>b</h1></body></html>";
    expect(await checkLayoutTitles.call({ page: PAGE }, other)).toBe(other);
    await expect(checkLayoutTitles.call({ page: PAGE }, wrapped("false", 1))).rejects.toThrow(PAGE.url);
  });
});
