/**
 * Playwright's web server: imports the embedded default articles into a private folder, builds the
 * site twice — at the root and under `/kbarchive/` — and serves both with `astro preview`
 * (port KB_TEST_PORT, default 4329, and the next one). Private folders under `.cache/e2e/` keep it
 * clear of `dist/` and `content/kb/`. KB_E2E_REUSE=1 skips import and builds when outputs exist.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './cli.ts';
import { buildDefaultSites } from './default-sites.ts';

const port = Number(process.env.KB_TEST_PORT ?? 4329);
const { contentDir, root, based } = await buildDefaultSites(join(repoRoot, '.cache/e2e'), { reuse: process.env.KB_E2E_REUSE === '1' });
const sites = [
  { ...root, port },
  { ...based, port: port + 1 },
];

const children: ChildProcess[] = [];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

for (const site of sites) {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(site.port)],
    {
      cwd: repoRoot,
      env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: site.outDir, KB_BASE_PATH: site.base, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  children.push(child);
  child.on('exit', (code) => {
    if (code) process.exit(code);
  });
  await waitFor(`http://127.0.0.1:${site.port}${site.base}`);
}
console.log(`serving the default site on ports ${port} (/) and ${port + 1} (/kbarchive/)`);

/** Resolves once `url` answers, so the second server starts only after the first is up. */
async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}
