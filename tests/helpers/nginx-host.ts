/**
 * A real nginx in front of a built site, with the redirect map `kbatlas redirects nginx` prints, as the
 * docs tell users to set it up (docs/linking.md). For the tests of those rules; `null` where nginx is
 * not installed (`apt-get install nginx-light`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  const docroot = join(prefix, 'www');
  mkdirSync(docroot);
  // The site at its base path: `/` is the folder itself, `/kbarchive/` a link to it.
  const root = base === '/' ? site : docroot;
  if (base !== '/') symlinkSync(site, join(docroot, base.replace(/^\/|\/$/g, '')));
  const port = await freePort();
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
  ${map.replace(/\n/g, '\n  ')}
  server {
    listen 127.0.0.1:${port};
    root ${root};
    if ($kbatlas_article) { return 301 $kbatlas_article; }
    error_page 404 ${base}404.html;
    location / { try_files $uri $uri/ =404; }
  }
}
`,
  );
  const child: ChildProcess = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
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
