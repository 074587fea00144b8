/**
 * A disk cache keyed by the content of source files, so a rebuild with nothing changed reads
 * no PDF and encodes no image, in this process or the next one, and a changed file is redone
 * whatever its date says. Entries are small JSON files under `<dir>/<kind>/<key>.json`; the
 * folder is git-ignored and safe to delete (the next build starts cold, as CI does). Any number
 * of writers may share it, in one process or several (`npm start` while `npm run build` runs):
 * each writes a file of its own, then renames it into place, so a reader sees a whole entry or none.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
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
    await writeWhole(this.file(kind, key), JSON.stringify(value));
  }
}

/**
 * A name no other writer uses for `file` while it is written: the process id alone was shared by
 * two lists of one build writing the same entry, and the second rename found nothing to move.
 */
export function temporaryName(file: string): string {
  return `${file}.${process.pid}-${randomUUID()}.tmp`;
}

/**
 * Writes `file` whole or not at all: into a temporary file of this call's own, then renamed into
 * place (atomic on one file system; the last writer wins, with a whole file). A build stopped
 * halfway leaves at most a `*.tmp` that nothing reads.
 */
export async function writeWhole(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = temporaryName(file);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
