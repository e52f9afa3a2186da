/**
 * `kbatlas build` never loses what it did not make, and a failed build keeps the previous site:
 * a folder it did not make is refused untouched (exit 2); a forced build replaces only the files its
 * marker lists, leaving the user's own files; a build that fails after the import leaves the
 * previous site byte for byte, and so does one whose index stage fails; a second build into the
 * same folder stops at once naming the first;
 * and an output folder on another file system than the project is built (copied, not renamed).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { filesUnder } from '../../src/lib/digest.ts';
import { LOCK_NAME } from '../../src/lib/folder-lock.ts';
import { MARKER_NAME } from '../../src/lib/archive-build/output/marker.ts';
import { jekyllArticle, kbatlas, repoRoot, tempDir } from '../helpers/cli.ts';

let root = '';

before(async () => {
  root = await tempDir('kbatlas-build-output-');
});

after(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** Writes the articles `numbers` as sources into a fresh `dir`. */
function writeSources(dir: string, numbers: number[], titleOf?: Record<number, string>): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const n of numbers) writeFileSync(join(dir, `Q${n}.md`), jekyllArticle(n, titleOf?.[n] ? { title: titleOf[n] } : {}));
  return dir;
}

/** Every file of a folder (hidden ones too) → its bytes as text, the build's lock left out. */
function snapshot(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).filter((file) => file !== LOCK_NAME).map((file) => [file, readFileSync(join(dir, file), 'latin1')]));
}

describe('a folder kbatlas build did not make', () => {
  test('is refused untouched with exit 2: a non-empty folder, a file, a foreign work folder', async () => {
    const sources = writeSources(join(root, 'refuse-sources'), [210001]);
    const mine = join(root, 'my-project');
    mkdirSync(join(mine, '.git'), { recursive: true });
    mkdirSync(join(mine, 'src'), { recursive: true });
    writeFileSync(join(mine, 'notes.txt'), 'my notes\n');
    writeFileSync(join(mine, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(mine, 'src', 'index.html'), '<p>mine</p>\n');
    const before = snapshot(mine);
    const work = join(root, 'refuse-work');
    const run = await kbatlas(['build', sources, '--out', mine, '--work', work, '--no-progress'], { timeoutMs: 120_000 });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, new RegExp(`^kbatlas: error: ${mine} is not empty and was not made by a KB Atlas build \\(no \\${MARKER_NAME}\\): it holds \`\\.git\`, \`notes\\.txt\`, \`src\``, 'm'));
    assert.deepEqual(snapshot(mine), before);
    assert.ok(!existsSync(work), 'nothing started: the work folder was not even made');

    const file = join(root, 'a-file');
    writeFileSync(file, 'mine\n');
    const onFile = await kbatlas(['build', sources, '--out', file, '--work', work, '--no-progress']);
    assert.equal(onFile.code, 2, onFile.stderr);
    assert.match(onFile.stderr, new RegExp(`^kbatlas: error: cannot use ${file}: not a folder \\(it is a file\\)$`, 'm'));
    assert.equal(readFileSync(file, 'utf8'), 'mine\n');

    const foreignWork = await kbatlas(['build', sources, '--out', join(root, 'refuse-out'), '--work', mine, '--no-progress']);
    assert.equal(foreignWork.code, 2, foreignWork.stderr);
    assert.match(foreignWork.stderr, /is not empty and is not a kbatlas build's work folder/);
    assert.deepEqual(snapshot(mine), before);
  });
});

describe('a folder kbatlas build made', () => {
  const out = () => join(root, 'site', 'dist');
  const work = () => join(root, 'site', 'work');
  const args = (sources: string, ...extra: string[]) => ['build', sources, '--out', out(), '--work', work(), '--no-progress', ...extra];

  test('a second build into it while the first runs stops at once naming the first', async () => {
    const sources = writeSources(join(root, 'sources-a'), [210101, 210102, 210103]);
    const first = spawn(process.execPath, [join(repoRoot, 'bin/kbatlas.js'), ...args(sources)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let firstErr = '';
    first.stderr.on('data', (chunk) => (firstErr += chunk));
    const firstDone = new Promise<number | null>((resolve) => first.on('close', resolve));
    // The first is past its start: it has imported a page.
    while (first.exitCode === null && !(existsSync(join(work(), 'content')) && readdirSync(join(work(), 'content')).some((name) => name.endsWith('.mdx')))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const second = await kbatlas(args(sources), { timeoutMs: 120_000 });
    assert.equal(second.code, 2, second.stderr);
    assert.match(second.stderr, new RegExp(`^kbatlas: error: .* is in use by kbatlas build \\(process ${first.pid},`, 'm'));
    assert.equal(await firstDone, 0, firstErr);
    assert.ok(existsSync(join(out(), 'kb/210/Q210102/index.html')));
    assert.ok(existsSync(join(out(), MARKER_NAME)));
  });

  test('a forced build that fails after its import leaves the previous site, and the user\'s files, byte for byte', async () => {
    writeFileSync(join(out(), 'CNAME'), 'kb.example.org\n');
    mkdirSync(join(out(), '.git'));
    writeFileSync(join(out(), '.git', 'config'), '[core]\n');
    writeFileSync(join(out(), 'kb', 'notes.txt'), 'kept by hand\n');
    const before = snapshot(out());
    const sources = writeSources(join(root, 'sources-b'), [210101, 210102, 210104], { 210101: 'Retitled' });
    // An Astro config Astro rejects makes the render stage fail after the import.
    const failed = await kbatlas(args(sources, '--force'), { env: { KB_BUILD_CONCURRENCY: 'not a number' }, timeoutMs: 300_000 });
    assert.equal(failed.code, 1, failed.stderr);
    assert.match(failed.stderr, /astro build .* exited with/);
    assert.deepEqual(snapshot(out()), before);
  });

  test('a build whose index stage fails puts the previous site back, pages and search index, and says why in one line', async () => {
    // A file where the new index needs a shard's folder: with three shards, Q210101 and Q210104 are in shard 2 (number mod 3).
    // The index stage fails after the new pages are in place.
    writeFileSync(join(out(), 'pagefind', '2'), 'in the way\n');
    const before = snapshot(out());
    const sources = writeSources(join(root, 'sources-b'), [210101, 210102, 210104], { 210101: 'Retitled' });
    const failed = await kbatlas(args(sources, '--shard-size', '1'), { timeoutMs: 300_000 });
    assert.equal(failed.code, 1, failed.stderr);
    assert.match(failed.stderr, /^kbatlas: error: search index: \S*\/pagefind\/2\/?: cannot create the shard's folder: not a folder; the previous site was put back$/m);
    assert.doesNotMatch(failed.stderr, /internal error|^\s+at /m);
    assert.deepEqual(snapshot(out()), before);
    rmSync(join(out(), 'pagefind', '2'));
  });

  test('a forced build replaces only the files its marker lists: the user\'s files stay, pages no longer built go', async () => {
    const sources = writeSources(join(root, 'sources-b'), [210101, 210102, 210104], { 210101: 'Retitled' });
    const run = await kbatlas(args(sources, '--force'), { timeoutMs: 300_000 });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(out(), 'CNAME'), 'utf8'), 'kb.example.org\n');
    assert.equal(readFileSync(join(out(), '.git', 'config'), 'utf8'), '[core]\n');
    assert.equal(readFileSync(join(out(), 'kb', 'notes.txt'), 'utf8'), 'kept by hand\n');
    assert.ok(!existsSync(join(out(), 'kb/210/Q210103')), 'the page of the article no longer in the sources');
    assert.ok(existsSync(join(out(), 'kb/210/Q210104/index.html')));
    assert.match(readFileSync(join(out(), 'kb/210/Q210101/index.html'), 'utf8'), /Retitled/);
    const hidden = readdirSync(out()).filter((name) => name.startsWith('.kbatlas'));
    assert.deepEqual(hidden, [MARKER_NAME], 'no lock, staging or journal left');
  });
});

describe('an output folder on another file system than the project', () => {
  const shm = '/dev/shm';
  const skip = !existsSync(shm) || statSync(shm).dev === statSync(repoRoot).dev ? `${shm} is missing or on the project's file system` : false;

  test('is built, and built again after an edit, by copying across devices', { skip }, async () => {
    const out = join(shm, `kbatlas-build-output-${process.pid}`);
    rmSync(out, { recursive: true, force: true });
    try {
      const work = join(root, 'shm-work');
      let sources = writeSources(join(root, 'shm-sources'), [210201, 210202]);
      const cold = await kbatlas(['build', sources, '--out', out, '--work', work, '--no-progress'], { timeoutMs: 300_000 });
      assert.equal(cold.code, 0, cold.stderr);
      assert.ok(existsSync(join(out, 'kb/210/Q210202/index.html')));
      sources = writeSources(join(root, 'shm-sources'), [210201, 210202], { 210202: 'Edited on tmpfs' });
      const edited = await kbatlas(['build', sources, '--out', out, '--work', work, '--no-progress'], { timeoutMs: 300_000 });
      assert.equal(edited.code, 0, edited.stderr);
      assert.match(readFileSync(join(out, 'kb/210/Q210202/index.html'), 'utf8'), /Edited on tmpfs/);
      assert.deepEqual(readdirSync(out).filter((name) => name.startsWith('.kbatlas')), [MARKER_NAME]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
