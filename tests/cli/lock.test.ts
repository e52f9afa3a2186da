/**
 * One run per output folder: a second import into a folder another import is writing stops at once,
 * naming the run that holds it, and the first completes untouched. (The build's lock is tested with
 * the build in build-output.test.ts; a stale lock is taken over in robustness.test.ts.)
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { jekyllArticle, kbatlas, repoRoot, tempDir } from '../helpers/cli.ts';

test('a second import into a folder being written stops at once naming the first, which completes', async () => {
  const src = await tempDir();
  const body = Array.from({ length: 60 }, (_, i) => `Line ${i} of a long body, with http://example.com/${i} and Q${100000 + i}.`).join('\n');
  for (let g = 0; g < 6; g++) {
    await mkdir(join(src, `g${g}`));
    await Promise.all(Array.from({ length: 100 }, (_, i) => writeFile(join(src, `g${g}`, `Q${20000 + g * 100 + i}.md`), jekyllArticle(20000 + g * 100 + i, { body }))));
  }
  const out = await tempDir();
  const first = spawn(process.execPath, [join(repoRoot, 'bin/kbatlas.js'), 'import', src, '--out', out, '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let firstErr = '';
  first.stderr.on('data', (chunk) => (firstErr += chunk));
  const firstDone = new Promise<number | null>((resolve) => first.on('close', resolve));
  // Started writing: a page or a staged temp file is there.
  while (first.exitCode === null && !readdirSync(out).some((name) => name.endsWith('.mdx') || name.includes('.kbatlas-tmp-'))) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  assert.equal(first.exitCode, null, 'the first import finished before the second could start');
  const second = await kbatlas(['import', src, '--out', out, '--no-progress']);
  assert.equal(second.code, 2, second.stderr);
  assert.match(second.stderr, new RegExp(`^kbatlas: error: ${out} is in use by kbatlas import \\(process ${first.pid},`, 'm'));
  assert.doesNotMatch(second.stderr, /sources:/, 'the second import read nothing');
  assert.equal(await firstDone, 0, firstErr);
  assert.match(firstErr, /600 sources: 600 imported \(600 written, 0 unchanged\), 0 failed/);
  const left = readdirSync(out);
  assert.equal(left.filter((name) => name.endsWith('.mdx') && !name.startsWith('.')).length, 600);
  assert.deepEqual(left.filter((name) => name.includes('.kbatlas-tmp-') || name === '.kbatlas.lock'), []);
});
