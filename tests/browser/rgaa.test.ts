/**
 * What axe cannot see, checked one by one in Chromium against the RGAA 4.1.2 criteria the page is
 * most exposed to: 1.2, 6.1, 8.2, 8.3, 8.7, 9.1, 9.3, 10.7, 10.11 (the page without JavaScript:
 * no-script.test.ts). The demo site gives the 13-document page; the test data's site adds a document in English
 * and a side menu.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, BrowserContextOptions, CDPSession, Page } from "playwright-core";
import { sharedBrowser } from "../helpers/browser.ts";
import { sitePages } from "../helpers/site-pages.ts";

const sites = inject("sites");
const PLANS = "/publications/plans-action-ministeres/";

const shared = sharedBrowser();
const withPage = <T>(url: string, run: (page: Page) => Promise<T>, options: BrowserContextOptions = {}) =>
  shared.page(run, { url, ...options });

const allPages = await Promise.all(
  Object.values(sites).map(async (site) => (await sitePages(site.dir)).map((url) => site.origin + url)),
).then((lists) => lists.flat());

/** Whitespace folded, for comparing names and visible text. */
const fold = (text: string) => text.replace(/\s+/g, " ").trim();
/** Case folded too: Chromium's names follow CSS text-transform (the logo's « RÉPUBLIQUE »). */
const words = (text: string) => fold(text).toLocaleLowerCase("fr");

interface LinkFacts {
  href: string;
  /** Text a sighted reader sees in the link (the `fr-sr-only` part left out). */
  visible: string;
  /** The accessible name Chromium computes (what a screen reader announces). */
  name: string;
  title: string | null;
  /** The card's visible details (ministry, format and size) when the link is a card's. */
  details: string[];
  hreflang: string | null;
  download: boolean;
  /** Languages the link's text is marked with (`lang` inside the link). */
  langs: string[];
}

/** Every link of the page, with its accessible name from Chromium's accessibility tree. */
async function links(page: Page): Promise<LinkFacts[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "a[href]" });
  const names: string[] = [];
  for (const nodeId of nodeIds) {
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    names.push(String(nodes[0]?.name?.value ?? ""));
  }
  const facts = await page.$$eval("a[href]", (anchors) =>
    anchors.map((a) => {
      const parts: string[] = [];
      const walk = (node: Node) => {
        if (node instanceof HTMLElement && node.classList.contains("fr-sr-only")) return;
        if (node instanceof HTMLBRElement) parts.push(" ");
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? "");
        node.childNodes.forEach(walk);
      };
      walk(a);
      const card = a.closest(".fr-card");
      return {
        href: a.getAttribute("href") ?? "",
        visible: parts.join(""),
        title: a.getAttribute("title"),
        details: card ? [...card.querySelectorAll(".fr-card__detail")].map((p) => p.textContent ?? "") : [],
        hreflang: a.getAttribute("hreflang"),
        download: a.hasAttribute("download"),
        langs: [...a.querySelectorAll("[lang]")].map((e) => e.getAttribute("lang") ?? ""),
      };
    }),
  );
  await cdp.detach();
  return facts.map((f, i) => ({ ...f, visible: fold(f.visible), details: f.details.map(fold), name: fold(names[i] ?? "") }));
}

describe("RGAA 9.3 — the documents are a list", () => {
  it("the 13 cards are the 13 items of one list, in the data's order", async () => {
    const grid = await withPage(sites.demo.origin + PLANS, (page) =>
      page.$$eval(".fr-card", (cards) =>
        cards.map((card) => ({
          parent: card.parentElement?.tagName,
          list: card.parentElement?.parentElement?.tagName,
          sameList: card.parentElement?.parentElement === cards[0]?.parentElement?.parentElement,
          title: card.querySelector(".fr-card__title")?.textContent?.trim(),
        })),
      ),
    );
    expect(grid).toHaveLength(13);
    expect(grid.every((c) => c.parent === "LI" && c.list === "UL" && c.sameList)).toBe(true);
    expect(grid[0]!.title).toBe("Réduction des impacts environnementaux du numérique");
  });

  it("Chromium exposes a list of 13 items", async () => {
    const snapshot = await withPage(sites.demo.origin + PLANS, (page) => page.locator("ul.fr-grid-row").ariaSnapshot());
    expect(snapshot.split("\n")[0]).toBe("- list:");
    expect(snapshot.match(/^ {2}- listitem:/gm)).toHaveLength(13);
  });
});

describe("RGAA 6.1 — every link says where it goes", () => {
  it("a document's link says « télécharger », its format and size as the card shows them", async () => {
    const cardLinks = (await withPage(sites.demo.origin + PLANS, links)).filter((l) => l.details.length > 0);
    expect(cardLinks).toHaveLength(1);
    const [link] = cardLinks;
    expect(link!.visible).toBe("Bilan 2020-2021 sur la thématique Mesure");
    expect(link!.name.startsWith(link!.visible)).toBe(true);
    expect(link!.details[0]).toBe("Ministère de la Transition écologique");
    expect(link!.details[1]).toMatch(/^PDF - 1,06 Mo\b/); // format and size first, as DSFR writes them
    for (const detail of link!.details) expect(link!.name).toContain(detail);
    expect(link!.name).toContain("télécharger");
    expect(link!.download).toBe(true);
  });
});

describe("RGAA 1.2 — covers are decorative", () => {
  it("every image of the plans page has alt=\"\" and is left out of the accessibility tree", async () => {
    const images = await withPage(sites.demo.origin + PLANS, async (page) => ({
      alts: await page.$$eval("img", (imgs) => imgs.map((img) => img.getAttribute("alt"))),
      exposed: await page.getByRole("img").count(),
    }));
    expect(images.alts.length).toBeGreaterThanOrEqual(13);
    expect(new Set(images.alts)).toEqual(new Set([""]));
    expect(images.exposed).toBe(0);
  });
});

describe("RGAA 8.7 — a document in another language", () => {
  it("has hreflang, its title marked in its language, and the language in its detail and link name", async () => {
    const found = (await withPage(sites.langues.origin + PLANS, links)).filter((l) => l.details.length > 0);
    const english = found.find((l) => l.hreflang !== null);
    expect(english).toBeDefined();
    expect(english!.hreflang).toBe("en");
    expect(english!.langs).toEqual(["en"]);
    expect(english!.details).toContain("PDF - 1,3 Mo - Anglais");
    expect(english!.name).toContain("Anglais");
    expect(english!.download).toBe(false); // hosted elsewhere: no `download`
    // French documents carry no language mark.
    const french = found.filter((l) => l !== english);
    expect(french.length).toBeGreaterThan(0);
    for (const link of french) expect([link.hreflang, link.langs]).toEqual([null, []]);
  });

});

describe("RGAA 10.7 — keyboard: Tab reaches every link in reading order, with a visible focus", () => {
  for (const [name, site] of Object.entries(sites)) {
    it(`plans page of the ${name} site`, async () => {
      await withPage(site.origin + PLANS, async (page) => {
        const focusable = await page.$$eval("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])", (els) =>
          els.map((el, i) => {
            el.setAttribute("data-test-order", String(i));
            return i;
          }),
        );
        const order: number[] = [];
        const invisible: string[] = [];
        for (let i = 0; i < focusable.length; i++) {
          await page.keyboard.press("Tab");
          const focused = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return undefined;
            // The focus ring of a card link is drawn on the card (DSFR's fr-enlarge-link).
            const box = (el.closest(".fr-enlarge-link") ?? el).getBoundingClientRect();
            return { order: Number(el.dataset.testOrder), text: el.textContent?.trim() ?? "", box: { x: box.x, y: box.y, width: box.width, height: box.height } };
          });
          if (!focused) break;
          order.push(focused.order);
          const margin = 6;
          const clip = {
            x: Math.max(0, focused.box.x - margin),
            y: Math.max(0, focused.box.y - margin),
            width: focused.box.width + 2 * margin,
            height: focused.box.height + 2 * margin,
          };
          const withFocus = await page.screenshot({ clip });
          await page.evaluate(() => (document.activeElement as HTMLElement).blur());
          const withoutFocus = await page.screenshot({ clip });
          if (withFocus.equals(withoutFocus)) invisible.push(focused.text);
        }
        expect(order).toEqual(focusable);
        expect(invisible, "éléments dont le focus ne se voit pas").toEqual([]);
      });
    });
  }
});

/** Each page once: the criteria that hold on every page. */
for (const url of allPages) {
  describe(`every page: ${new URL(url).pathname} (port ${new URL(url).port})`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await shared.browser().newContext({ viewport: { width: 1366, height: 800 } });
      page = await context.newPage();
      await page.goto(url);
    });
    afterAll(async () => {
      await context?.close();
    });

    it("6.1: each link's accessible name holds its visible text, and so does its title", async () => {
      const found = await links(page);
      expect(found.length).toBeGreaterThan(0);
      for (const link of found) {
        expect(link.name, link.href).not.toBe("");
        expect(words(link.name), link.href).toContain(words(link.visible));
        if (link.title !== null) expect(words(link.title), link.href).toContain(words(link.visible));
      }
    });

    it("8.2: ids are unique and every reference points to one", async () => {
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
        for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) out.push(`id « ${id} » en double`);
        for (const el of document.querySelectorAll("[aria-labelledby],[aria-describedby],[aria-controls]")) {
          for (const attr of ["aria-labelledby", "aria-describedby", "aria-controls"]) {
            for (const ref of (el.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean)) {
              if (!document.getElementById(ref)) out.push(`${attr}="${ref}" ne désigne aucun id`);
            }
          }
        }
        for (const a of document.querySelectorAll('a[href^="#"]')) {
          const id = decodeURIComponent(a.getAttribute("href")!.slice(1));
          if (!document.getElementById(id)) out.push(`lien vers #${id} sans cible`);
        }
        return out;
      });
      expect(problems).toEqual([]);
    });

    it("8.3: the page declares French", async () => {
      expect(await page.getAttribute("html", "lang")).toBe("fr");
    });

    it("9.1: one h1 first, then headings go down one level at a time", async () => {
      const levels = await page.$$eval("h1, h2, h3, h4, h5, h6", (hs) => hs.map((h) => Number(h.tagName.slice(1))));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `titre n° ${i + 1}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
    });

    it("no script: the page needs no JavaScript and loads none", async () => {
      expect(await page.locator("script:not([type='application/ld+json'])").count()).toBe(0);
    });

    it("10.11: at 320 px wide nothing scrolls sideways", async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
      expect(widths.viewport).toBe(320);
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    });
  });
}
