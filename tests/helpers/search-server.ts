/**
 * A static host for a built site (like GitHub Pages: `dir/index.html`, `404.html`), for search tests
 * and benchmarks: sirv serves the files, compression gzips text when asked (docs/architecture.md:
 * measured against the hand-written host it replaced, and serve-handler).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/** A running static server: its origin (`http://127.0.0.1:PORT`) and a way to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** What the HTTP/1.1 and HTTP/2 servers' requests and responses share that the handler uses. */
type Request = IncomingMessage | Http2ServerRequest;
type Response = ServerResponse | Http2ServerResponse;

/**
 * The request handler: `root` under `base`, files by sirv (`/a/` → `a/index.html`), anything else
 * (outside `base`, or no such file) answered with `404.html` and status 404, as GitHub Pages does;
 * `onServe` sees each file's request path and size.
 */
function staticHandler(root: string, base: string, onServe?: (path: string, bytes: number) => void): (request: Request, response: Response) => void {
  const notFound = (request: Request, response: Response): void => {
    let body: Buffer;
    try {
      body = readFileSync(join(root, '404.html'));
    } catch {
      body = Buffer.alloc(0);
    }
    (response as ServerResponse).writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    if (request.method === 'HEAD') return void response.end();
    onServe?.(new URL(request.url ?? '/', 'http://localhost').pathname, body.length);
    response.end(body);
  };
  const files = sirv(root, {
    // Files looked up on each request (not listed once at start): a test may build into the folder after serving it.
    dev: true,
    etag: false,
    extensions: ['html'],
    dotfiles: false,
    setHeaders: (response: Response, pathname: string, stats: Stats) => onServe?.(withBase(base, pathname), stats.size),
  });
  return (request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) return notFound(request, response);
    // sirv serves the site's root: the base path is taken off the request's URL.
    const original = url;
    request.url = url.slice(base.length - 1);
    files(request as IncomingMessage, response as ServerResponse, () => {
      request.url = original;
      notFound(request, response);
    });
  };
}

/** The request path of `pathname` under `base`. */
function withBase(base: string, pathname: string): string {
  return `${base.replace(/\/$/, '')}${pathname}`;
}

/** Options of {@link serveStatic}. */
export interface StaticOptions {
  /** Gzip HTML, scripts, styles, JSON, XML and SVG for clients that accept it, as production hosts do. Default: false. */
  gzip?: boolean;
}

/** Serves `root` under `base` (default `/`) on a free port of 127.0.0.1 until closed; `onServe` sees each answer's path and size. */
export async function serveStatic(root: string, base = '/', onServe?: (path: string, bytes: number) => void, { gzip = false }: StaticOptions = {}): Promise<StaticServer> {
  const handle = staticHandler(root, base, onServe);
  // Text gzipped by the compression middleware (Pagefind's own files are compressed already, and their types are not text).
  const compress = gzip ? compression({ threshold: 0 }) : undefined;
  const server: Server = createServer((request, response) => {
    if (!compress) return handle(request, response);
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => handle(request, response));
  });
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
  const server = createSecureServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, staticHandler(root, base));
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
