/**
 * A static file server for browser tests and page benchmarks that behaves like a real host:
 * correct content types, gzip for text formats (node:zlib, as nginx or Apache would do it),
 * no caching, `index.html` for folder URLs and a 404 for anything else. It listens on
 * 127.0.0.1 with a port chosen by the system, and counts what it served.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".pdf": "application/pdf",
};

/** Formats worth compressing; images, fonts and PDFs are already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml)|image\/svg\+xml)/;

export interface StaticServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  /** Every path requested since start, in order, with its status. */
  requests: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

export async function serveStatic(folder: string): Promise<StaticServer> {
  const root = path.resolve(folder);
  const requests: StaticServer["requests"] = [];
  const server = createServer((req, res) => {
    handle(root, req, res).then(
      (status) => requests.push({ path: req.url ?? "", status }),
      (error: unknown) => {
        requests.push({ path: req.url ?? "", status: 500 });
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<number> {
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "Méthode non permise");
  const file = await resolveFile(root, new URL(req.url ?? "/", "http://localhost").pathname);
  if (!file) return send(res, 404, "Page introuvable");
  const type = CONTENT_TYPES[path.extname(file.path).toLowerCase()] ?? "application/octet-stream";
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  res.writeHead(200, {
    "content-type": type,
    "cache-control": "no-store",
    vary: "accept-encoding",
    ...(gzip ? { "content-encoding": "gzip" } : { "content-length": String(file.size) }),
  });
  if (req.method === "HEAD") {
    res.end();
    return 200;
  }
  const source = createReadStream(file.path);
  await (gzip ? pipeline(source, createGzip({ level: 6 }), res) : pipeline(source, res));
  return 200;
}

/** The file a URL path names inside root (folder → its index.html), or undefined. */
async function resolveFile(root: string, urlPath: string): Promise<{ path: string; size: number } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  for (const file of [candidate, path.join(candidate, "index.html")]) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return { path: file, size: info.size };
  }
  return undefined;
}

function send(res: ServerResponse, status: number, text: string): number {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
  return status;
}
