/**
 * Header checks and the id grammar, at the edges the construct fixtures do not reach: a front-matter
 * title that disagrees with the `##` line, no title at all, a control character in the body,
 * ids as old URLs and prose write them, and Last Modified dates.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleIdInUrl, canonicalIdPattern, findArticleIds, idInQuery, isCanonicalId, normalizeArticleId } from '../../../src/lib/parse/ids.ts';
import { formatKbDate } from '../../../src/lib/parse/header.ts';
import { parseArticle, parseKbDate } from '../../../src/lib/parse/index.ts';

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

test('a front-matter title in single or double quotes, with the escapes of YAML undone', () => {
  assert.equal(parseArticle(`---\ntitle: 'Q123: It''s a ''Title'''\n---\n\n${body}\n`).article.title, "It's a 'Title'");
  assert.equal(parseArticle(`---\ntitle: "Q123: A \\"Title\\" a\\\\b"\n---\n\n${body}\n`).article.title, 'A "Title" a\\b');
  assert.equal(parseArticle(`---\ntitle: Q123: Plain title\n---\n\n${body}\n`).article.title, 'Plain title');
  // Quoted only when the quote opens and closes it.
  assert.equal(parseArticle(`---\ntitle: Q123: The word 'raw'\n---\n\n${body}\n`).article.title, "The word 'raw'");
  assert.equal(parseArticle(`---\ntitle: 'Q123: Raw' words\n---\n\n${body}\n`).article.title.endsWith('words'), true);
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

test('Last Modified dates: day, month in any case, four-digit year; impossible days refused; written back as both sources write them', () => {
  const cases: Array<[string, string | null]> = [
    ['05-JUN-2002', '2002-06-05'], ['5-jun-2002', '2002-06-05'], ['  31-Dec-1999 ', '1999-12-31'], ['01-JAN-0999', '0999-01-01'], ['1-Jan-2000', '2000-01-01'],
    ['29-FEB-2000', '2000-02-29'], ['29-FEB-2004', '2004-02-29'], ['28-FEB-1900', '1900-02-28'], ['30-APR-2001', '2001-04-30'], ['31-JAN-2001', '2001-01-31'],
    ['29-FEB-1900', null], ['29-FEB-2001', null], ['31-APR-2001', null], ['32-JAN-2001', null], ['00-JAN-2001', null], ['0-JAN-2001', null],
    ['05-JUNE-2002', null], ['05-XYZ-2002', null], ['05-JUN-02', null], ['105-JUN-2002', null], ['05 JUN 2002', null], ['x05-JUN-2002', null], ['05-JUN-2002x', null], ['', null],
  ];
  for (const [text, iso] of cases) assert.equal(parseKbDate(text), iso, text);
  for (const month of ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']) {
    const iso = parseKbDate(`01-${month}-2001`);
    assert.ok(iso, month);
    assert.equal(formatKbDate(iso), `01-${month}-2001`);
  }
  assert.equal(formatKbDate('2002-06-05'), '05-JUN-2002');
});

test('the canonical id: Q and one to six digits, no leading zero', () => {
  for (const id of ['Q1', 'Q12', 'Q123', 'Q311457', 'Q999999']) assert.equal(canonicalIdPattern.test(id), true, id);
  for (const id of ['Q', 'Q0', 'Q012', 'Q1234567', 'q123', 'KB123', 'Q12a', ' Q12']) assert.equal(canonicalIdPattern.test(id), false, id);
  assert.equal(isCanonicalId('Q311457'), true);
  assert.equal(isCanonicalId('q311457'), false);
  assert.equal(isCanonicalId('Q0311457'), false);
});

test('a search query that is one article id, in the forms people type', () => {
  for (const query of ['Q266130', 'q266130', 'KB266130', 'KB 266130', 'KB: 266130', 'kb:266130', 'Q#266130', ' 266130 ', '0266130']) assert.equal(idInQuery(query)?.id, 'Q266130', query);
  assert.equal(idInQuery('Q123')?.id, 'Q123', 'a short id with its Q');
  assert.equal(idInQuery('KB95')?.id, 'Q95', 'a short id with KB');
  // A bare number: five digits or more, leading zeros not counted (zeros inside count).
  assert.equal(idInQuery('12345')?.id, 'Q12345');
  assert.equal(idInQuery('100005')?.id, 'Q100005');
  assert.equal(idInQuery('1234'), null);
  assert.equal(idInQuery('0001234'), null);
  for (const query of ['95', '2000', '01234', 'Q266130 x', 'KB-266130', 'windows 95', '']) assert.equal(idInQuery(query), null, query);
});

test('an id alone, at the ends of its range; a mention in prose out of range is none', () => {
  assert.deepEqual(normalizeArticleId('Q999999'), { id: 'Q999999', number: 999999 });
  assert.equal(normalizeArticleId('Q1000000'), null);
  assert.equal(normalizeArticleId('see Q123'), null);
  assert.equal(normalizeArticleId('Q123 here'), null);
  assert.deepEqual(findArticleIds('not Q0000 nor KB 1000000 nor kb0000000'), []);
});
