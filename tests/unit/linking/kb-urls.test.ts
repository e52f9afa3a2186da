/** The KB URL grammar: Microsoft's old shapes and the archive's short links name the right article. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleIdInUrl, findArticleIds, normalizeArticleId } from '../../../src/lib/parse/ids.ts';
import { articleInMicrosoftUrl, articleInPath } from '../../../src/lib/linking/kb-urls.ts';
import { parseArticleLink } from '../../../src/lib/site/short-links.ts';
import { MICROSOFT_SHAPES, NOT_ARTICLE_SHAPES } from '../../fixtures/kb-url-shapes.ts';

/** Splits `path?query` as a browser's location would. */
function split(shape: string): [string, string] {
  const at = shape.indexOf('?');
  return at < 0 ? [shape, ''] : [shape.slice(0, at), shape.slice(at)];
}

test('every old Microsoft shape names its article', () => {
  for (const shape of MICROSOFT_SHAPES) {
    const [path, query] = split(shape.path);
    assert.equal(articleInPath(decodeURIComponent(path), query)?.id, shape.id, shape.path);
  }
});

test('the short links and the canonical path still name their article', () => {
  for (const path of ['Q311457', 'q311457/', 'kb/Q311457', 'kb/311457/', 'KB311457', 'kb/kb311457', 'kb/311/q311457', 'kb/311/Q311457/', 'Q311457/index.html']) {
    assert.equal(articleInPath(path)?.id, 'Q311457', path);
  }
});

test('paths that are no article link, and ids out of range, name nothing', () => {
  for (const shape of [...NOT_ARTICLE_SHAPES, '', 'products/', 'search/?q=311457', 'kb/311/Q311457/oembed.json', 'Q1234567', 'kb/0']) {
    const [path, query] = split(shape);
    assert.equal(articleInPath(path, query), null, shape);
  }
});

test('a query names an article only on the pages that took one', () => {
  assert.equal(articleInPath('', '?kbid=311457')?.id, 'Q311457');
  assert.equal(articleInPath('index.html', '?id=311457')?.id, 'Q311457');
  assert.equal(articleInPath('products/', '?id=311457'), null);
  assert.equal(articleInPath('search/', '?kbid=311457'), null);
});

test('absolute Microsoft URLs name their article and keep the fragment; other hosts do not', () => {
  assert.deepEqual(articleInMicrosoftUrl('https://support.microsoft.com/kb/311457/en-us#appliesto'), { id: { id: 'Q311457', number: 311457 }, fragment: '#appliesto' });
  assert.equal(articleInMicrosoftUrl('http://support2.microsoft.com/default.aspx?scid=kb;EN-US;Q266130')?.id.id, 'Q266130');
  assert.equal(articleInMicrosoftUrl('HTTP://Support.Microsoft.com/?kbid=313839')?.id.id, 'Q313839');
  assert.equal(articleInMicrosoftUrl('https://example.org/kb/311457'), null);
  assert.equal(articleInMicrosoftUrl('ftp://support.microsoft.com/kb/311457'), null);
  assert.equal(articleInMicrosoftUrl('https://support.microsoft.com/en-us/windows'), null);
});

test('the site resolver reads shapes under its base path only and knows the canonical path', () => {
  assert.deepEqual(parseArticleLink('/kbarchive/kb/311457/en-us', '/kbarchive/'), { id: 'Q311457', path: 'kb/311/Q311457/', canonical: false });
  assert.deepEqual(parseArticleLink('/kbarchive/', '/kbarchive/', '?kbid=311457'), { id: 'Q311457', path: 'kb/311/Q311457/', canonical: false });
  assert.equal(parseArticleLink('/kbarchive', '/kbarchive/', '?kbid=311457')?.id, 'Q311457');
  assert.equal(parseArticleLink('/kb/311457', '/kbarchive/'), null);
  assert.equal(parseArticleLink('/kbarchive/kb/311/Q311457/', '/kbarchive/')?.canonical, true);
  assert.equal(parseArticleLink('/%E0%A4%A', '/'), null);
});

test('ids: the prefix is required in text, optional where a URL says "article"', () => {
  assert.equal(normalizeArticleId('311457'), null);
  assert.equal(normalizeArticleId('kb0311457')?.id, 'Q311457');
  assert.equal(articleIdInUrl('311457')?.id, 'Q311457');
  assert.equal(articleIdInUrl('q0311457')?.id, 'Q311457');
  assert.equal(articleIdInUrl('1000000'), null);
  assert.equal(articleIdInUrl('0'), null);
});

test('ids in prose: Q, KB and "KB " forms, not inside words, not "KB 2000"', () => {
  const text = 'See Q311457, KB266130 and KB 313839; not XQ311457, Q311457x, KB 2000, Q12, SQ2000 or kb_311457.';
  assert.deepEqual(
    findArticleIds(text).map((m) => [m.id, text.slice(m.start, m.end)]),
    [['Q311457', 'Q311457'], ['Q266130', 'KB266130'], ['Q313839', 'KB 313839']],
  );
});
