/**
 * YAML syntax errors, in the same one-line format as every other problem: the position where the
 * mistake is (js-yaml's, or the opening quote that swallowed what follows), what is wrong and how to
 * fix it, in French.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.ts";
import { loadPlansSource } from "../../src/load/load-plans.ts";

function check(text: string): string[] {
  const result = loadPlansSource(text, { displayName: "plans.yaml" });
  expect(result.ok).toBe(false);
  return result.diagnostics.map(formatDiagnostic);
}

const QUOTE_FIX = (q: string) => `Ajoutez le « ${q} » fermant à la fin de la valeur, ou retirez le « ${q} » ouvrant.`;

describe("unclosed quotes", () => {
  it.each([
    ["a single quote, at the opening quote rather than where js-yaml gives up", "page:\n  title: 'Plans\n  description: D\n  date: 2022-04-01\nplans: []\n", "2:10", "'"],
    ["a double quote", 'page:\n  title: "Plans\nplans: []\n', "2:10", '"'],
    ["a quote in a plan, the rest of the file being fine", 'page:\n  title: T\nplans:\n  - ministry: "M\n    title: T\n  - ministry: N\n', "4:15", '"'],
    ["a quote at the end of the file", "page:\n  title: T\nplans:\n  - ministry: 'M\n", "4:15", "'"],
    ["the one that is open, after correctly closed ones (with '' inside)", "page:\n  title: 'l''été'\n  description: \"D\"\n  date: '2022-04-01\nplans: []\n", "4:9", "'"],
  ])("%s", (_name, text, at, quote) => {
    expect(check(text)).toEqual([
      `plans.yaml:${at} erreur syntaxe YAML : les guillemets ouverts ici (« ${quote} ») ne sont jamais fermés. ${QUOTE_FIX(quote)}`,
    ]);
  });

  it("does not blame an apostrophe inside plain text", () => {
    const [line] = check("page:\n  title: Plan d'action\n   date: x\n");
    expect(line).toMatch(/^plans\.yaml:3:4 erreur syntaxe YAML : l’indentation/);
  });
});

describe("other syntax errors", () => {
  it.each([
    [
      "a tab used as indentation",
      "page:\n\ttitle: T\n",
      "plans.yaml:2:1 erreur syntaxe YAML : une tabulation sert d’indentation. Remplacez les tabulations en début de ligne par des espaces (2 espaces par niveau).",
    ],
    [
      "a tab inside a plan",
      "plans:\n  - ministry: M\n\t  title: T\n",
      "plans.yaml:3:1 erreur syntaxe YAML : une tabulation sert d’indentation. Remplacez les tabulations en début de ligne par des espaces (2 espaces par niveau).",
    ],
    [
      "a duplicate key, naming the first one's line",
      "page:\n  title: A\n  description: D\n  title: B\n",
      "plans.yaml:4:3 erreur syntaxe YAML : le champ « title » est écrit deux fois dans le même bloc (déjà ligne 2). Gardez une seule de ces lignes et supprimez l’autre.",
    ],
    [
      "a duplicate key in the second plan",
      "plans:\n  - ministry: M\n    title: A\n  - ministry: M\n    title: B\n    title: C\n",
      "plans.yaml:6:5 erreur syntaxe YAML : le champ « title » est écrit deux fois dans le même bloc (déjà ligne 5). Gardez une seule de ces lignes et supprimez l’autre.",
    ],
    [
      "a field indented one space too far",
      "page:\n  title: A\n   date: B\n",
      "plans.yaml:3:4 erreur syntaxe YAML : l’indentation de cette ligne ne correspond pas à celle du bloc. Alignez-la sur la ligne 2 : 2 espaces en début de ligne au lieu de 3.",
    ],
    [
      "a field indented one space short",
      "page:\n  title: A\n date: B\n",
      "plans.yaml:3:2 erreur syntaxe YAML : l’indentation de cette ligne ne correspond pas à celle du bloc. Alignez-la sur la ligne 2 : 2 espaces en début de ligne au lieu de 1.",
    ],
    [
      "a plan's field misaligned with « ministry »",
      "plans:\n  - ministry: M\n     title: N\n",
      "plans.yaml:3:6 erreur syntaxe YAML : l’indentation de cette ligne ne correspond pas à celle du bloc. Alignez-la sur la ligne 2 : 4 espaces en début de ligne au lieu de 5.",
    ],
    [
      "a list item misaligned with the previous « - »",
      "plans:\n  - ministry: M\n   - ministry: N\n",
      "plans.yaml:3:4 erreur syntaxe YAML : l’indentation de cette ligne ne correspond pas à celle du bloc. Alignez-la sur la ligne 2 : 2 espaces en début de ligne au lieu de 3.",
    ],
    [
      "a missing space after the colon, on its own line",
      "page:\n  title:T\n  date: 2\n",
      "plans.yaml:2:8 erreur syntaxe YAML : il manque une espace après les deux-points de « title ». Écrivez « title: T », avec une espace après « : ».",
    ],
    [
      "« : » inside a value",
      "page:\n  title: Plan : 2022\n  date: 2\n",
      "plans.yaml:2:15 erreur syntaxe YAML : la valeur de « title » contient « : » suivi d’une espace, ce qui se lit comme un nouveau champ. Mettez la valeur entre guillemets : « title: \"Plan : 2022\" ».",
    ],
    [
      "an unclosed [",
      "plans: [a, b\n",
      "plans.yaml:1:8 erreur syntaxe YAML : le « [ » ouvert ici n’est jamais fermé. Ajoutez le « ] » fermant, et séparez les éléments par des virgules.",
    ],
    [
      "a « --- » line that would start a second, ignored document",
      "page:\n  title: T\n---\nplans: []\n",
      "plans.yaml:3:1 erreur syntaxe YAML : une ligne « --- » commence un second document, qui serait ignoré. Supprimez cette ligne : le fichier ne contient qu’un document (un bloc « page: » puis un bloc « plans: »).",
    ],
    [
      "a value starting with *",
      "page:\n  title: *important\n",
      "plans.yaml:2:11 erreur syntaxe YAML : un « * » ou un « & » en début de valeur est lu comme une référence YAML. Mettez la valeur entre guillemets, par exemple « title: \"*nouveau*\" ».",
    ],
  ])("%s", (_name, text, expected) => {
    expect(check(text)).toEqual([expected]);
  });

  it("never shows js-yaml's English reason for the common mistakes", () => {
    for (const text of ["page:\n\ttitle: T\n", "a: 1\na: 2\n", "a:\n  b: 1\n c: 2\n", "a: 'x\n"]) {
      expect(check(text)[0]).not.toMatch(/indentation of|mapping|tab characters|deficient|duplicated/);
    }
  });
});
