/**
 * The site's build-wide index at the size of the whole archive (60,000 synthetic articles, no corpus
 * needed): backlinks, browse groups and prev/next come from one linear pass, and the sitemap splits
 * into an index past 50,000 URLs. Prints the time the index takes; asserts no timing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleData } from '../../src/lib/page-format/schema.ts';
import { buildArchiveIndex } from '../../src/lib/site/archive-model.ts';
import { chunkEntries, sitemapEntries, sitemapFile, sitemapIndexXml, SITEMAP_LIMIT } from '../../src/lib/site/sitemap.ts';

const COUNT = 60_000;

/** A synthetic article: number n, citing the three articles before it and one id outside the archive. */
function article(n: number): ArticleData {
  const number = 100_000 + n;
  return {
    id: `Q${number}`,
    number,
    title: `Article ${number}`,
    products: [`Product ${n % 44}`],
    versions: [],
    operatingSystems: [],
    keywords: [`kb${n % 3000}`, 'kbhowto'],
    lastModified: `${1990 + (n % 13)}-01-${String(1 + (n % 28)).padStart(2, '0')}`,
    appliesTo: [],
    technology: [],
    issueType: null,
    solutionType: null,
    additionalQueryWords: [],
    productCode: null,
    trailerFields: [],
    disclaimer: null,
    form: 'jekyll',
    references: [1, 2, 3].filter((d) => n - d >= 0).map((d) => `Q${number - d}`).concat(`Q${900_000 + (n % 500)}`),
    sections: [],
    summary: '',
  };
}

const articles = Array.from({ length: COUNT }, (_, n) => article(n));
const start = performance.now();
const index = buildArchiveIndex(articles);
console.log(`# archive index of ${COUNT} articles built in ${(performance.now() - start).toFixed(0)} ms`);

test('backlinks of 60,000 articles come from a single pass over their references', () => {
  assert.deepEqual(index.citedBy.get('Q100000'), ['Q100001', 'Q100002', 'Q100003']);
  assert.equal(index.absent.length, 500);
  assert.equal(index.citedBy.get('Q900000')?.length, COUNT / 500);
});

test('every article has a product list and neighbours within it', () => {
  assert.equal(index.products.length, 44);
  assert.equal(index.neighbours.size, COUNT);
  const { product, previous, next } = index.neighbours.get('Q100044')!;
  const at = product.ids.indexOf('Q100044');
  assert.equal(previous?.id, product.ids[at - 1]);
  assert.equal(next?.id, product.ids[at + 1]);
});

test('past 50,000 URLs the sitemap becomes an index of sitemap files', () => {
  const entries = sitemapEntries(index);
  const chunks = chunkEntries(entries);
  assert.ok(entries.length > SITEMAP_LIMIT);
  assert.equal(chunks.length, Math.ceil(entries.length / SITEMAP_LIMIT));
  assert.ok(chunks.every((chunk) => chunk.length <= SITEMAP_LIMIT));
  const xml = sitemapIndexXml(chunks.map((_, i) => sitemapFile(i + 1)), new URL('https://example.org/kbarchive/'));
  assert.match(xml, /<sitemap><loc>https:\/\/example\.org\/kbarchive\/sitemap-2\.xml<\/loc><\/sitemap>/);
});
