/**
 * `kbatlas index <site>` through the real CLI: it indexes the article pages of a built site, and a
 * page it cannot read is named with its reason, left out, and fails the run, while every other
 * article is still indexed and found.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SearchIndex } from '../../src/lib/search/engine/search.ts';
import { kbatlas, tempDir } from '../helpers/cli.ts';

let site = '';

/** Writes a minimal article page with the search markers; `id` is what its id meta says. */
function writePage(bucket: string, folder: string, id: string, words: string): void {
  const dir = join(site, 'kb', bucket, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<html><body><div hidden><span data-search-meta="title">${words}</span><span data-search-meta="id">${id}</span></div>` +
      `<h1 data-search-body>${id}: ${words}</h1><div data-search-body><p>${words} in the body.</p></div></body></html>`,
  );
}

before(async () => {
  site = await tempDir('kbatlas-index-');
  writePage('311', 'Q311457', 'Q311457', 'Obtain and install');
  writePage('266', 'Q266130', 'Q266130', 'Component versions');
});

after(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

/** Opens the site's index from disk. */
const open = () => SearchIndex.open(async (path) => {
  try {
    return readFileSync(join(site, 'search-index', path));
  } catch {
    return null;
  }
});

test('indexes every article page of a built site and reports it as JSON', async () => {
  const run = await kbatlas(['index', site]);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { articles: number; indexed: number; failed: unknown[] };
  assert.deepEqual([report.articles, report.indexed, report.failed], [2, 2, []]);
  const answer = await (await open()).search('component versions');
  assert.deepEqual(answer.hits.map((hit) => hit.n), [266130]);
});

test('a page it cannot read is named with its reason, the others stay searchable, and the run fails', async () => {
  // An `index.html` that is a folder: reading it fails (root reads any file, so permissions would not).
  mkdirSync(join(site, 'kb/311/Q311458/index.html'), { recursive: true });
  const run = await kbatlas(['index', site]);
  assert.equal(run.code, 1);
  // The CLI's one problem format: `file: error: message [rule]`.
  assert.match(run.stderr, /^\S*kb\/311\/Q311458\/index\.html: error: not in the search index: EISDIR.* \[kbatlas\/index-unreadable\]$/m);
  const report = JSON.parse(run.stdout) as { articles: number; failed: Array<{ file: string; message: string }> };
  assert.equal(report.articles, 2, 'the two good articles are still indexed');
  assert.deepEqual(report.failed.map((problem) => [problem.file.endsWith('kb/311/Q311458/index.html'), /EISDIR/.test(problem.message)]), [[true, true]]);
  assert.equal((await (await open()).search('obtain install')).hits[0]?.n, 311457);
});
