/**
 * What the lists of one build share while they are enriched at once (`loadLists` runs them side
 * by side): a document or a cover that several lists link is read, measured, drawn and encoded
 * once, by the first list that asks, and the others wait for that result instead of doing the
 * work again (and writing the same cache entries at the same time). The PDFs open at once are
 * bounded for the whole build, not per list.
 *
 * Made anew for every build: nothing here outlives it, so a rebuild in watch mode reads a file
 * edited since the last one (and the content cache, keyed by content, says whether it changed).
 */
import os from "node:os";
import PQueue from "p-queue";

/** PDF.js runs on the main thread: a few files at a time overlap reading and parsing. */
const PDF_CONCURRENCY = Math.max(2, Math.min(4, os.availableParallelism()));

export class BuildWork {
  /** Bounds the PDFs open at once (facts and renders), every list included. */
  readonly queue = new PQueue({ concurrency: PDF_CONCURRENCY });
  private readonly running = new Map<string, Promise<unknown>>();

  /**
   * The result of `make` for `key`: made by the first caller of the build, shared (success or
   * failure) with every later one. The key says everything the result depends on.
   */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let result = this.running.get(key) as Promise<T> | undefined;
    if (!result) {
      result = make();
      this.running.set(key, result);
    }
    return result;
  }
}
