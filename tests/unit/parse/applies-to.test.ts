/**
 * The "applies to" block at the top of the body: its items (bullets of every kind, wrapped lines,
 * a blank line between products), where the body starts after it, and the warning when it is not
 * closed by a dashed rule. Line numbers are those of the Jekyll source below (body from line 9).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '../../../src/lib/parse/index.ts';

const RULE = '-'.repeat(79);
const INTRO = 'The information in this article applies to:';
/** A Jekyll-form article whose body (after the header fields and a blank line) is `body`; its first line is line 9. */
const jekyll = (body: string[]): string =>
  `---\ntitle: "Q123: A Title"\n---\n\n## Q123: A Title\n\n${['Article: Q123', '', ...body].map((l) => `\t${l}`).join('\n')}\n`;
const parse = (body: string[]) => parseArticle(jekyll(body));
const paragraphs = (body: string[]) => parse(body).article.preamble.map((b) => (b.type === 'paragraph' ? b.children.map((c) => c.value).join('') : b.type));

test('items after any bullet, wrapped lines joined, the body starting after the closing rule', () => {
  const { article, diagnostics } = parse(['', RULE, INTRO, '', ' - Microsoft Example Server version 1.0', ' * Microsoft Example', '   Client 2.0', ' • Third', ' · Fourth', RULE, '', 'Body text.']);
  assert.deepEqual(article.appliesTo, ['Microsoft Example Server version 1.0', 'Microsoft Example Client 2.0', 'Third', 'Fourth']);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(paragraphs(['', RULE, INTRO, '', ' - One', RULE, '', 'Body text.']), ['Body text.']);
});

test('a blank line between products does not end the block', () => {
  const { article, diagnostics } = parse([RULE, INTRO, ' - One', '', ' - Two', '', RULE, 'Body text.']);
  assert.deepEqual(article.appliesTo, ['One', 'Two']);
  assert.deepEqual(diagnostics, []);
});

test('a block not closed by a rule: its items up to the first blank line not followed by a product, and a warning there', () => {
  const { article, diagnostics } = parse([RULE, INTRO, ' - One', ' - Two', '', 'Body text.']);
  assert.deepEqual(article.appliesTo, ['One', 'Two']);
  assert.deepEqual(diagnostics.map((d) => [d.rule, d.line, d.message]), [
    ['kb/unclosed-applies-to', 13, 'unexpected ``, expected a dashed rule closing the "applies to" block'],
  ]);
  assert.deepEqual(paragraphs([RULE, INTRO, ' - One', ' - Two', '', 'Body text.']), ['Body text.']);
});

test('a block running to the end of the body is unclosed at its last line', () => {
  const { article, diagnostics } = parse([RULE, INTRO, ' - One', ' - Two']);
  assert.deepEqual(article.appliesTo, ['One', 'Two']);
  assert.deepEqual(diagnostics.map((d) => [d.rule, d.line, d.message]), [
    ['kb/unclosed-applies-to', 12, 'unexpected `end of file`, expected a dashed rule closing the "applies to" block'],
  ]);
});

test('no block: no intro under the rule, a short rule, an empty block, or the intro elsewhere', () => {
  for (const body of [
    [RULE, 'Something else:', ' - One', RULE, 'Text.'],
    ['-'.repeat(19), INTRO, ' - One', RULE, 'Text.'],
    [RULE, INTRO, RULE, 'Text.'],
    ['Text.', '', RULE, INTRO, ' - One', RULE],
  ]) {
    const { article, diagnostics } = parse(body);
    assert.deepEqual(article.appliesTo, [], body.join(' / '));
    assert.deepEqual(diagnostics.filter((d) => d.rule === 'kb/unclosed-applies-to'), [], body.join(' / '));
  }
  // An empty block is not taken out of the body: its lines stay text.
  assert.ok(paragraphs([RULE, INTRO, RULE, 'Text.']).some((p) => p.includes(INTRO)));
});

test('a first product without a bullet, after a blank line, is an item; a block with no item at the end of the body is none', () => {
  const { article, diagnostics } = parse([RULE, INTRO, '', '   Microsoft Example Server 1.0', ' - Second', RULE, 'Text.']);
  assert.deepEqual(article.appliesTo, ['Microsoft Example Server 1.0', 'Second']);
  assert.deepEqual(diagnostics, []);
  const empty = parse(['Text.', RULE, INTRO]);
  assert.deepEqual([empty.article.appliesTo, empty.diagnostics], [[], []]);
  const none = parse([RULE, INTRO, '']);
  assert.deepEqual([none.article.appliesTo, none.diagnostics], [[], []]);
});

test('only a dashed rule opens or closes the block; a body that is one rule has none', () => {
  for (const char of ['=', '*']) {
    assert.deepEqual(parse([char.repeat(79), INTRO, ' - One', char.repeat(79), 'Body text.']).article.appliesTo, [], char);
  }
  // A rule of `=` inside the block is no closing rule: the block stays open (and takes it as text).
  const { article, diagnostics } = parse([RULE, INTRO, ' - One', '='.repeat(79), '', 'Body text.']);
  assert.deepEqual(article.appliesTo, [`One ${'='.repeat(79)}`]);
  assert.deepEqual(diagnostics.map((d) => [d.rule, d.line]), [['kb/unclosed-applies-to', 13]]);
  assert.deepEqual(parse([RULE]).article.appliesTo, []);
});
