/**
 * An unchanged page is never rewritten, whatever skips or not the import manifest: with `--force`,
 * and with the manifest deleted, every source is converted again, and a page equal to the one on
 * disk is left alone (same modification time, counted "unchanged", not "written"). Pages are dated
 * in the past first, so a rewrite shows whatever the file system's timestamp resolution.
 */
import assert from 'node:assert/strict';
import { rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SETTLE_MS } from '../../src/lib/file-stamp.ts';
import { MANIFEST_NAME } from '../../src/lib/import/import-manifest.ts';
import { jekyllArticle, kbatlas, tempDir } from '../helpers/cli.ts';

interface ImportSummary {
  written: number;
  unchanged: number;
  failed: number;
  unread: number;
}

const past = new Date('2001-01-01T00:00:00Z');

test('re-importing with --force or without the manifest rewrites only the page whose article changed', async () => {
  const src = await tempDir();
  const out = await tempDir();
  for (const n of [1001, 1002, 1003]) writeFileSync(join(src, `Q${n}.md`), jekyllArticle(n));
  const json = join(src, 'summary.json');
  const importAgain = async (...extra: string[]): Promise<ImportSummary> => {
    const run = await kbatlas(['import', src, '--out', out, '--no-progress', '--json', json, ...extra]);
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(await readFile(json, 'utf8')) as ImportSummary;
  };
  const pages = ['Q1001.mdx', 'Q1002.mdx', 'Q1003.mdx'].map((name) => join(out, name));
  const datePagesInThePast = () => pages.forEach((page) => utimesSync(page, past, past));
  const rewritten = () => pages.filter((page) => statSync(page).mtimeMs !== past.getTime()).map((page) => page.slice(out.length + 1));

  assert.equal((await importAgain()).written, 3);
  const before = await Promise.all(pages.map((page) => readFile(page, 'utf8')));

  datePagesInThePast();
  const forced = await importAgain('--force');
  assert.deepEqual([forced.written, forced.unchanged, forced.failed], [0, 3, 0]);
  assert.deepEqual(rewritten(), [], 'with --force');

  rmSync(join(out, MANIFEST_NAME));
  const withoutManifest = await importAgain();
  assert.deepEqual([withoutManifest.written, withoutManifest.unchanged], [0, 3]);
  assert.deepEqual(rewritten(), [], 'without the manifest');
  assert.deepEqual(await Promise.all(pages.map((page) => readFile(page, 'utf8'))), before);

  // The control: an edited article is written (and only it), with --force as without.
  writeFileSync(join(src, 'Q1002.md'), jekyllArticle(1002, { title: 'An Edited Title' }));
  const edited = await importAgain('--force');
  assert.deepEqual([edited.written, edited.unchanged], [1, 2]);
  assert.deepEqual(rewritten(), ['Q1002.mdx']);
  assert.match(await readFile(pages[1]!, 'utf8'), /An Edited Title/);
});

test('an unchanged source file is not read again; one rewritten by hand with the same size and modification time is', async () => {
  const src = await tempDir();
  const out = await tempDir();
  for (const n of [1001, 1002, 1003]) {
    writeFileSync(join(src, `Q${n}.md`), jekyllArticle(n));
    // A modification time in whole seconds, which `utimes` can set back exactly.
    utimesSync(join(src, `Q${n}.md`), past, past);
  }
  // Old enough for their stamps to be kept (src/lib/file-stamp.ts).
  await sleep(SETTLE_MS + 100);
  const json = join(src, 'summary.json');
  const importAgain = async (...extra: string[]): Promise<ImportSummary> => {
    const run = await kbatlas(['import', src, '--out', out, '--no-progress', '--json', json, ...extra]);
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(await readFile(json, 'utf8')) as ImportSummary;
  };
  const counts = (summary: ImportSummary) => [summary.written, summary.unchanged, summary.unread];
  assert.deepEqual(counts(await importAgain()), [3, 0, 0]);
  assert.deepEqual(counts(await importAgain()), [0, 3, 3], 'every source known by its stamp');

  // A hand edit that keeps the size and the modification time: only the change time tells.
  const source = join(src, 'Q1002.md');
  const before = statSync(source, { bigint: true });
  writeFileSync(source, jekyllArticle(1002, { title: 'Fixture: Edited! 1002' }));
  utimesSync(source, past, past);
  const after = statSync(source, { bigint: true });
  assert.deepEqual([after.size, after.mtimeNs], [before.size, before.mtimeNs]);
  assert.deepEqual(counts(await importAgain()), [1, 2, 2]);
  assert.match(await readFile(join(out, 'Q1002.mdx'), 'utf8'), /Fixture: Edited! 1002/);
  // --force reads every source.
  assert.deepEqual(counts(await importAgain('--force')), [0, 3, 0]);
});
