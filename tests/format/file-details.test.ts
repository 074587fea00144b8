import { describe, expect, it } from "vitest";
import { fileDetail, formatBytes, formatFromLink, languageName, parseSize } from "../../src/format/file-details.ts";

describe("formatBytes (DSFR assess-file rules: base 1000, 2 decimals, comma)", () => {
  it.each([
    [0, "0 octets"],
    [512, "512 octets"],
    [999, "999 octets"],
    [1000, "1 ko"],
    [1500, "1,5 ko"],
    [900_000, "900 ko"],
    [1_058_899, "1,06 Mo"],
    [2_900_000, "2,9 Mo"],
    [999_999, "1 Mo"],
    [1_234_567_890, "1,23 Go"],
  ])("%d bytes → %s", (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it("refuses a negative size", () => {
    expect(() => formatBytes(-1)).toThrow(RangeError);
  });
});

describe("parseSize", () => {
  it.each([
    ["2,9 Mo", 2_900_000],
    ["900 ko", 900_000],
    ["1.5 Mo", 1_500_000],
    ["512 octets", 512],
    ["1 Go", 1_000_000_000],
    [" 720 Ko ", 720_000],
  ])("reads %s", (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(["X Mo", "pdf 2,9 Mo", "2,9", "Mo", "", "2,9 Mb", "beaucoup"])("refuses %j", (text) => {
    expect(parseSize(text)).toBeUndefined();
  });
});

describe("file detail", () => {
  it("writes format and size as DSFR does", () => {
    expect(fileDetail({ format: "PDF", bytes: 1_058_899, language: "fr" })).toBe("PDF - 1,06 Mo");
  });
  it("adds the language when it is not the page's", () => {
    expect(fileDetail({ format: "PDF", bytes: 1_300_000, language: "en" })).toBe("PDF - 1,3 Mo - Anglais");
  });
  it("adds the page count read from the PDF before the language, singular for one page", () => {
    expect(fileDetail({ format: "PDF", bytes: 1_058_899, pages: 8, language: "fr" })).toBe("PDF - 1,06 Mo - 8 pages");
    expect(fileDetail({ format: "PDF", bytes: 900, pages: 1, language: "en" })).toBe("PDF - 900 octets - 1 page - Anglais");
  });
  it("takes the format from the link's extension", () => {
    expect(formatFromLink("/docs/2022/plan.pdf")).toBe("PDF");
    expect(formatFromLink("https://example.gouv.fr/a.odt?x=1")).toBe("ODT");
    expect(formatFromLink("https://example.gouv.fr/page")).toBeUndefined();
  });
  it("names languages in French", () => {
    expect(languageName("de")).toBe("Allemand");
  });
});
