/** The build log's line about the enrich step: what was done, in French, with a decimal comma. */
import { describe, expect, it } from "vitest";
import { describeWork } from "../../src/enrich/enrich-plans.ts";
import { emptyStats } from "../../src/enrich/work-stats.ts";

describe("describeWork", () => {
  it("says everything came from the cache when nothing was read, drawn or encoded", () => {
    expect(describeWork({ ...emptyStats(), pdfMs: 12.4, imageMs: 30 })).toBe("documents et couvertures repris du cache (0,04 s)");
  });

  it("counts each kind of work, singular and plural, and rounds the time to hundredths", () => {
    const stats = { pdfReads: 1, pdfRenders: 2, imageEncodes: 30, pdfMs: 1234, imageMs: 4321 };
    expect(describeWork(stats)).toBe("1 PDF lu, 2 premières pages dessinées, 30 images encodées (5,56 s)");
    expect(describeWork({ ...stats, pdfReads: 3, pdfRenders: 1, imageEncodes: 1, imageMs: 766 })).toBe(
      "3 PDF lus, 1 première page dessinée, 1 image encodée (2 s)",
    );
  });
});
