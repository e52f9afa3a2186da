/**
 * Exit codes and failures of the output folder: a usage error exits 2 as the README says; an
 * `--out` that is a file or cannot be written is one line naming the path and the cause (exit 2,
 * nothing read); a disk that fills mid-run stops the import with one line, the summary and no
 * temp file left (exit 1).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { jekyllArticle, kbatlas, repoRoot, runCommand, tempDir, type CliRun } from '../helpers/cli.ts';

/** The lines of stderr that are not the import's summary lines. */
function problemLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !/^\d+ sources: /.test(line) && !/^ +\d+ +\S+$/.test(line));
}

test('usage errors exit 2, help exits 0', async () => {
  for (const args of [['import', 'x'], ['import', 'x', '--out', 'y', '-j', '0'], ['build'], ['no-such-command'], ['import', 'x', '--out', 'y', '--no-such-option']]) {
    const run = await kbatlas(args);
    assert.equal(run.code, 2, `kbatlas ${args.join(' ')}: ${run.stderr}`);
  }
  assert.equal((await kbatlas(['--help'])).code, 0);
  assert.equal((await kbatlas(['import', '--help'])).code, 0);
});

test('an --out that is a file: one line naming it and the cause, exit 2, nothing read', async () => {
  const src = await tempDir();
  await writeFile(join(src, 'Q6101.md'), jekyllArticle(6101));
  const file = join(await tempDir(), 'not-a-folder');
  await writeFile(file, 'mine\n');
  for (const command of ['import']) {
    const run = await kbatlas([command, src, '--out', file, '--no-progress']);
    assert.equal(run.code, 2, run.stderr);
    const lines = problemLines(run.stderr);
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, new RegExp(`^kbatlas: error: .*${file}.*not a folder`), run.stderr);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  }
});

/** Makes `dir` unwritable even for root (immutable attribute), or by its mode; false when neither works here. */
function makeReadOnly(dir: string): boolean {
  try {
    if (process.getuid?.() === 0) execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    else execFileSync('chmod', ['555', dir]);
    execFileSync('touch', [join(dir, 'probe')], { stdio: 'ignore' });
    return false;
  } catch {
    return !existsSync(join(dir, 'probe'));
  }
}

function makeWritable(dir: string): void {
  if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
  else execFileSync('chmod', ['755', dir]);
}

test('a read-only --out: one line naming it and the cause, exit 2, nothing written', async (t) => {
  const src = await tempDir();
  for (let n = 6201; n <= 6205; n++) await writeFile(join(src, `Q${n}.md`), jekyllArticle(n));
  const out = join(await tempDir(), 'read-only');
  await mkdir(out);
  if (!makeReadOnly(out)) return t.skip('cannot make a folder read-only here (no chattr as root, or chmod ignored)');
  try {
    const run = await kbatlas(['import', src, '--out', out, '--no-progress']);
    assert.equal(run.code, 2, run.stderr);
    const lines = problemLines(run.stderr);
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, new RegExp(`^kbatlas: error: cannot write to ${out}: (permission denied|operation not permitted|read-only file system)`), run.stderr);
    assert.deepEqual(readdirSync(out), []);
  } finally {
    makeWritable(out);
  }
});

/** Runs the CLI with the file-size limit of `ulimit -f <kib>`: a write past it fails as on a full disk (EFBIG). */
function kbatlasWithFileLimit(kib: number, args: string[]): Promise<CliRun> {
  return runCommand('bash', ['-c', `ulimit -f ${kib} && exec "$0" "$@"`, process.execPath, join(repoRoot, 'bin/kbatlas.js'), ...args], { timeoutMs: 120_000 });
}

test('a disk that fills mid-run: one line naming the file and the cause, the summary, no temp file left', async () => {
  const src = await tempDir();
  // Pages of ~1.5 KB fit under a 4 KB limit; the import manifest of 40 of them does not.
  for (let n = 6301; n <= 6340; n++) await writeFile(join(src, `Q${n}.md`), jekyllArticle(n));
  const out = await tempDir();
  const run = await kbatlasWithFileLimit(4, ['import', src, '--out', out, '--no-progress']);
  assert.equal(run.code, 1, run.stderr);
  const lines = problemLines(run.stderr);
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0]!, new RegExp(`^kbatlas: error: cannot write ${out}/\\.kbatlas-import\\.json: file too large`), run.stderr);
  assert.match(run.stderr, /^40 sources: 40 imported/m, 'the summary is printed');
  assert.deepEqual(readdirSync(out).filter((name) => name.startsWith('.')), []);
  assert.equal(readdirSync(out).filter((name) => name.endsWith('.mdx')).length, 40);
});
