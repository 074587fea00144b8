/**
 * `npm start` on a copy of the project: a broken save puts the located French errors on the list's
 * pages (a DSFR error alert in place of their content) within a second, the server keeps running,
 * and the fixed save brings the cards back. `npm run build` with the same file still fails and
 * leaves the last good site as it was (tests/integration/build-cli.test.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/build.ts";
import { copyProject, start } from "../helpers/project-copy.ts";

const DATA = "data/plans-action.yaml";
const PLANS = "/publications/plans-action-ministeres/";
const MINISTRY = "/publications/plans-action-ministeres/ministere-de-la-culture/";

/** Two mistakes an editor makes: a misspelt field, a date that does not exist. */
function breakData(source: string): string {
  return source
    .replace("  - ministry: Ministère de la Culture\n", "  - ministry: Ministère de la Culture\n    titel: Réduction\n")
    .replace("  date: 2022-04-01", "  date: 2022-02-30");
}

/** The problems the editors' guide shows in its section on errors in the browser, as plain text. */
function guideExample(): string[] {
  const guide = readFileSync(path.join(PROJECT_ROOT, "documentation/guide-redaction.md"), "utf8");
  const section = guide.split("\n## Les erreurs affichées dans le navigateur\n")[1]!.split("\n## ")[0]!;
  return [...section.matchAll(/^- (`data\/[\s\S]*?)(?=\n- |\n\n)/gm)].map((m) => m[1]!.replace(/`/g, "").replace(/\n\s+/g, " "));
}

function lineOf(text: string, start: string): number {
  return text.split("\n").findIndex((l) => l.startsWith(start)) + 1;
}

interface Seen {
  status: number;
  h1: string;
  cards: number;
  alert?: { title: string; items: string[] };
}

describe("npm start with a broken data file", () => {
  let project: ReturnType<typeof copyProject>;
  beforeAll(() => {
    project = copyProject();
  });
  afterAll(() => project?.remove());

  it("shows the located errors on the list's pages within a second, and the cards again once the file is fixed", async () => {
    const file = path.join(project.dir, DATA);
    const original = readFileSync(file, "utf8");
    const broken = breakData(original);
    // The dev server takes no host and no port 0: the preload sends it to 127.0.0.1 on a free port.
    const preload = path.resolve(import.meta.dirname, "../helpers/loopback-port.mjs");
    const server = start("npm", ["start"], { cwd: project.dir, env: { ...process.env, NODE_OPTIONS: `--import=${preload}`, GITHUB_ACTIONS: "" } });
    try {
      const [, port] = await server.waitFor(/Server at http:\/\/localhost:(\d+)\//);
      // The first build done (the editor opens the page once the site is up).
      await server.waitFor(/Watching…/);
      const see = async (url: string): Promise<Seen> => {
        const response = await fetch(`http://127.0.0.1:${port}${url}`);
        const html = parse(await response.text());
        const alert = html.querySelector("main .fr-alert.fr-alert--error");
        return {
          status: response.status,
          h1: html.querySelector("h1")?.text.trim() ?? "",
          cards: html.querySelectorAll(".fr-card").length,
          ...(alert ? { alert: { title: alert.querySelector(".fr-alert__title")?.text.trim() ?? "", items: alert.querySelectorAll("li").map((li) => li.text.trim()) } } : {}),
        };
      };
      /** Polls `url` until `done`, and says how long it took. */
      const until = async (url: string, done: (seen: Seen) => boolean): Promise<{ seen: Seen; ms: number }> => {
        const started = performance.now();
        for (;;) {
          const seen = await see(url).catch(() => undefined);
          if (seen && done(seen)) return { seen, ms: performance.now() - started };
          if (performance.now() - started > 30_000) throw new Error(`${url} : toujours pas ce qui est attendu ; vu ${JSON.stringify(seen)}\n${server.output()}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      const before = await see(PLANS);
      expect(before).toMatchObject({ status: 200, cards: 13 });
      expect(before.alert).toBeUndefined();

      let mark = server.output().length;
      writeFileSync(file, broken);
      const shown = await until(PLANS, (s) => !!s.alert);
      console.log(`page des plans : erreurs affichées ${Math.round(shown.ms)} ms après l’enregistrement`);
      expect(shown.seen).toMatchObject({ status: 200, cards: 0, h1: "Le fichier de données contient 2 erreurs, 0 avertissement" });
      expect(shown.seen.alert!.items).toEqual([
        `data/plans-action.yaml:${lineOf(broken, "  date:")}:9 erreur page.date : « 2022-02-30 » n’est pas une date qui existe. Écrivez la date de mise à jour au format AAAA-MM-JJ, par exemple « date: 2022-04-01 ».`,
        `data/plans-action.yaml:${lineOf(broken, "    titel:")}:5 erreur plans[0].titel : le champ « titel » est inconnu. Vouliez-vous écrire « title » ? Corrigez le nom du champ.`,
      ]);
      // The editors' guide shows these very lines.
      expect(guideExample()).toEqual(shown.seen.alert!.items);
      // Every page of the list, not only the first.
      expect((await see(MINISTRY)).alert?.items).toEqual(shown.seen.alert!.items);
      // The other pages of the site, and the terminal, as before.
      expect((await see("/mentions-legales/")).alert).toBeUndefined();
      await server.waitFor(/les pages des listes les affichent/, mark);
      expect(server.output().slice(mark)).toContain(`data/plans-action.yaml:${lineOf(broken, "    titel:")}:5 erreur plans[0].titel`);
      expect(server.output().slice(mark)).not.toMatch(/^\s+at /m);

      mark = server.output().length;
      writeFileSync(file, original.replace("  title: Plans d’action des ministères pour", "  title: Plans d’action 2023 des ministères pour"));
      const fixed = await until(PLANS, (s) => !s.alert && s.cards > 0);
      console.log(`page des plans : cartes revenues ${Math.round(fixed.ms)} ms après l’enregistrement corrigé`);
      expect(fixed.seen).toMatchObject({ status: 200, cards: 13, h1: "Plans d’action 2023 des ministères pour la réduction de l’empreinte environnementale du numérique" });
      expect((await until(MINISTRY, (s) => !s.alert)).seen.cards).toBe(1);
      // Within a second of the save; on a machine so busy that a valid save takes longer to show,
      // no later than a valid save shows (the error costs no more than a rebuild).
      expect(shown.ms).toBeLessThan(Math.max(1000, fixed.ms * 1.25));
      expect(server.child.exitCode).toBeNull();
    } finally {
      await server.stop();
    }
  }, 120_000);
});
