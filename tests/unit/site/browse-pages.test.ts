/**
 * Pagination of the browse lists (every product, keyword or year: GROUPS_PER_PAGE to a page) and of
 * one group's articles (PAGE_SIZE to a page), at the edges: no group is lost or shown twice, the last
 * page is never dropped, and the sitemap lists every page. The expected page counts are written out
 * here, not computed with the code's own formula. The built pages and their links: tests/cli/browse-pages.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildArchiveIndex } from '../../../src/lib/site/archive-model.ts';
import type { ArticleData } from '../../../src/lib/page-format/schema.ts';
import { GROUPS_PER_PAGE, groupIndexPages, PAGE_SIZE } from '../../../src/lib/site/browse.ts';
import type { Group } from '../../../src/lib/site/groups.ts';
import { sitemapEntries } from '../../../src/lib/site/sitemap.ts';

const groups = (n: number): Group[] => Array.from({ length: n }, (_, i) => ({ name: `k${i}`, slug: `k${i}`, ids: [`Q${100000 + i}`] }));

test('the page sizes these edges are written for', () => {
  assert.equal(GROUPS_PER_PAGE, 400);
  assert.equal(PAGE_SIZE, 100);
});

for (const [count, pages] of [[0, 1], [1, 1], [399, 1], [400, 1], [401, 2], [799, 2], [800, 2], [801, 3]] as const) {
  test(`${count} groups make ${pages} list page(s), each group on exactly one`, () => {
    const all = groups(count);
    const split = groupIndexPages(all);
    assert.equal(split.length, pages);
    assert.deepEqual(split.map((p) => p.n), Array.from({ length: pages }, (_, i) => i + 1));
    for (const page of split) assert.equal(page.last, pages);
    // In order, none lost, none twice; full pages but the last, and the last never empty (unless there are none).
    assert.deepEqual(split.flatMap((p) => p.groups), all);
    for (const page of split.slice(0, -1)) assert.equal(page.groups.length, 400);
    if (count > 0) assert.ok(split.at(-1)!.groups.length > 0);
  });
}

/** Front matter of an article with the given keywords (only what the archive index reads). */
function article(number: number, keywords: string[]): ArticleData {
  return {
    id: `Q${number}`,
    number,
    title: `Article ${number}`,
    products: ['Fixture Product'],
    keywords,
    lastModified: '2003-03-03',
    references: [],
  } as unknown as ArticleData;
}

test('the sitemap lists every page of the keyword list and of a keyword: 401 keywords, 101 articles of one', () => {
  // 101 articles share `kbfixture`; 100 of them also carry four keywords of their own: 401 keywords.
  const articles = Array.from({ length: 101 }, (_, i) =>
    article(200000 + i, ['kbfixture', ...(i < 100 ? [0, 1, 2, 3].map((k) => `kbown${i * 4 + k}`) : [])]),
  );
  const index = buildArchiveIndex(articles);
  assert.equal(index.keywords.length, 401);
  const paths = new Set(sitemapEntries(index).map((e) => e.path));
  assert.ok(paths.has('keywords/'));
  assert.ok(paths.has('keywords/page-2/'), 'the second page of the keyword list (one keyword on it)');
  assert.ok(!paths.has('keywords/page-3/'));
  assert.ok(paths.has('keywords/kbfixture/'));
  assert.ok(paths.has('keywords/kbfixture/2/'), 'the second page of a keyword of 101 articles');
  assert.ok(!paths.has('keywords/kbfixture/3/'));
  assert.ok(paths.has('products/fixture-product/2/'));
  // Every keyword's own page is listed once.
  assert.equal([...paths].filter((p) => /^keywords\/kbown\d+\/$/.test(p)).length, 400);
});
