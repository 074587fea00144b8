/**
 * The content cache with many writers: every `set` of one key at once succeeds and leaves one
 * whole entry, and what a stopped writer left (a truncated entry, a `*.tmp`) is a miss.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentCache } from "../../src/enrich/cache.ts";

const KEY = "0123456789abcdef0123456789abcdef";

describe("ContentCache", () => {
  it("takes 50 writes of the same key at once: all succeed, the entry is one of them, whole, and no *.tmp is left", async () => {
    const cache = new ContentCache(mkdtempSync(path.join(tmpdir(), "plans-cache-")));
    const values = Array.from({ length: 50 }, (_, i) => ({ writer: i, pages: [i, i * 2], text: "é".repeat(1000 + i) }));
    const writes = await Promise.allSettled(values.map((value) => cache.set("pdf-facts", KEY, value)));
    expect(writes.filter((w) => w.status === "rejected")).toEqual([]);
    expect(readdirSync(path.join(cache.dir, "pdf-facts"))).toEqual([`${KEY}.json`]);
    const stored = JSON.parse(readFileSync(path.join(cache.dir, "pdf-facts", `${KEY}.json`), "utf8")) as (typeof values)[number];
    expect(values).toContainEqual(stored);
    expect(await cache.get("pdf-facts", KEY)).toEqual(stored);
  });

  it("treats a half-written entry as a miss, ignores a stopped writer's *.tmp, and writes the entry again", async () => {
    const cache = new ContentCache(mkdtempSync(path.join(tmpdir(), "plans-cache-")));
    const file = path.join(cache.dir, "covers", `${KEY}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"image":{"src":"/couv');
    writeFileSync(`${file}.4242.tmp`, '{"image":');
    expect(await cache.get("covers", KEY)).toBeUndefined();
    await cache.set("covers", KEY, { image: { src: "/couvertures/a.webp" } });
    expect(await cache.get("covers", KEY)).toEqual({ image: { src: "/couvertures/a.webp" } });
  });
});
