/**
 * Header checks and the id grammar, at the edges the construct fixtures do not reach: a front-matter
 * title that disagrees with the `##` line, no title at all, a control character in the body, and
 * ids as old URLs and prose write them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleIdInUrl, findArticleIds, normalizeArticleId } from '../../../src/lib/parse/ids.ts';
import { parseArticle } from '../../../src/lib/parse/index.ts';

const body = ['Article: Q123', 'Last Modified: 05-JUN-2002', '', 'Text.'].map((l) => `\t${l}`).join('\n');

test('a front-matter title unlike the ## line: the ## title is kept, a warning names both', () => {
  const { article, diagnostics } = parseArticle(`---\ntitle: "Q123: Front Title"\n---\n\n## Q123: Heading Title\n\n${body}\n`);
  assert.equal(article.title, 'Heading Title');
  assert.deepEqual(diagnostics.map((d) => [d.rule, d.line, d.message]), [
    ['kb/title-mismatch', 2, 'unexpected front-matter title `Front Title`, expected `Heading Title` as in the `## ` line'],
  ]);
});

test('no ## line: the front-matter title is used, with no warning', () => {
  const { article, diagnostics } = parseArticle(`---\ntitle: "Q123: Front Title"\n---\n\n${body}\n`);
  assert.equal(article.title, 'Front Title');
  assert.deepEqual(diagnostics.filter((d) => d.rule.includes('title')), []);
});

test('no title anywhere: the id stands in, with a warning', () => {
  const { article, diagnostics } = parseArticle(`${body}\n`);
  assert.equal(article.title, 'Q123');
  assert.deepEqual(diagnostics.map((d) => [d.rule, d.message]), [['kb/missing-title', 'unexpected article without title, expected `## Q123: title` or `TITLE   :`']]);
});

test('the first control character of the body is reported once, with its line and code point', () => {
  const { diagnostics } = parseArticle(`## Q123: A Title\n\n${body}\n\tBell \u0007 here.\n\tAnd \u0001 again.\n\t${'Enough text around them not to read as binary. '.repeat(8)}\n`);
  assert.deepEqual(diagnostics.map((d) => [d.rule, d.line, d.message]), [
    ['kb/control-character', 7, 'unexpected control character `U+0007` in the body, expected text'],
  ]);
});

test('ids in old URLs need no prefix; prose needs Q or KB and no letter or digit touching', () => {
  assert.deepEqual(articleIdInUrl('311457'), { id: 'Q311457', number: 311457 });
  assert.deepEqual(articleIdInUrl('q0311457'), { id: 'Q311457', number: 311457 });
  assert.equal(articleIdInUrl('0'), null);
  assert.equal(articleIdInUrl('1000000'), null);
  assert.equal(normalizeArticleId('311457'), null);
  const found = findArticleIds('See Q311457, kb266130 and KB 313839; not KB 2000, XQ1234, Q12345678 or Q123_.');
  assert.deepEqual(found, [
    { id: 'Q311457', number: 311457, start: 4, end: 11 },
    { id: 'Q266130', number: 266130, start: 13, end: 21 },
    { id: 'Q313839', number: 313839, start: 26, end: 35 },
  ]);
});
