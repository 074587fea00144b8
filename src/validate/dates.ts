/** `page.date`: a real date, written AAAA-MM-JJ (a French « 01/04/2022 » gets the ISO spelling as its fix). */
import { isRealDate } from "../format/dates.ts";
import type { PathSegment } from "../load/yaml.ts";
import { DATE_PATTERN } from "../patterns.ts";
import { spacesAround, type RuleContext } from "./context.ts";
import { hintFor } from "./messages.ts";

const DATE = new RegExp(DATE_PATTERN);

/** `page.date`: a real date written AAAA-MM-JJ. Returns whether it is one. */
export function checkDate(ctx: RuleContext, at: readonly PathSegment[], value: unknown): boolean {
  if (typeof value !== "string") return false; // the schema check said so
  if (value.trim() !== "" && value.trim() !== value && DATE.test(value.trim())) {
    ctx.report("erreur", at, ...spacesAround(value, "date"));
    return false;
  }
  if (!DATE.test(value)) {
    const french = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
    const iso = french ? `${french[3]}-${french[2]!.padStart(2, "0")}-${french[1]!.padStart(2, "0")}` : undefined;
    ctx.report(
      "erreur",
      at,
      `« ${value} » n’est pas une date au format AAAA-MM-JJ`,
      iso && isRealDate(iso) ? `Écrivez « date: ${iso} » (année, mois, jour)` : hintFor(at),
    );
    return false;
  }
  if (!isRealDate(value)) {
    ctx.report("erreur", at, `« ${value} » n’est pas une date qui existe`, hintFor(at));
    return false;
  }
  return true;
}
