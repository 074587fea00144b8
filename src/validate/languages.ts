/** `language`: an ISO 639-1 code that exists; a name (« anglais ») or a regional code gets the code as its fix. */
import { isKnownLanguage, LANGUAGES } from "../format/file-details.ts";
import type { PathSegment } from "../load/yaml.ts";
import { LANGUAGE_PATTERN } from "../patterns.ts";
import { spacesAround, type RuleContext } from "./context.ts";
import { hintFor } from "./messages.ts";

const LANGUAGE = new RegExp(LANGUAGE_PATTERN);

/** `language`: an ISO 639-1 code that exists. Returns whether it is one. */
export function checkLanguage(ctx: RuleContext, at: readonly PathSegment[], value: unknown): boolean {
  if (typeof value !== "string") return false; // the schema check said so
  if (LANGUAGE.test(value) && isKnownLanguage(value)) return true;
  const text = value.trim();
  if (text !== value && LANGUAGE.test(text) && isKnownLanguage(text)) {
    ctx.report("erreur", at, ...spacesAround(value, "language"));
    return false;
  }
  const lower = text.toLowerCase();
  const prefix = /^([a-z]{2})[-_][a-z]{2,}$/i.exec(text)?.[1]?.toLowerCase();
  let message = `« ${value} » n’est pas un code de langue ISO 639-1 connu`;
  let code: string | undefined;
  if (/^[a-z]{2}$/i.test(text) && isKnownLanguage(lower)) {
    message = `« ${value} » : le code de langue s’écrit en minuscules`;
    code = lower;
  } else if (prefix && isKnownLanguage(prefix)) {
    message = `« ${value} » n’est pas un code ISO 639-1 : ce code n’a que deux lettres`;
    code = prefix;
  } else {
    code = codeOfLanguageName(lower);
    if (code) message = `« ${value} » est le nom d’une langue, pas son code ISO 639-1`;
  }
  ctx.report("erreur", at, message, code ? `Écrivez « language: ${code} »` : hintFor(at));
  return false;
}

let namesToCodes: Map<string, string> | undefined;

/** « anglais » or « English » → `en` (built once, only when an editor wrote a name). */
function codeOfLanguageName(name: string): string | undefined {
  if (!namesToCodes) {
    namesToCodes = new Map();
    for (const [code, names] of Object.entries(LANGUAGES)) {
      for (const label of names) if (!namesToCodes.has(label.toLowerCase())) namesToCodes.set(label.toLowerCase(), code);
    }
  }
  return namesToCodes.get(name);
}
