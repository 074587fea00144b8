/**
 * Dates as the data writes them (`2022-04-01`) and as the page shows them (« 1er avril 2022 »).
 */

/** `2022-04-01` is a real date; `2022-02-30` is not (a Date would roll it over silently). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The French month names. A table rather than `Intl.DateTimeFormat`: the first Intl formatter of
 * a process loads ICU data, a cost every build would pay for one date.
 */
export const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;

/** `2022-04-01` → « 1er avril 2022 ». */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d === 1 ? "1er" : d} ${FRENCH_MONTHS[m - 1]} ${y}`;
}
