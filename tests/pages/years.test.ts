import { describe, expect, it } from "vitest";
import { groupByYear, publishedNewestFirst } from "../../src/pages/years.ts";
import { twoYears } from "../helpers/fixtures.ts";

describe("groupByYear", () => {
  it("groups newest year first, keeping the editor's order within a year", () => {
    const groups = groupByYear(twoYears().plans);
    expect(groups.map((g) => [g.year, g.plans.map((p) => p.index)])).toEqual([
      [2023, [2, 3, 4]],
      [2022, [0, 1]],
    ]);
  });

  it("gives one group for one year", () => {
    const plans = twoYears().plans.filter((p) => p.year === 2022);
    expect(groupByYear(plans)).toHaveLength(1);
  });
});

describe("publishedNewestFirst", () => {
  it("lists the published documents only, newest year first", () => {
    expect(publishedNewestFirst(twoYears().plans).map((p) => [p.year, p.index])).toEqual([
      [2023, 2],
      [2023, 3],
      [2022, 1],
    ]);
  });
});
