/** The pages a list is cut into: URLs, sizes, and DSFR's pattern of links. */
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/model.ts";
import { pageUrl, paginatePlans, paginationLinks, yearLinks } from "../../src/pages/pagination.ts";

const URL = "/plans/";
const plans = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `P${i}`, year: 2020 + (i % 3) }) as unknown as Plan);

describe("paginatePlans", () => {
  const sizes = { cards: 5, pageSize: 13 };

  it("keeps a list of up to `cards` plans as one page of cards, in the editor's order, without pagination", () => {
    const list = plans(5);
    const [only, ...rest] = paginatePlans(list, URL, sizes);
    expect(rest).toEqual([]);
    expect(only).toEqual({ listUrl: URL, url: URL, number: 1, total: 1, plans: list, rows: false });
  });

  it("shows a longer list that fits in a page as one page of rows, newest year first, without pagination", () => {
    const [only, ...rest] = paginatePlans(plans(6), URL, sizes);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ url: URL, number: 1, total: 1, rows: true });
    expect(only!.pagination).toBeUndefined();
    expect(only!.plans.map((p) => p.year)).toEqual([2022, 2022, 2021, 2021, 2020, 2020]);
  });

  it("shows rows from the first document with cards: 0", () => {
    const [only, ...rest] = paginatePlans(plans(2), URL, { cards: 0, pageSize: 13 });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ rows: true, total: 1 });
  });

  it("cuts a longer list into pages of rows, newest year first; page 1 at the list's URL, page N at page/N/", () => {
    const pages = paginatePlans(plans(30), URL, sizes);
    expect(pages.map((p) => [p.url, p.plans.length])).toEqual([
      [URL, 13],
      ["/plans/page/2/", 13],
      ["/plans/page/3/", 4],
    ]);
    expect(pages.flatMap((p) => p.plans.map((plan) => plan.year))).toEqual([...Array(10).fill(2022), ...Array(10).fill(2021), ...Array(10).fill(2020)]);
    expect(pages.every((p) => p.total === 3 && p.rows && p.pagination)).toBe(true);
  });

  it("gives each year the first page that shows it", () => {
    expect(yearLinks(paginatePlans(plans(30), URL, sizes))).toEqual([
      { year: 2022, url: URL },
      { year: 2021, url: URL },
      { year: 2020, url: "/plans/page/2/" },
    ]);
    expect(yearLinks(paginatePlans(plans(5), URL, sizes))).toEqual([]);
  });
});

describe("paginationLinks", () => {
  it("on page 1: no previous, the first page current, the last page shown", () => {
    const links = paginationLinks(URL, 1, 77);
    expect(links.previous).toBeUndefined();
    expect(links.next).toEqual({ number: 2, url: pageUrl(URL, 2) });
    expect(links.pages.map((p) => [p.number, p.current, p.gapBefore])).toEqual([
      [1, true, false],
      [2, false, false],
      [77, false, true],
    ]);
  });

  it("in the middle: the first, the neighbours and the last, a gap on each side", () => {
    const links = paginationLinks(URL, 40, 77);
    expect(links.pages.map((p) => p.number)).toEqual([1, 39, 40, 41, 77]);
    expect(links.pages.filter((p) => p.gapBefore).map((p) => p.number)).toEqual([39, 77]);
    expect([links.first.url, links.previous?.url, links.next?.url, links.last.url]).toEqual([URL, "/plans/page/39/", "/plans/page/41/", "/plans/page/77/"]);
  });

  it("on the last page: no next", () => {
    const links = paginationLinks(URL, 77, 77);
    expect(links.next).toBeUndefined();
    expect(links.pages.map((p) => p.number)).toEqual([1, 76, 77]);
  });
});
