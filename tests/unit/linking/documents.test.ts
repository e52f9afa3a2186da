/** The oEmbed, article JSON and JSON-LD of the default articles: schema-valid, absolute URLs, right cross-links. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { articleJson } from '../../../src/lib/linking/article-json.ts';
import { articleLink } from '../../../src/lib/linking/article-link.ts';
import { breadcrumbList, techArticle } from '../../../src/lib/linking/json-ld.ts';
import { oembed } from '../../../src/lib/linking/oembed.ts';
import { previewMeta } from '../../../src/lib/linking/preview.ts';
import { scriptJson } from '../../../src/lib/linking/safe-json.ts';
import { siteRoot } from '../../../src/lib/linking/site-root.ts';
import { buildArchiveIndex } from '../../../src/lib/site/archive-model.ts';
import { readPages } from './pages.ts';
import { schemaCheck } from './schemas.ts';

const pages = await readPages(fileURLToPath(new URL('../../../content/kb/', import.meta.url)));
const index = buildArchiveIndex(pages);
const root = siteRoot('https://kb.example.org', '/kbarchive/');
const q311457 = pages.find((p) => p.id === 'Q311457')!;

test('every default article’s JSON validates against docs/schemas/article.schema.json', () => {
  const check = schemaCheck('article');
  for (const page of pages) assert.deepEqual(check(articleJson(page, index, root)), [], page.id);
});

test('every default article’s oEmbed validates against docs/schemas/oembed.schema.json', () => {
  const check = schemaCheck('oembed');
  for (const page of pages) assert.deepEqual(check(oembed(articleLink(page, root), page.summary, root)), [], page.id);
});

test('article JSON lists sections with anchor URLs, titled references and backlinks under the base path', () => {
  const json = articleJson(q311457, index, root);
  assert.equal(json.url, 'https://kb.example.org/kbarchive/kb/311/Q311457/');
  assert.deepEqual(json.sections[1], { level: 2, title: 'MORE INFORMATION', anchor: 'more-information', url: `${json.url}#more-information` });
  assert.deepEqual(json.references[0], { id: 'Q266130', title: index.cards.get('Q266130')!.title, url: 'https://kb.example.org/kbarchive/kb/266/Q266130/', inArchive: true });
  const q266130 = articleJson(pages.find((p) => p.id === 'Q266130')!, index, root);
  assert.ok(q266130.referencedBy.some((c) => c.id === 'Q311457' && c.url === json.url));
});

test('a reference to an article not in the archive has a null title and points to its not-in-archive page', () => {
  const lonely = { ...q311457, id: 'Q1', number: 1, references: ['Q0999999', 'Q311457', 'Q1'] };
  const json = articleJson(lonely, index, root);
  assert.deepEqual(json.references, [
    { id: 'Q999999', title: null, url: 'https://kb.example.org/kbarchive/kb/999/Q999999/', inArchive: false },
    { id: 'Q311457', title: q311457.title, url: 'https://kb.example.org/kbarchive/kb/311/Q311457/', inArchive: true },
  ]);
});

test('the TechArticle has identifier, keywords, products, dateModified and absolute url and isPartOf', () => {
  const ld = techArticle(q311457, articleLink(q311457, root), root);
  assert.equal(ld['@type'], 'TechArticle');
  assert.equal(ld.identifier, 'Q311457');
  assert.deepEqual(ld.keywords, ['kbsms200']);
  assert.deepEqual(ld.about, [{ '@type': 'SoftwareApplication', name: 'Microsoft Systems Management Server' }]);
  assert.equal(ld.dateModified, '2002-06-05');
  assert.equal(ld.url, 'https://kb.example.org/kbarchive/kb/311/Q311457/');
  assert.deepEqual(ld.isPartOf, { '@type': 'WebSite', name: 'KB Atlas', url: 'https://kb.example.org/kbarchive/' });
});

test('the BreadcrumbList numbers its items from 1', () => {
  const ld = breadcrumbList([{ name: 'KB Atlas', url: root.href }, { name: 'Q1', url: `${root.href}kb/000/Q1/` }]);
  assert.deepEqual((ld.itemListElement as { position: number }[]).map((i) => i.position), [1, 2]);
});

test('preview tags include an absolute image with its size and the modified time', () => {
  const tags = new Map(previewMeta(q311457, articleLink(q311457, root), root).map((t) => [t.property ?? t.name, t.content]));
  assert.equal(tags.get('og:image'), 'https://kb.example.org/kbarchive/og-card.png');
  assert.equal(tags.get('og:image:width'), '1200');
  assert.equal(tags.get('og:image:height'), '630');
  assert.equal(tags.get('article:modified_time'), '2002-06-05');
  assert.equal(tags.get('twitter:card'), 'summary_large_image');
});

test('JSON in a script data block cannot close the script and reads back unchanged', () => {
  const value = { title: '</script><!-- & \u2028' };
  const text = scriptJson(value);
  assert.doesNotMatch(text, /<|>|&/);
  assert.deepEqual(JSON.parse(text), value);
});
