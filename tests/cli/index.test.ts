/**
 * `kbatlas index <site>` through the real CLI: it indexes the article pages of a built site with
 * Pagefind, one bundle per shard under `<site>/pagefind/`; a run with nothing changed indexes
 * nothing, an edit re-indexes only its shard; a page it cannot read, or that is not a whole article
 * page, is named with its reason and fails the run, while every other article is still found; a
 * failure of the run as a whole is one line naming where and why, and leaves the index as it was.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { kbatlas, tempDir } from '../helpers/cli.ts';
import { openNodeSearch } from '../helpers/pagefind-node.ts';

let site = '';

/** Writes a minimal article page with Pagefind's markup; `after` is what follows its body (not indexed). */
function writePage(number: number, words: string, after = ''): void {
  const id = `Q${number}`;
  const dir = join(site, 'kb', String(Math.floor(number / 1000)).padStart(3, '0'), id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<html lang="en"><body><div hidden><span data-pagefind-meta="title">${words}</span><span data-pagefind-meta="id">${id}</span></div>` +
      `<h1 data-pagefind-body>${id}: ${words}</h1><div data-pagefind-body><p>${words} in the body.</p></div>` +
      `<section class="referenced-by" data-pagefind-ignore>${after}</section><section class="disclaimer" data-pagefind-ignore>As is.</section></body></html>`,
  );
}

interface Report {
  articles: number;
  shards: number;
  rebuilt: number[];
  failed: Array<{ file: string; message: string }>;
}

/** Runs `kbatlas index` on the site with `args`; its exit code and JSON report. */
async function index(...args: string[]): Promise<{ code: number | null; stderr: string; report: Report }> {
  const run = await kbatlas(['index', site, ...args]);
  return { code: run.code, stderr: run.stderr, report: JSON.parse(run.stdout) as Report };
}

/** The ids Pagefind finds for `q` on the site, in order. */
async function found(q: string): Promise<string[]> {
  const search = await openNodeSearch(site);
  try {
    return await search.ids(q);
  } finally {
    await search.close();
  }
}

before(async () => {
  site = await tempDir('kbatlas-index-');
  writePage(300000, 'Obtain and install');
  writePage(300001, 'Component versions');
  writePage(300002, 'Quick fix engineering');
});

after(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

test('indexes every article page of a built site into pagefind/ and reports it as JSON', async () => {
  const run = await index();
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual([run.report.articles, run.report.shards, run.report.rebuilt, run.report.failed], [3, 1, [0], []]);
  for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-entry.json', 'shards.json']) assert.ok(existsSync(join(site, 'pagefind', file)), file);
  assert.ok(!existsSync(join(site, 'pagefind/pagefind-ui.js')), 'Pagefind\'s ready-made UI is not shipped');
  assert.deepEqual(await found('component versions'), ['Q300001']);
});

test('in shards, a run with nothing changed indexes nothing, and an edit re-indexes only its shard', async () => {
  // 3 articles, at most 1 per shard: Q300000 → shard 0 (pagefind/), Q300001 → 1 (1/), Q300002 → 2 (2/).
  const first = await index('--shard-size', '1');
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual([first.report.shards, first.report.rebuilt], [3, [0, 1, 2]]);
  assert.ok(existsSync(join(site, 'pagefind/1/pagefind-entry.json')) && !existsSync(join(site, 'pagefind/1/pagefind.js')), 'a shard keeps its data only');
  assert.deepEqual((await index('--shard-size', '1')).report.rebuilt, []);
  // What follows the body is not indexed: a change there is not an edit.
  writePage(300001, 'Component versions', 'Cited by Q999999.');
  assert.deepEqual((await index('--shard-size', '1')).report.rebuilt, []);
  writePage(300001, 'Component versions of the client');
  assert.deepEqual((await index('--shard-size', '1')).report.rebuilt, [1]);
  for (const [q, id] of [['component client', 'Q300001'], ['install', 'Q300000'], ['engineering', 'Q300002']] as const) assert.equal((await found(q))[0], id, q);
  const before = readFileSync(join(site, 'pagefind/shards.json'), 'utf8');
  await index('--shard-size', '1', '--force');
  assert.equal(readFileSync(join(site, 'pagefind/shards.json'), 'utf8'), before, 'a forced run gives the same shards');
  // Back to one shard: the shard folders go.
  assert.deepEqual((await index()).report.shards, 1);
  assert.ok(!existsSync(join(site, 'pagefind/1')));
});

test('a page it cannot read, or that is not a whole article page, is named with its reason; the others stay searchable; the run fails', async () => {
  // An `index.html` that is a folder: reading it fails (root reads any file, so permissions would not).
  mkdirSync(join(site, 'kb/300/Q300008/index.html'), { recursive: true });
  // A page cut short before its body.
  mkdirSync(join(site, 'kb/300/Q300009'), { recursive: true });
  writeFileSync(join(site, 'kb/300/Q300009/index.html'), '<html><body><h1>Q300009: cut sh');
  const run = await index();
  assert.equal(run.code, 1);
  // The CLI's one problem format: `file: error: message [rule]`.
  assert.match(run.stderr, /^\S*kb\/300\/Q300008\/index\.html: error: not in the search index: EISDIR.* \[kbatlas\/index-unreadable\]$/m);
  assert.match(run.stderr, /^\S*kb\/300\/Q300009\/index\.html: error: not in the search index: no `data-pagefind-body`.* \[kbatlas\/index-unreadable\]$/m);
  assert.equal(run.report.articles, 3, 'the good articles are still indexed');
  assert.deepEqual(run.report.failed.map((problem) => problem.file.replace(/^.*kb\//, 'kb/')).sort(), ['kb/300/Q300008/index.html', 'kb/300/Q300009/index.html']);
  assert.deepEqual(await found('obtain install'), ['Q300000']);
  // Still failing next time: the broken pages are tried again, not taken as indexed.
  assert.equal((await index()).code, 1);
  rmSync(join(site, 'kb/300/Q300008'), { recursive: true });
  rmSync(join(site, 'kb/300/Q300009'), { recursive: true });
  assert.equal((await index()).code, 0);
});

test('a failure of the run as a whole is one line naming the folder and the cause; the index is left as it was', async () => {
  assert.equal((await index('--shard-size', '1')).code, 0);
  const manifest = readFileSync(join(site, 'pagefind/shards.json'), 'utf8');
  const entry = readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8');
  // Shard 2's folder is a file: its bundle cannot be installed. Shard 0 changes and is written, but not installed.
  rmSync(join(site, 'pagefind/2'), { recursive: true });
  writeFileSync(join(site, 'pagefind/2'), 'in the way\n');
  writePage(300000, 'Obtain and install the service pack');
  const run = await kbatlas(['index', site, '--shard-size', '1']);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /^kbatlas: error: search index: \S*\/pagefind\/2\/?: cannot create the shard's folder: not a folder; the search index is as it was$/m);
  assert.doesNotMatch(run.stderr, /internal error|^\s+at /m);
  assert.equal(readFileSync(join(site, 'pagefind/shards.json'), 'utf8'), manifest);
  assert.equal(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'), entry, 'shard 0 was not installed');
  assert.deepEqual(readdirSync(join(site, 'pagefind')).filter((name) => name.startsWith('.tmp-')), [], 'no written shard left behind');
  rmSync(join(site, 'pagefind/2'));
  assert.equal((await index('--shard-size', '1')).code, 0);
  assert.deepEqual(await found('service pack'), ['Q300000']);

  const missing = join(site, 'no-such-site');
  const refused = await kbatlas(['index', missing]);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(refused.stderr, /^kbatlas: error: cannot index \S*no-such-site: no such folder$/m);
  assert.ok(!existsSync(missing), 'the mistyped folder was not made');
});
