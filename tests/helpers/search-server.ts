/** A minimal static host for a built site (like GitHub Pages: `dir/index.html`, `404.html`), for search tests and benchmarks. */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A running static server: its origin (`http://127.0.0.1:PORT`) and a way to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** File to answer for a request path, or null: `/a/` → `a/index.html`, paths outside `root` refused. */
async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

/** Serves `root` under `base` (default `/`) on a free port of 127.0.0.1 until closed; `onServe` sees each answer's path and size. */
export async function serveStatic(root: string, base = '/', onServe?: (path: string, bytes: number) => void): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const inBase = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
    const file = inBase === null ? null : await resolveFile(root, inBase);
    const target = file ?? join(root, '404.html');
    // Whole files in one write (they are small): a stream per file costs more than the file here.
    const body = await readFile(target).catch(() => Buffer.alloc(0));
    response.writeHead(file ? 200 : 404, { 'content-type': types[extname(target)] ?? 'application/octet-stream', 'content-length': body.length });
    if (request.method === 'HEAD') return void response.end();
    onServe?.(pathname, body.length);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
