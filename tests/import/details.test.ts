/**
 * Detail text as hand-written pages print it, read back into the data file's fields.
 */
import { describe, expect, it } from "vitest";
import { readDate, readDetail, readTrailing, splitTitle } from "../../src/import/details.ts";

describe("readDetail", () => {
  it.each([
    ["PDF - 1,2 Mo", { format: "PDF", size: "1,2 Mo" }],
    ["ODS 101 Ko", { format: "ODS", size: "101 Ko" }],
    ["ODS - 101 Ko", { format: "ODS", size: "101 Ko" }],
    ["PDF, 1,5Mo", { format: "PDF", size: "1,5 Mo" }],
    ["pdf 2,9 Mo", { format: "PDF", size: "2,9 Mo" }],
    ["pdf 900 Ko", { format: "PDF", size: "900 Ko" }],
    ["(CSV - 1,9 ko)", { format: "CSV", size: "1,9 ko" }],
    ["PDF - 1,06 Mo - 8 pages - Anglais", { format: "PDF", size: "1,06 Mo", pages: 8, language: "en" }],
    ["PDF – 61,88 Ko", { format: "PDF", size: "61,88 Ko" }],
    ["512 octets", { size: "512 octets" }],
    ["Publié le 13 mai 2024", { date: "2024-05-13" }],
  ])("« %s »", (text, fields) => {
    expect(readDetail(text)).toEqual(fields);
  });

  it("keeps a size that does not read as one apart, with the format (« pdf X Mo »)", () => {
    expect(readDetail("pdf X Mo")).toEqual({ format: "PDF", unreadableSize: "X Mo" });
    expect(readDetail("PDF - 1,2 MB")).toEqual({ format: "PDF", unreadableSize: "1,2 MB" });
  });

  it("is nothing when a part is not a detail", () => {
    expect(readDetail("Ministère de la Culture")).toBeUndefined();
    expect(readDetail("À paraître")).toBeUndefined();
    expect(readDetail("PDF - bientôt")).toBeUndefined();
    expect(readDetail("")).toBeUndefined();
  });
});

describe("splitTitle", () => {
  it("takes the detail off the end of a title", () => {
    expect(splitTitle("Ministère de la Culture : Réduction des impacts (pdf 2,9 Mo)")).toEqual({
      title: "Ministère de la Culture : Réduction des impacts",
      fields: { format: "PDF", size: "2,9 Mo" },
      detail: "pdf 2,9 Mo",
    });
    expect(splitTitle("Plan (pdf X Mo)")).toEqual({ title: "Plan", fields: { format: "PDF", unreadableSize: "X Mo" }, detail: "pdf X Mo" });
  });

  it("leaves parentheses that are part of the title", () => {
    expect(splitTitle("Prestations intellectuelles (P2I)")).toEqual({ title: "Prestations intellectuelles (P2I)" });
    expect(splitTitle("Bilan (2021)")).toEqual({ title: "Bilan (2021)" });
  });
});

describe("readTrailing", () => {
  it("reads what a list item writes after its link", () => {
    expect(readTrailing(", novembre 2021")).toEqual({ fields: { date: "2021-11" }, rest: [] });
    expect(readTrailing(", pdf, juin 2020")).toEqual({ fields: { format: "PDF", date: "2020-06" }, rest: [] });
    expect(readTrailing(" (.pdf)")).toEqual({ fields: { format: "PDF" }, rest: [] });
    expect(readTrailing(" (PDF - 1 Mo)")).toEqual({ fields: { format: "PDF", size: "1 Mo" }, rest: [] });
    expect(readTrailing(", The Conversation, avril 2020")).toEqual({ fields: { date: "2020-04" }, rest: ["The Conversation"] });
  });

  it("is nothing for the words that join two links", () => {
    expect(readTrailing(" et ")).toEqual({ fields: {}, rest: [] });
    expect(readTrailing("")).toEqual({ fields: {}, rest: [] });
  });
});

describe("readDate", () => {
  it.each([
    ["1er avril 2022", "2022-04-01"],
    ["14/04/2022", "2022-04-14"],
    ["04/2022", "2022-04"],
    ["décembre 2019", "2019-12"],
    ["aout 2021", "2021-08"],
    ["2024-05-13", "2024-05-13"],
    ["2024", "2024"],
    ["mis à jour le 3 mars 2023", "2023-03-03"],
  ])("« %s » → %s", (text, date) => {
    expect(readDate(text)).toBe(date);
  });

  it("refuses a day that does not exist, and words that are not a date", () => {
    expect(readDate("31 avril 2022")).toBeUndefined();
    expect(readDate("31/02/2022")).toBeUndefined();
    expect(readDate("2022-13")).toBeUndefined();
    expect(readDate("Version bêta")).toBeUndefined();
  });
});
