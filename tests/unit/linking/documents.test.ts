/** The oEmbed document (with the article's data) and JSON-LD of the default articles: schema-valid, absolute URLs, right cross-links. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { articleLink } from '../../../src/lib/linking/article-link.ts';
import { breadcrumbList, techArticle } from '../../../src/lib/linking/json-ld.ts';
import { oembed, plainTitle } from '../../../src/lib/linking/oembed.ts';
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

test('every default article’s oEmbed document validates against docs/schemas/oembed.schema.json', () => {
  const check = schemaCheck('oembed');
  for (const page of pages) assert.deepEqual(check(oembed(page, index, root)), [], page.id);
});

test('the oEmbed document is an oEmbed link response first: title with the id, canonical url, summary, provider, card', () => {
  const json = oembed(q311457, index, root);
  assert.deepEqual(Object.keys(json).slice(0, 3), ['version', 'type', 'title']);
  assert.equal(json.version, '1.0');
  assert.equal(json.type, 'link');
  assert.equal(json.title, 'Q311457: SMS: How to Obtain and Install SMS 2.0 SP4');
  assert.equal(plainTitle(json), q311457.title);
  assert.equal(json.url, 'https://kb.example.org/kbarchive/kb/311/Q311457/');
  assert.equal(json.description, q311457.summary);
  assert.equal(json.provider_url, 'https://kb.example.org/kbarchive/');
  assert.equal(json.thumbnail_url, 'https://kb.example.org/kbarchive/og-card.png');
  assert.equal(oembed({ ...q311457, summary: '' }, index, root).description, q311457.title, 'no summary: the title');
});

test('the oEmbed document carries the article: metadata, sections with anchors, titled references and backlinks under the base path', () => {
  const json = oembed(q311457, index, root);
  assert.equal(json.schemaVersion, 2);
  assert.equal(json.id, 'Q311457');
  assert.equal(json.lastModified, '2002-06-05');
  assert.deepEqual(json.keywords, ['kbsms200']);
  assert.deepEqual(json.sections[1], { level: 2, title: 'MORE INFORMATION', anchor: 'more-information' });
  assert.deepEqual(json.references[0], { id: 'Q266130', title: index.cards.get('Q266130')!.title, url: 'https://kb.example.org/kbarchive/kb/266/Q266130/', inArchive: true });
  const q266130 = oembed(pages.find((p) => p.id === 'Q266130')!, index, root);
  assert.ok(q266130.referencedBy.some((c) => c.id === 'Q311457' && c.url === json.url));
});

test('the plain title is the oEmbed title without its own id only', () => {
  assert.equal(plainTitle({ id: 'Q1', title: 'Q1: Q2: text' }), 'Q2: text');
  assert.equal(plainTitle({ id: 'Q1', title: 'Q12: text' }), 'Q12: text');
});

test('a reference to an article not in the archive has a null title and points to its not-in-archive page', () => {
  const lonely = { ...q311457, id: 'Q1', number: 1, references: ['Q0999999', 'Q311457', 'Q1'] };
  const json = oembed(lonely, index, root);
  assert.deepEqual(json.references, [
    { id: 'Q999999', title: null, url: 'https://kb.example.org/kbarchive/kb/999/Q999999/', inArchive: false },
    { id: 'Q311457', title: q311457.title, url: 'https://kb.example.org/kbarchive/kb/311/Q311457/', inArchive: true },
  ]);
});

test('the TechArticle has identifier, keywords, products, dateModified and absolute url, and repeats no other head tag', () => {
  const ld = techArticle(q311457, articleLink(q311457, root), root);
  assert.equal(ld['@type'], 'TechArticle');
  assert.equal(ld.identifier, 'Q311457');
  assert.deepEqual(ld.keywords, ['kbsms200']);
  assert.deepEqual(ld.about, [{ '@type': 'SoftwareApplication', name: 'Microsoft Systems Management Server' }]);
  assert.equal(ld.dateModified, '2002-06-05');
  assert.equal(ld.url, 'https://kb.example.org/kbarchive/kb/311/Q311457/');
  // The meta description, <html lang> and og:site_name say these on the same page.
  for (const field of ['description', 'inLanguage', 'isPartOf', 'name', '@id', 'mainEntityOfPage']) assert.equal(field in ld, false, field);
});

test('the BreadcrumbList numbers its items from 1 and gives every item but the page itself its URL', () => {
  const ld = breadcrumbList([{ name: 'KB Atlas', url: root.href }, { name: 'Product', url: `${root.href}products/p/` }, { name: 'Q1', url: `${root.href}kb/000/Q1/` }]);
  assert.deepEqual(ld.itemListElement, [
    { '@type': 'ListItem', position: 1, name: 'KB Atlas', item: root.href },
    { '@type': 'ListItem', position: 2, name: 'Product', item: `${root.href}products/p/` },
    { '@type': 'ListItem', position: 3, name: 'Q1' },
  ]);
});

test('preview tags include an absolute image with its size and the modified time', () => {
  const tags = new Map(previewMeta(q311457, articleLink(q311457, root), root).map((t) => [t.property ?? t.name, t.content]));
  assert.equal(tags.get('og:image'), 'https://kb.example.org/kbarchive/og-card.png');
  assert.equal(tags.get('og:image:width'), '1200');
  assert.equal(tags.get('og:image:height'), '630');
  assert.equal(tags.get('article:modified_time'), '2002-06-05');
  assert.equal(tags.get('twitter:card'), 'summary_large_image');
  // OpenGraph's default locale is en_US; the image's type is its URL's and its Content-Type's.
  assert.equal(tags.has('og:locale'), false);
  assert.equal(tags.has('og:image:type'), false);
});

test('JSON in a script data block cannot close the script and reads back unchanged', () => {
  const value = { title: '</script><!-- & \u2028' };
  const text = scriptJson(value);
  assert.doesNotMatch(text, /<|>|&/);
  assert.deepEqual(JSON.parse(text), value);
});
