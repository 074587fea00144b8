/**
 * Card covers, sized and compressed for the card: @11ty/eleventy-img (sharp) encodes each cover
 * as AVIF, with WebP for the `<img>` itself, at the widths the card is really shown at, and names
 * the files, their URLs and the `<picture>` data. A plan with a site PDF and no cover gets its
 * first page (drawn here: eleventy-img does not read PDFs); a plan with neither gets a neutral
 * placeholder. Results are cached by the source's content (`cache.ts`), so a warm build loads
 * neither eleventy-img nor sharp.
 */
import { mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type Sharp from "sharp";
import type { CoverImage } from "../model.ts";
import { cacheKey, type ContentCache } from "./cache.ts";
import { dependencyVersion, packageFile } from "../package.ts";
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

/**
 * What the cache keeps for one source: the card's image (made from eleventy-img's results, see
 * `pictureData`) and the files it names, with their sizes to tell a complete file from a truncated one.
 */
interface CoverEntry {
  image: Omit<CoverImage, "origin">;
  files: Array<{ filename: string; size: number }>;
}

const CACHE_KIND = "covers";

/** The folder the encoded files are written to, inside the cache. */
export function coverFilesDir(cache: ContentCache): string {
  return path.join(cache.dir, "files");
}

/**
 * What `npm run bench:images` compares, and nothing else sets: with `contentCache: false`, covers
 * skip this module's cache and rely on eleventy-img's own (in memory, and "the output file exists"
 * in the files folder), so a warm build still loads sharp, reads every cover and draws every PDF's page.
 */
export const benchSettings = { contentCache: true };

/** The module eleventy-img's main file is, from which its own sharp is found. */
const ELEVENTY_IMG = createRequire(import.meta.url).resolve("@11ty/eleventy-img");

let settings: Record<string, unknown> | undefined;
/** Everything that changes the encoded files or the URLs cached with them: part of every cache key. */
function coverSettings(coversUrl: string): Record<string, unknown> {
  settings ??= {
    v: 3,
    widths: COVER_WIDTHS,
    formats: FORMATS,
    encoding: ENCODING,
    eleventyImg: dependencyVersion("@11ty/eleventy-img"),
    // The sharp eleventy-img loads (its version pins the libvips build), read without loading it.
    sharp: dependencyVersion("sharp", ELEVENTY_IMG),
  };
  return { ...settings, coversUrl };
}

/** Rendering settings of a first page: part of the key of a cover made from a PDF. */
function renderSettings(coversUrl: string): Record<string, unknown> {
  return {
    ...coverSettings(coversUrl),
    render: { width: Math.max(...COVER_WIDTHS), ratio: "16:9", top: true },
    pdfjs: dependencyVersion("pdfjs-dist"),
  };
}

/** The cover for an image file's bytes. */
export async function coverFromImage(bytes: Buffer, sourceHash: string, ctx: CoverContext): Promise<Cover> {
  return cached(ctx, cacheKey(sourceHash, coverSettings(ctx.coversUrl)), "cover", async () => bytes);
}

/** The cover made from a PDF's first page; throws `PdfReadError` for an unreadable PDF. */
export async function coverFromPdf(bytes: Buffer, sourceHash: string, ctx: CoverContext): Promise<Cover> {
  return cached(ctx, cacheKey(sourceHash, renderSettings(ctx.coversUrl)), "document", async () => {
    ctx.stats.pdfRenders++;
    return renderFirstPage(bytes, { width: Math.max(...COVER_WIDTHS) });
  });
}

/** The neutral cover: one small SVG shared by every plan that has nothing to show. */
export function placeholderCover(coversUrl: string): Cover {
  return {
    image: { origin: "placeholder", sources: [], src: `${coversUrl}${PLACEHOLDER_NAME}`, width: 400, height: 225 },
    files: [{ source: PLACEHOLDER_FILE, filename: PLACEHOLDER_NAME }],
  };
}

/** The cover of `source()`'s image: from the content cache when it holds it, else encoded. */
async function cached(
  ctx: CoverContext,
  key: string,
  origin: CoverImage["origin"],
  source: () => Promise<Buffer>,
): Promise<Cover> {
  const dir = coverFilesDir(ctx.cache);
  let entry = benchSettings.contentCache ? await ctx.cache.get<CoverEntry>(CACHE_KIND, key) : undefined;
  if (!entry || !(await allExist(dir, entry))) {
    entry = await encode(await source(), ctx);
    if (benchSettings.contentCache) await ctx.cache.set(CACHE_KIND, key, entry);
  }
  return {
    image: { origin, ...entry.image },
    files: entry.files.map((file) => ({ source: path.join(dir, file.filename), filename: file.filename })),
  };
}

async function allExist(dir: string, entry: CoverEntry): Promise<boolean> {
  const found = await Promise.all(entry.files.map((f) => stat(path.join(dir, f.filename)).then((s) => s.size === f.size, () => false)));
  return entry.files.length > 0 && found.every(Boolean);
}

/** The subset of eleventy-img's API called here (it ships no type declarations). */
interface ImageStat {
  url: string;
  /** `url` with its width, as a `srcset` candidate. */
  srcset: string;
  /** The format's MIME type. */
  sourceType: string;
  width: number;
  height: number;
  filename: string;
  outputPath: string;
  size: number;
}
/** Files by format, each format's files from the narrowest. */
type ImageResults = Record<string, ImageStat[]>;
interface ImgAttributes {
  src: string;
  srcset?: string;
  width: number;
  height: number;
}
interface PictureChild {
  source?: { type: string; srcset: string };
  img?: ImgAttributes;
}
interface EleventyImage {
  (src: Buffer, options: Record<string, unknown>): Promise<ImageResults>;
  /** The `<picture>` (or lone `<img>`) as data: what eleventy-img's own HTML is written from. */
  generateObject(
    results: ImageResults,
    imgAttributes: Record<string, string>,
  ): { picture?: { "@children": PictureChild[] }; img?: ImgAttributes };
}

/**
 * The sharp eleventy-img itself loads (libvips, a large native module), on first use only: the
 * plugin has no sharp of its own, so a site holds one copy. A build whose covers are all in the
 * cache loads neither it nor eleventy-img.
 */
export function loadSharp(): typeof Sharp {
  return createRequire(ELEVENTY_IMG)("sharp") as typeof Sharp;
}

async function encode(bytes: Buffer, ctx: CoverContext): Promise<CoverEntry> {
  const { default: eleventyImage } = (await import("@11ty/eleventy-img")) as unknown as { default: EleventyImage };
  const filesDir = coverFilesDir(ctx.cache);
  await mkdir(filesDir, { recursive: true });
  // Encode into a folder of this call's own, then move the files in: another build sharing the
  // cache (`npm start` while `npm test` runs) never sees, nor copies, a half-written file.
  // Measuring eleventy-img's own caches needs its files where its "the output file exists" looks.
  const scratch = benchSettings.contentCache ? await mkdtemp(path.join(filesDir, ".encoding-")) : undefined;
  try {
    const results = await eleventyImage(bytes, {
      widths: [...COVER_WIDTHS],
      // An SVG cover stays one SVG file (the short circuit); eleventy-img skips `svg` for other images.
      formats: ["svg", ...FORMATS],
      svgShortCircuit: true,
      outputDir: scratch ?? filesDir,
      urlPath: ctx.coversUrl,
      // A source narrower than a width gives its own width once, and is never enlarged.
      minimumThreshold: 1,
      sharpAvifOptions: ENCODING.avif,
      sharpWebpOptions: ENCODING.webp,
      // This module's content cache decides what to encode; eleventy-img's own caches would only
      // hide whether work was done (`npm run bench:images` measures them against it).
      useCache: !benchSettings.contentCache,
      // Called by eleventy-img right before it encodes one file, and only then: an honest counter.
      transform: () => {
        ctx.stats.imageEncodes++;
      },
    });
    const files = Object.values(results).flat();
    if (scratch) for (const file of files) await rename(file.outputPath, path.join(filesDir, file.filename));
    return {
      image: pictureData(eleventyImage.generateObject, results),
      files: files.map(({ filename, size }) => ({ filename, size })),
    };
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The card's image from eleventy-img's `<picture>` data: a `<source>` per other format (type and
 * srcset), then the `<img>` with its srcset and the largest file's size. The `alt` and `sizes`
 * attributes are the template's (cover.njk); `loading: "lazy"` only lets eleventy-img go without `sizes`.
 */
function pictureData(generateObject: EleventyImage["generateObject"], results: ImageResults): CoverEntry["image"] {
  const markup = generateObject(results, { alt: "", loading: "lazy" });
  const children: PictureChild[] = markup.picture?.["@children"] ?? [{ img: markup.img! }];
  const img = children[children.length - 1]!.img!;
  // eleventy-img's `src` is the smallest file; the card's is the largest, the one `width` and
  // `height` describe (what a browser without srcset shows, sharp at the card's widest).
  const fallback = Object.values(results).find((files) => files[0]?.url === img.src)!;
  return {
    sources: children.flatMap((child) => (child.source ? [{ type: child.source.type, srcset: child.source.srcset }] : [])),
    src: fallback[fallback.length - 1]!.url,
    ...(img.srcset ? { srcset: img.srcset } : {}),
    width: img.width,
    height: img.height,
  };
}
