/**
 * The index stage's survey (page-survey.ts): with a survey file, an article page whose file is as
 * the last survey left it is not read again; a page rewritten by hand is, whatever its size and
 * modification time; pages too recent to keep are recorded once they have settled.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SETTLE_MS } from '../../../src/lib/file-stamp.ts';
import { sha1 } from '../../../src/lib/digest.ts';
import type { ArticlePage } from '../../../src/lib/search/indexer/article-pages.ts';
import { surveyPages } from '../../../src/lib/search/indexer/page-survey.ts';

/** A modification time in whole seconds, which `utimes` can set back exactly. */
const past = new Date('2001-01-01T00:00:00Z');

const html = (words: string) => `<html><body><main data-pagefind-body><h1>${words}</h1></main><section class="disclaimer">x</section></body></html>`;

/** A site with two article pages and the page of an absent article. */
function site(): { pages: ArticlePage[]; surveyFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kbatlas-survey-'));
  const pages = ['Q1', 'Q2', 'Q3'].map((id, i) => {
    mkdirSync(join(dir, id));
    const file = join(dir, id, 'index.html');
    writeFileSync(file, i === 2 ? '<article data-absent-article>Q3 is not in this archive</article>' : html(`words of ${id}`));
    utimesSync(file, past, past);
    return { file, url: `/kb/000/${id}/`, number: i + 1 };
  });
  return { pages, surveyFile: join(dir, 'survey.json') };
}

const digests = (survey: ReturnType<typeof surveyPages>) => survey.indexable.map((page) => [page.url, page.digest]);

test('a page whose stamp is recorded is not read again; a page rewritten with the same size and modification time is', async () => {
  const { pages, surveyFile } = site();
  await sleep(SETTLE_MS + 100);
  const first = surveyPages(pages, surveyFile);
  assert.equal(first.read, 3);
  assert.deepEqual(digests(first), [['/kb/000/Q1/', sha1(html('words of Q1').split('<section')[0]!)], ['/kb/000/Q2/', sha1(html('words of Q2').split('<section')[0]!)]]);
  const again = surveyPages(pages, surveyFile);
  assert.equal(again.read, 0);
  assert.deepEqual(digests(again), digests(first));
  assert.deepEqual(again.unreadable, []);

  const before = statSync(pages[1]!.file, { bigint: true });
  writeFileSync(pages[1]!.file, html('words of QX'));
  utimesSync(pages[1]!.file, past, past);
  const after = statSync(pages[1]!.file, { bigint: true });
  assert.deepEqual([after.size, after.mtimeNs], [before.size, before.mtimeNs]);
  const edited = surveyPages(pages, surveyFile);
  assert.equal(edited.read, 1);
  assert.deepEqual(digests(edited)[1], ['/kb/000/Q2/', sha1(html('words of QX').split('<section')[0]!)]);
  // With `reread` (a forced index), every page is read.
  assert.equal(surveyPages(pages, surveyFile, true).read, 3);
});

test('pages too recent to keep are read again next time, unless settle() records them once they have settled', async () => {
  const { pages, surveyFile } = site();
  const first = surveyPages(pages, surveyFile);
  assert.equal(first.read, 3);
  first.settle();
  assert.equal(surveyPages(pages, surveyFile).read, 3, 'still too recent: nothing recorded');
  const survey = surveyPages(pages, surveyFile);
  await sleep(SETTLE_MS + 100);
  survey.settle();
  assert.equal(Object.keys((JSON.parse(readFileSync(surveyFile, 'utf8')) as { pages: object }).pages).length, 3);
  const next = surveyPages(pages, surveyFile);
  assert.equal(next.read, 0);
  assert.deepEqual(digests(next), digests(first));
});

test('without a survey file every page is read and nothing is written', () => {
  const { pages, surveyFile } = site();
  assert.equal(surveyPages(pages).read, 3);
  assert.throws(() => statSync(surveyFile));
});
