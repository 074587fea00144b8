import { describe, expect, it } from "vitest";
import { resolveOptions } from "../src/resolve-options.ts";

describe("the siteUrl and sitemap options", () => {
  it("default to no site URL, and a sitemap only with the plugin's own layout", () => {
    expect(resolveOptions({})).toMatchObject({ siteUrl: "", sitemap: true, assets: true, standalone: true });
    expect(resolveOptions({ layout: "layouts/page.njk" })).toMatchObject({ sitemap: false, assets: false, standalone: false });
    expect(resolveOptions({ layout: "layouts/page.njk", sitemap: true, assets: true })).toMatchObject({ sitemap: true, assets: true });
  });

  it("keep one spelling of the origin, without the trailing slash", () => {
    expect(resolveOptions({ siteUrl: "https://www.exemple.gouv.fr/" }).siteUrl).toBe("https://www.exemple.gouv.fr");
    expect(resolveOptions({ siteUrl: "https://WWW.Exemple.gouv.fr" }).siteUrl).toBe("https://www.exemple.gouv.fr");
  });

  it.each([["www.exemple.gouv.fr"], ["https://www.exemple.gouv.fr/site/"], ["https://www.exemple.gouv.fr/?q=1"], ["ftp://exemple.gouv.fr"], [42]])(
    "refuse %j, naming the option and what it expects",
    (value) => {
      expect(() => resolveOptions({ siteUrl: value })).toThrow(/option « siteUrl » : attendu une adresse https:\/\/ sans chemin/);
    },
  );

  it("refuse a sitemap that is not a boolean", () => {
    expect(() => resolveOptions({ sitemap: "oui" })).toThrow(/option « sitemap » : attendu true, false ou "auto", reçu "oui"/);
  });
});

describe("the layoutTitle option", () => {
  it('defaults to "auto", and takes true or false', () => {
    expect(resolveOptions({ layout: "layouts/page.njk" }).layoutTitle).toBe("auto");
    expect(resolveOptions({ layout: "layouts/page.njk", layoutTitle: true }).layoutTitle).toBe(true);
  });

  it("refuses anything else, naming the option and the values it takes", () => {
    expect(() => resolveOptions({ layoutTitle: "oui" })).toThrow(/option « layoutTitle » : attendu true, false ou "auto", reçu "oui"/);
  });
});

describe("the admin option", () => {
  it("is off by default; true is the editing page at /admin/; an object keeps its URL, repository and branch", () => {
    expect(resolveOptions({}).admin).toBe(false);
    expect(resolveOptions({ admin: true }).admin).toEqual({ url: "/admin/" });
    expect(resolveOptions({ admin: { url: "/edition/", repo: "numerique-gouv/plans", branch: "main" } }).admin).toEqual({
      url: "/edition/",
      repo: "numerique-gouv/plans",
      branch: "main",
    });
  });

  it.each([
    ["oui", /option « admin » : attendu true, false ou \{ url, repo, branch \}, reçu "oui"/],
    [{ depot: "a/b" }, /option « admin » : attendu true, false ou \{ url, repo, branch \} \(« depot » inconnu\)/],
    [{ repo: "plans" }, /option « admin » : attendu pour « repo », un dépôt GitHub « propriétaire\/nom »/],
    [{ url: "admin" }, /option « admin » : attendu pour « url », un chemin qui commence et finit par « \/ »/],
  ])("refuses %j, saying what it expects", (value, message) => {
    expect(() => resolveOptions({ admin: value })).toThrow(message);
  });
});
