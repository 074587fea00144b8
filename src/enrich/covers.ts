/**
 * Card covers, sized and compressed for the card: @11ty/eleventy-img (sharp) encodes each cover
 * as AVIF, with WebP for the `<img>` itself, at the widths the card is really shown at. A plan with a site PDF and no cover gets its first page; a plan with
 * neither gets a neutral placeholder. Results are cached by the source's content (`cache.ts`).
 */
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { CoverImage } from "../model.ts";
import { cacheKey, type ContentCache } from "./cache.ts";
import { packageFile } from "../package.ts";
import { renderFirstPage } from "./pdf-render.ts";
import type { WorkStats } from "./work-stats.ts";

/**
 * Widths of the encoded files. Measured in Chromium on the demo page (DSFR 1.15 grid
 * fr-col-12 / md-6 / lg-4 in a 78rem fr-container), a card's image is 286–733 px wide on
 * phones (one column), 358–470 px on tablets (two) and 297–382 px on desktops (three):
 * 320 and 400 cover desktops at 1x, 640 and 800 phones and high-density screens. Sources
 * narrower than a width are never enlarged (a 500 px cover gives 320, 400 and 500).
 */
export const COVER_WIDTHS = [320, 400, 640, 800] as const;

/**
 * Encoder settings, chosen on the demo's covers: AVIF 400 px ≈ 5 KB, by eye as sharp as the 24 KB
 * PNG. AVIF is most of the encoding time: effort 1 gives files within 1–5 % of effort 4 (sharp's
 * default) about eight times faster (effort 0 is faster still but 20 % heavier).
 */
const ENCODING = {
  avif: { quality: 40, effort: 1 },
  webp: { quality: 65, effort: 4 },
} as const;

/**
 * AVIF in a `<source>`, and WebP (which keeps transparency) for the `<img>` itself: every browser
 * in use reads one of them (WebP since Safari 14, 2020). No JPEG or PNG fallback: it would cost
 * each card one more element in the page's DOM budget (RGESN 6.1, the 300-element budget of the
 * 13-card page) and a third of the encoding, for browsers that would then show no decorative
 * image, the card's title and details being all it says.
 */
const FORMATS = ["avif", "webp"] as const;

const MIME: Record<string, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
  svg: "image/svg+xml",
};

/** The neutral cover of a plan with neither document nor cover (a 16:9 DSFR-coloured SVG). */
export const PLACEHOLDER_FILE = packageFile("assets", "couverture-neutre.svg");
export const PLACEHOLDER_NAME = "couverture-neutre.svg";

/** One file the page links to: where it is in the cache, and its name under `coversUrl`. */
export interface CoverFile {
  source: string;
  filename: string;
}

export interface Cover {
  image: CoverImage;
  files: CoverFile[];
}

export interface CoverContext {
  cache: ContentCache;
  /** URL folder the files are served from (`/img/plans-action/couvertures/`). */
  coversUrl: string;
  stats: WorkStats;
}

interface EncodedFile {
  filename: string;
  width: number;
  height: number;
  bytes: number;
}

/** What the cache keeps for one source: the encoded files by format, fallback last. */
interface CoverEntry {
  formats: Array<{ format: string; files: EncodedFile[] }>;
}

const CACHE_KIND = "covers";

/** The folder the encoded files are written to, inside the cache. */
export function coverFilesDir(cache: ContentCache): string {
  return path.join(cache.dir, "files");
}

const require = createRequire(import.meta.url);
function packageVersion(name: string): string {
  const main = require.resolve(name);
  let dir = path.dirname(main);
  while (dir !== path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? "?";
    } catch {
      /* keep walking up */
    }
    dir = path.dirname(dir);
  }
  return "?";
}

let settings: Record<string, unknown> | undefined;
/** Everything that changes the encoded files: part of every cache key. */
function coverSettings(): Record<string, unknown> {
  settings ??= {
    v: 2,
    widths: COVER_WIDTHS,
    formats: FORMATS,
    encoding: ENCODING,
    eleventyImg: packageVersion("@11ty/eleventy-img"),
    // The package's version (it pins its libvips build), read without loading the native module.
    sharp: packageVersion("sharp"),
  };
  return settings;
}

/** Rendering settings of a first page: part of the key of a cover made from a PDF. */
function renderSettings(): Record<string, unknown> {
  return { ...coverSettings(), render: { width: Math.max(...COVER_WIDTHS), ratio: "16:9", top: true }, pdfjs: packageVersion("pdfjs-dist") };
}

/** The cover for an image file's bytes. */
export async function coverFromImage(bytes: Buffer, sourceHash: string, ctx: CoverContext): Promise<Cover> {
  return cached(ctx, cacheKey(sourceHash, coverSettings()), "cover", () => encode(bytes, ctx));
}

/** The cover made from a PDF's first page; throws `PdfReadError` for an unreadable PDF. */
export async function coverFromPdf(bytes: Buffer, sourceHash: string, ctx: CoverContext): Promise<Cover> {
  return cached(ctx, cacheKey(sourceHash, renderSettings()), "document", async () => {
    ctx.stats.pdfRenders++;
    const png = await renderFirstPage(bytes, { width: Math.max(...COVER_WIDTHS) });
    return encode(png, ctx);
  });
}

/** The neutral cover: one small SVG shared by every plan that has nothing to show. */
export function placeholderCover(coversUrl: string): Cover {
  return {
    image: { origin: "placeholder", sources: [], src: `${coversUrl}${PLACEHOLDER_NAME}`, width: 400, height: 225 },
    files: [{ source: PLACEHOLDER_FILE, filename: PLACEHOLDER_NAME }],
  };
}

async function cached(
  ctx: CoverContext,
  key: string,
  origin: CoverImage["origin"],
  make: () => Promise<CoverEntry>,
): Promise<Cover> {
  const dir = coverFilesDir(ctx.cache);
  let entry = await ctx.cache.get<CoverEntry>(CACHE_KIND, key);
  if (!entry || !(await allExist(dir, entry))) {
    entry = await make();
    await ctx.cache.set(CACHE_KIND, key, entry);
  }
  return toCover(entry, origin, dir, ctx.coversUrl);
}

async function allExist(dir: string, entry: CoverEntry): Promise<boolean> {
  const files = entry.formats.flatMap((f) => f.files);
  const found = await Promise.all(files.map((f) => stat(path.join(dir, f.filename)).then((s) => s.size === f.bytes, () => false)));
  return files.length > 0 && found.every(Boolean);
}

/** The subset of eleventy-img's API called here (it ships no type declarations). */
interface ImageStat {
  filename: string;
  width: number;
  height: number;
  size: number;
}
type EleventyImage = (src: Buffer, options: Record<string, unknown>) => Promise<Record<string, ImageStat[]>>;

/**
 * sharp (libvips, a large native module) on first use only: a build whose
 * covers are all in the cache never loads it, nor eleventy-img.
 */
export async function loadSharp(): Promise<typeof import("sharp").default> {
  return (await import("sharp")).default;
}

async function encode(bytes: Buffer, ctx: CoverContext): Promise<CoverEntry> {
  const { default: Image } = (await import("@11ty/eleventy-img")) as unknown as { default: EleventyImage };
  const sharp = await loadSharp();
  const meta = await sharp(bytes).metadata();
  const formats: string[] = meta.format === "svg" ? ["svg"] : [...FORMATS];
  // Encode into a folder of this call's own, then move the files in: another build sharing the
  // cache (`npm start` while `npm test` runs) never sees, nor copies, a half-written file.
  const filesDir = coverFilesDir(ctx.cache);
  await mkdir(filesDir, { recursive: true });
  const scratch = await mkdtemp(path.join(filesDir, ".encoding-"));
  const result = await Image(bytes, {
    widths: [...COVER_WIDTHS],
    formats,
    outputDir: scratch,
    urlPath: ctx.coversUrl,
    // A source narrower than a width gives its own width once, and is never enlarged.
    minimumThreshold: 1,
    sharpAvifOptions: ENCODING.avif,
    sharpWebpOptions: ENCODING.webp,
    // This module's content cache decides what to encode; eleventy-img's own caches (in memory
    // for the process, and "the output file exists") would only hide whether work was done.
    useCache: false,
    // Called by eleventy-img right before it encodes one file, and only then: an honest counter.
    transform: () => {
      ctx.stats.imageEncodes++;
    },
  });
  try {
    for (const stats of Object.values(result).flat()) await rename(path.join(scratch, stats.filename), path.join(filesDir, stats.filename));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return {
    formats: formats
      .filter((format) => result[format]?.length)
      .map((format) => ({
        format,
        files: result[format]!.map((s) => ({ filename: s.filename, width: s.width, height: s.height, bytes: s.size })),
      })),
  };
}

function toCover(entry: CoverEntry, origin: CoverImage["origin"], dir: string, coversUrl: string): Cover {
  const srcset = (files: EncodedFile[]) => files.map((f) => `${coversUrl}${f.filename} ${f.width}w`).join(", ");
  const fallback = entry.formats[entry.formats.length - 1]!;
  // eleventy-img's own convention: the largest fallback gives `src`, `width` and `height`.
  const largest = fallback.files[fallback.files.length - 1]!;
  const image: CoverImage = {
    origin,
    sources: entry.formats.slice(0, -1).map((f) => ({ type: MIME[f.format] ?? `image/${f.format}`, srcset: srcset(f.files) })),
    src: `${coversUrl}${largest.filename}`,
    ...(fallback.files.length > 1 ? { srcset: srcset(fallback.files) } : {}),
    width: largest.width,
    height: largest.height,
  };
  const files = entry.formats.flatMap((f) => f.files.map((file) => ({ source: path.join(dir, file.filename), filename: file.filename })));
  return { image, files };
}
