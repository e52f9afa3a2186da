/**
 * One real `kbatlas build` of 101 articles and one source that is not an article:
 * - the build exits 1 and counts the failure, and still builds the 101 others;
 * - the list of every keyword (401: `kbfixture` on all 101, four of their own on 100) is on two
 *   pages, the second holding one keyword; both pages link each other, and every keyword's page
 *   is linked from exactly one of them;
 * - `kbfixture`'s 101 articles are on two pages joined by previous/next links;
 * - the sitemap lists both second pages.
 * The page arithmetic at every edge (399/400/401/801 groups): tests/unit/site/browse-pages.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { jekyllArticle, kbatlas, tempDir, type CliRun } from '../helpers/cli.ts';

let root = '';
let run: CliRun;
const dist = () => join(root, 'dist');
const page = (path: string) => readFileSync(join(dist(), path, 'index.html'), 'utf8');

/** The links of a page: `[rel, href, text]` of every `<a href>`. */
function links(html: string): Array<{ rel: string | null; href: string; text: string }> {
  return [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].flatMap(([, attributes, text]) => {
    const href = /\bhref="([^"]*)"/.exec(attributes!)?.[1];
    return href === undefined ? [] : [{ rel: /\brel="([^"]*)"/.exec(attributes!)?.[1] ?? null, href, text: text!.replace(/<[^>]+>/g, '').trim() }];
  });
}

before(async () => {
  root = await tempDir('kbatlas-browse-');
  const sources = join(root, 'sources');
  mkdirSync(sources);
  for (let i = 0; i < 101; i++) {
    const own = i < 100 ? [0, 1, 2, 3].map((k) => `kbown${i * 4 + k}`) : [];
    writeFileSync(join(sources, `Q${300000 + i}.md`), jekyllArticle(300000 + i, { keywords: ['kbfixture', ...own].join(' ') }));
  }
  writeFileSync(join(sources, 'not-an-article.md'), 'Just some notes, not a KB article.\n');
  run = await kbatlas(['build', sources, '--out', dist(), '--work', join(root, 'work'), '--no-progress', '--json', join(root, 'summary.json')]);
});

after(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

test('a build with a source that failed to import exits 1, counts it, and builds the other articles', () => {
  assert.equal(run.code, 1, run.stderr.slice(-2000));
  assert.match(run.stderr, /not-an-article\.md:1: error: .*\[kb\/not-kb-article\]/);
  const summary = JSON.parse(readFileSync(join(root, 'summary.json'), 'utf8')) as { articles: number; failed: number };
  assert.deepEqual([summary.articles, summary.failed], [101, 1]);
  assert.ok(existsSync(join(dist(), 'kb/300/Q300100/index.html')));
});

test('the keyword list keeps its last page: 400 keywords, then one, linked both ways', () => {
  const first = links(page('keywords'));
  const second = links(page('keywords/page-2'));
  const keywordLinks = (all: typeof first) => all.filter((l) => /^\/keywords\/kb[a-z0-9]+\/$/.test(l.href)).map((l) => l.href);
  assert.equal(keywordLinks(first).length, 400);
  assert.equal(keywordLinks(second).length, 1);
  const every = [...keywordLinks(first), ...keywordLinks(second)];
  assert.equal(new Set(every).size, 401, 'no keyword on both pages');
  for (const href of every) assert.ok(existsSync(join(dist(), href, 'index.html')), href);
  assert.ok(first.some((l) => l.href === '/keywords/page-2/' && l.text === 'Page 2'), 'page 1 links page 2');
  assert.ok(second.some((l) => l.href === '/keywords/' && l.text === 'Page 1'), 'page 2 links page 1');
  assert.ok(!existsSync(join(dist(), 'keywords/page-3')));
});

test('a keyword of 101 articles has two pages joined by previous and next links', () => {
  const first = links(page('keywords/kbfixture'));
  const second = links(page('keywords/kbfixture/2'));
  const articles = (all: typeof first) => all.filter((l) => /^\/kb\/300\/Q3\d{5}\/$/.test(l.href)).map((l) => l.href);
  assert.equal(new Set(articles(first)).size, 100);
  assert.equal(new Set(articles(second)).size, 1);
  assert.deepEqual(first.filter((l) => l.rel === 'next').map((l) => l.href), ['/keywords/kbfixture/2/']);
  assert.deepEqual(first.filter((l) => l.rel === 'prev'), []);
  assert.deepEqual(second.filter((l) => l.rel === 'prev').map((l) => l.href), ['/keywords/kbfixture/']);
  assert.deepEqual(second.filter((l) => l.rel === 'next'), []);
  assert.ok(!existsSync(join(dist(), 'keywords/kbfixture/3')));
});

test('the sitemap lists the second page of the keyword list and of the keyword', () => {
  const sitemap = readFileSync(join(dist(), 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
  for (const path of ['/keywords/', '/keywords/page-2/', '/keywords/kbfixture/', '/keywords/kbfixture/2/', '/products/fixture-product/2/']) {
    assert.ok(locs.includes(path), path);
  }
  assert.equal(locs.filter((p) => /^\/keywords\/kbown\d+\/$/.test(p)).length, 400);
});
