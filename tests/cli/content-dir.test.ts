/**
 * `npm run build` (plain `astro build`, which empties its output folder as Vite does) with a
 * KB_CONTENT_DIR that names no folder of pages stops with a clear error before anything starts: the
 * output folder is left as it was, instead of a warning, an error at build end and a partial site.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, runCommand, tempDir, type CliRun } from '../helpers/cli.ts';

/** `astro build` as `npm run build` runs it, with `env` added. */
function astroBuild(env: Record<string, string>): Promise<CliRun> {
  return runCommand(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, timeoutMs: 300_000 });
}

test('a KB_CONTENT_DIR that is missing, or holds no .mdx page, stops the build before it starts', async () => {
  const work = await tempDir();
  const out = join(work, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'previous.html'), '<p>the previous site</p>\n');
  const sources = join(work, 'sources');
  mkdirSync(sources);
  writeFileSync(join(sources, 'Q1.md'), 'an article source, not an imported page\n');
  for (const [contentDir, reason] of [[join(work, 'mistyped'), 'does not exist'], [sources, 'holds no \\.mdx page']] as const) {
    const run = await astroBuild({ KB_CONTENT_DIR: contentDir, KB_OUT_DIR: out });
    const output = run.stdout + run.stderr;
    assert.notEqual(run.code, 0, output);
    assert.match(output, new RegExp(`KB_CONTENT_DIR=${contentDir} ${reason}`), output);
    assert.deepEqual(readdirSync(out), ['previous.html'], output);
    assert.equal(readFileSync(join(out, 'previous.html'), 'utf8'), '<p>the previous site</p>\n');
    assert.doesNotMatch(output, /astro:build:done/, 'stopped before the build, not at its end');
  }
});
