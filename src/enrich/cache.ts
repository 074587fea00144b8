/**
 * A disk cache keyed by the content of source files, so a rebuild with nothing changed reads
 * no PDF and encodes no image, in this process or the next one, and a changed file is redone
 * whatever its date says. Entries are small JSON files under `<dir>/<kind>/<key>.json`; the
 * folder is git-ignored and safe to delete (the next build starts cold, as CI does).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** SHA-256 of the bytes, in hex. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The key of a result: the source's content hash plus everything that changes the result
 * (settings, library versions). Changing either gives a new key; old entries are just unused.
 */
export function cacheKey(sourceHash: string, settings: unknown): string {
  return contentHash(`${sourceHash}\u0000${JSON.stringify(settings)}`).slice(0, 32);
}

export class ContentCache {
  constructor(readonly dir: string) {}

  private file(kind: string, key: string): string {
    return path.join(this.dir, kind, `${key}.json`);
  }

  async get<T>(kind: string, key: string): Promise<T | undefined> {
    try {
      return JSON.parse(await readFile(this.file(kind, key), "utf8")) as T;
    } catch {
      return undefined; // absent or half-written: treated as a miss, and rewritten
    }
  }

  async set(kind: string, key: string, value: unknown): Promise<void> {
    const file = this.file(kind, key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a build stopped halfway never leaves a truncated entry behind.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, file);
  }
}
