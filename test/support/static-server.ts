import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

/**
 * Serves one built site after another on the same origin, so the browser's localStorage carries over as it
 * does for a reader when a new build is published. `publish(dist)` switches what is served.
 */
export interface SwappableSite {
  url: string;
  publish(dist: string): void;
  close(): Promise<void>;
}

export async function serveSwappable(dist: string): Promise<SwappableSite> {
  let root = dist;
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    publish: (next) => {
      root = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One built site on a free port of 127.0.0.1 (a secure context, as service workers need). */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { url, close } = await serveSwappable(root);
  return { url, close };
}
