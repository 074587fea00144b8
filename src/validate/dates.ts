/** `page.date`: a real date, written AAAA-MM-JJ (a French « 01/04/2022 » gets the ISO spelling as its fix). */
import { isRealDate } from "../format/dates.ts";
import type { PathSegment } from "../load/yaml.ts";
import { DATE_PATTERN, ITEM_DATE_PATTERN } from "../patterns.ts";
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

const ITEM_DATE = new RegExp(ITEM_DATE_PATTERN);

/**
 * An item's `date`: a year (`2024`, with or without quotes), a month (`2024-05`) or a day
 * (`2024-05-13`) that exists. Returns it as written (a year as text), or undefined.
 */
export function checkItemDate(ctx: RuleContext, at: readonly PathSegment[], value: unknown): string | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1900 && value <= 2100 ? String(value) : undefined;
  if (typeof value !== "string") return undefined; // the schema check said so
  const text = value.trim();
  if (text !== value && ITEM_DATE.test(text)) {
    ctx.report("erreur", at, ...spacesAround(value, "date"));
    return undefined;
  }
  const french = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!ITEM_DATE.test(text)) {
    const iso = french ? [french[3], french[2]!.padStart(2, "0"), french[1]?.padStart(2, "0")].filter(Boolean).join("-") : undefined;
    ctx.report(
      "erreur",
      at,
      `« ${value} » n’est pas une date au format AAAA, AAAA-MM ou AAAA-MM-JJ`,
      iso && ITEM_DATE.test(iso) ? `Écrivez « date: ${iso} » (année, mois${french?.[1] ? ", jour" : ""})` : hintFor(at),
    );
    return undefined;
  }
  const [year, month, day] = text.split("-").map(Number);
  const real = month === undefined || (month >= 1 && month <= 12 && (day === undefined || isRealDate(text)));
  if (!real || year! < 1900 || year! > 2100) {
    ctx.report("erreur", at, `« ${value} » n’est pas une date qui existe`, hintFor(at));
    return undefined;
  }
  return text;
}
