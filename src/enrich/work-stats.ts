/**
 * What the enrichment really did in this process: PDFs parsed, pages rendered, images encoded
 * (counted by eleventy-img's own `transform` hook, which it only calls when it encodes), and the
 * time spent. The build log, the benchmark and the cache tests read these counters.
 */
export interface WorkStats {
  /** PDFs opened to read their facts. */
  pdfReads: number;
  /** First pages rendered to make a cover. */
  pdfRenders: number;
  /** Image files encoded by sharp (one per format and width). */
  imageEncodes: number;
  /** Wall-clock milliseconds spent reading PDF facts (cache look-ups included). */
  pdfMs: number;
  /** Wall-clock milliseconds spent on covers: rendering, encoding, cache look-ups. */
  imageMs: number;
}

export function emptyStats(): WorkStats {
  return { pdfReads: 0, pdfRenders: 0, imageEncodes: 0, pdfMs: 0, imageMs: 0 };
}

/** Totals since the process started (or since `resetWorkStats`). */
export const workStats: WorkStats = emptyStats();

export function resetWorkStats(): void {
  Object.assign(workStats, emptyStats());
}

export function addStats(into: WorkStats, from: WorkStats): void {
  for (const key of Object.keys(from) as Array<keyof WorkStats>) into[key] += from[key];
}
