/** A minimal static host for a built site (like GitHub Pages: `dir/index.html`, `404.html`), for search tests and benchmarks. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A running static server: its origin (`http://127.0.0.1:PORT`) and a way to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** File to answer for a request path, or null: `/a/` → `a/index.html`, paths outside `root` refused. */
function resolveFile(root: string, pathname: string): string | null {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = statSync(candidate, { throwIfNoEntry: false });
    if (info?.isFile()) return candidate;
  }
  return null;
}

/** The answer to a request of `pathname`: the file (or 404.html), its status and type. */
function answer(root: string, base: string, pathname: string): { status: number; type: string; body: Buffer } {
  const inBase = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
  const file = inBase === null ? null : resolveFile(root, inBase);
  const target = file ?? join(root, '404.html');
  // Whole files read synchronously in one write (they are small and in the page cache): a stream, or
  // the thread-pool round trips of async reads, cost more than the file here, and under a query's
  // five to ten requests at once made the first byte wait 3–8 ms after the request (resource timing).
  let body: Buffer;
  try {
    body = readFileSync(target);
  } catch {
    body = Buffer.alloc(0);
  }
  return { status: file ? 200 : 404, type: types[extname(target)] ?? 'application/octet-stream', body };
}

/** Types a compressing host gzips (Pagefind's own files are compressed already). */
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/** What the HTTP/1.1 and HTTP/2 servers' requests and responses share that {@link respond} uses. */
interface Exchange {
  request: { url?: string; method?: string; headers: Record<string, string | string[] | undefined> };
  response: { writeHead(status: number, headers: Record<string, string | number>): unknown; end(): unknown; end(body: Buffer): unknown };
}

/** Answers one request of `root` under `base`, gzipping text when asked to and accepted; `onServe` sees each answer's path and size (not for HEAD). */
function respond({ request, response }: Exchange, root: string, base: string, onServe?: (path: string, bytes: number) => void, gzip = false): void {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const answered = answer(root, base, pathname);
  const { status, type } = answered;
  const zipped = gzip && compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = zipped ? gzipSync(answered.body) : answered.body;
  response.writeHead(status, { 'content-type': type, 'content-length': body.length, ...(zipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
  if (request.method === 'HEAD') return void response.end();
  onServe?.(pathname, body.length);
  response.end(body);
}

/** Options of {@link serveStatic}. */
export interface StaticOptions {
  /** Gzip HTML, scripts, styles, JSON, XML and SVG for clients that accept it, as production hosts do. Default: false. */
  gzip?: boolean;
}

/** Serves `root` under `base` (default `/`) on a free port of 127.0.0.1 until closed; `onServe` sees each answer's path and size. */
export async function serveStatic(root: string, base = '/', onServe?: (path: string, bytes: number) => void, { gzip = false }: StaticOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => respond({ request, response }, root, base, onServe, gzip));
  // Longer than any pause between a client's requests: at the default 5 s, a socket the server closes
  // as Node's fetch reuses it fails that request (ECONNRESET, seen under Pagefind's bursts of fetches).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The same host over HTTP/2 (TLS with a throwaway self-signed certificate made by `openssl`, so a
 * browser must ignore certificate errors), as production static hosts serve: every request of a page
 * on one connection. Null when `openssl` is not there.
 */
export async function serveStaticHttp2(root: string, base = '/'): Promise<StaticServer | null> {
  const dir = mkdtempSync(join(tmpdir(), 'kbatlas-h2-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const server = createSecureServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (request, response) => respond({ request, response }, root, base));
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
