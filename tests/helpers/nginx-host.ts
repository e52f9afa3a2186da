/**
 * A real nginx in front of a built site, run as this user in a temporary folder: with the redirect map
 * `kbatlas redirects nginx` prints (docs/linking.md), or through the shipped server block of
 * deploy/nginx/kbatlas.conf (docs/deploy.md). Tests skip where nginx is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './cli.ts';

/** A running nginx: its origin and a way to stop it. */
export interface NginxHost {
  origin: string;
  /** Stops nginx and removes its folder once it has exited. */
  stop(): Promise<void>;
}

/** Whether an nginx binary is on this machine. */
export function hasNginx(): boolean {
  return spawnSync('nginx', ['-v']).status === 0;
}

/** A free TCP port on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Serves `site` (a built folder) under `base` with `map` in the http block, in the foreground, as this user. */
export async function startNginx(site: string, base: string, map: string): Promise<NginxHost> {
  const prefix = mkdtempSync(join(tmpdir(), 'kbatlas-nginx-'));
  const root = siteRoot(prefix, site, base);
  const port = await freePort();
  const server = `${map}
server {
  listen 127.0.0.1:${port};
  root ${root};
  if ($kbatlas_article) { return 301 $kbatlas_article; }
  error_page 404 ${base}404.html;
  location / { try_files $uri $uri/ =404; }
}`;
  return runNginx(prefix, server, `http://127.0.0.1:${port}`, base);
}

/**
 * Serves `site` through the shipped server block (deploy/nginx/kbatlas.conf) with only its lines marked
 * CHANGE changed, as docs/deploy.md tells users to: the listen address, the root, the redirect map's path
 * (`map` written beside it) and, under a base path, the 404 page's path.
 */
export async function startShippedNginx(site: string, base: string, map: string): Promise<NginxHost> {
  const prefix = mkdtempSync(join(tmpdir(), 'kbatlas-nginx-'));
  const root = siteRoot(prefix, site, base);
  const port = await freePort();
  writeFileSync(join(prefix, 'kbatlas-redirects.conf'), map);
  const shipped = readFileSync(join(repoRoot, 'deploy/nginx/kbatlas.conf'), 'utf8');
  const edits: [RegExp, string][] = [
    [/^include \/etc\/nginx\/kbatlas-redirects\.conf;/m, `include ${prefix}/kbatlas-redirects.conf;`],
    [/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`],
    [/^(\s*)root \/srv\/kbatlas\/dist;/m, `$1root ${root};`],
    [/^(\s*)error_page 404 \/404\.html;/m, `$1error_page 404 ${base}404.html;`],
  ];
  let server = shipped;
  for (const [line, replacement] of edits) {
    if (!line.test(server)) throw new Error(`deploy/nginx/kbatlas.conf has no line ${line}: update the test with the file`);
    server = server.replace(line, replacement);
  }
  return runNginx(prefix, server, `http://127.0.0.1:${port}`, base);
}

/** The folder nginx serves: the site itself at `/`, or a folder holding a link to it named after the base path. */
function siteRoot(prefix: string, site: string, base: string): string {
  if (base === '/') return site;
  const docroot = join(prefix, 'www');
  mkdirSync(docroot);
  symlinkSync(site, join(docroot, base.replace(/^\/|\/$/g, '')));
  return docroot;
}

/** Runs nginx in the foreground with `server` (http-level configuration) under `prefix`, until it answers `base`. */
async function runNginx(prefix: string, server: string, origin: string, base: string): Promise<NginxHost> {
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/body;
  ${server.replace(/\n/g, '\n  ')}
}
`,
  );
  const child: ChildProcess = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(`${origin}${base}`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
