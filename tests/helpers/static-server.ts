/**
 * A static file server for browser tests: serves a built site on 127.0.0.1 at a random port,
 * with the content types a browser needs to use the files. Close it when done.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
};

export async function serveFolder(root: string): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    let file = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (file.endsWith("/")) file += "index.html";
    const absolute = path.join(root, file);
    if (!absolute.startsWith(root)) return void response.writeHead(403).end();
    try {
      const body = await readFile(absolute);
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
