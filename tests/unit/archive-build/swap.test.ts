/**
 * The output folder's swap (src/lib/archive-build/output/swap.ts) leaves the previous site whole when it fails:
 * a rename that fails part-way is rolled back at once, and a swap cut short by a crash is rolled
 * back by the next build's start (`recoverOutput`). The user's own files are never moved: a folder
 * holding one is swapped entry by entry, any other in one rename.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { CliError } from '../../../src/lib/diagnostics/cli-error.ts';
import { MARKER_NAME, readMarker, writeMarker } from '../../../src/lib/archive-build/output/marker.ts';
import { NEXT_NAME } from '../../../src/lib/archive-build/output/stage.ts';
import { applySwap, planSwap, recoverOutput, UNDO_NAME } from '../../../src/lib/archive-build/output/swap.ts';
import { filesUnder } from '../../../src/lib/digest.ts';
import { tempDir } from '../../helpers/cli.ts';

/** Writes `files` (path → text) under `dir`. */
function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Every file under `dir` → its text. */
function snapshot(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

/** An output folder holding a previous build (marked) and two files of the user's, one inside the build's `kb/`. */
async function previousSite(pages: number): Promise<string> {
  const out = await tempDir('kbatlas-swap-');
  const files: Record<string, string> = { 'index.html': 'old home' };
  for (let i = 0; i < pages; i++) files[`kb/${i % 100}/Q${i}/index.html`] = `old page ${i}`;
  write(out, files);
  writeMarker(out, { files: Object.keys(files), folders: [] });
  write(out, { CNAME: 'mine', 'kb/notes.txt': 'mine too' });
  return out;
}

/** A staging folder holding the next build: every page changed, one page gone, one new. */
function stage(out: string, pages: number): string {
  const dir = join(out, NEXT_NAME);
  const files: Record<string, string> = { 'index.html': 'new home' };
  for (let i = 1; i <= pages; i++) files[`kb/${i % 100}/Q${i}/index.html`] = `new page ${i}`;
  write(dir, files);
  return dir;
}

test('a swap whose rename fails part-way puts the previous site back at once', async () => {
  const out = await previousSite(10);
  const before = snapshot(out);
  const dir = stage(out, 10);
  const staged = { dir, files: filesUnder(dir), same: 0 };
  const plan = planSwap(out, staged, readMarker(out), { fresh: true, obsolete: [], folders: [] });
  // A staged folder vanishes after planning: its rename into place fails mid-swap.
  rmSync(join(dir, 'kb/5'), { recursive: true });
  assert.throws(() => applySwap(out, staged, plan), (error: unknown) => error instanceof CliError && /the previous site was put back/.test(error.message));
  assert.deepEqual(snapshot(out), before);
});

test('a committed swap leaves the new site, the user\'s file, and no journal or staging folder', async () => {
  const out = await previousSite(10);
  const dir = stage(out, 10);
  const staged = { dir, files: filesUnder(dir), same: 0 };
  applySwap(out, staged, planSwap(out, staged, readMarker(out), { fresh: true, obsolete: [], folders: [] }));
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'new home');
  assert.equal(readFileSync(join(out, 'CNAME'), 'utf8'), 'mine');
  assert.equal(readFileSync(join(out, 'kb/notes.txt'), 'utf8'), 'mine too');
  assert.ok(!existsSync(join(out, 'kb/0/Q0')), 'the page no longer built, and its emptied folder');
  assert.ok(existsSync(join(out, 'kb/10/Q10/index.html')));
  assert.deepEqual(readdirSync(out).filter((name) => name.startsWith('.')).sort(), [MARKER_NAME]);
  assert.equal(readMarker(out)?.files.length, 11);
});

test('a swap cut short by a crash is rolled back by the next start (an incremental swap, file by file)', async (t) => {
  const pages = 2_000;
  const out = await previousSite(pages);
  const before = snapshot(out);
  stage(out, pages);
  const child = spawn(process.execPath, [join(import.meta.dirname, 'swap-child.ts'), out, join(out, NEXT_NAME)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise((resolve) => child.stdout.once('data', resolve));
  // Killed once the swap has moved some previous pages aside.
  const old = join(out, UNDO_NAME, 'old', 'kb');
  while (child.exitCode === null && !(existsSync(old) && readdirSync(old).length > 3)) await new Promise((resolve) => setImmediate(resolve));
  child.kill('SIGKILL');
  await exited;
  assert.notEqual(child.exitCode, 0, 'the swap finished before it could be killed');
  const moved = filesUnder(join(out, UNDO_NAME, 'old')).length;
  t.diagnostic(`killed with ${moved} of ${pages + 1} previous files moved aside`);
  assert.ok(moved > 0 && moved < pages);
  assert.notDeepEqual(snapshot(out), before, 'the crash left a half-swapped folder');
  assert.match(recoverOutput(out) ?? '', /rolled back/);
  assert.deepEqual(snapshot(out), before);
});
