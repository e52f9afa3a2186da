/**
 * The trailer's field block and disclaimer at their edges: lines indented or not, a disclaimer's own
 * line breaks and spacing, and the shapes that are no trailer (dashed rules, rules with nothing
 * between them), which stay body text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleText, blocksText, parseArticle } from '../../../src/lib/parse/index.ts';

const RULE = '='.repeat(70);
/** A Jekyll-form article with one section ("SUMMARY", "Body text.") followed by `tail`. */
const jekyll = (tail: string[]): string =>
  `---\ntitle: "Q123: A Title"\n---\n\n## Q123: A Title\n\n${['Article: Q123', '', 'SUMMARY', '=======', '', 'Body text.', '', ...tail].map((l) => `\t${l}`).join('\n')}\n`;

test('indented query words and fields are read as the trailer', () => {
  const { article } = parseArticle(jekyll(['  Additional query words: one two', RULE, '  Keywords          : kbexample', '  Technology        : kbExample', '', RULE]));
  assert.deepEqual(article.additionalQueryWords, ['one', 'two']);
  assert.deepEqual(article.trailerFields?.map((f) => [f.label, f.value]), [['Keywords', 'kbexample'], ['Technology', 'kbExample']]);
  // The article's text (what search indexes) ends with the trailer as read: the words, then each field.
  assert.deepEqual(articleText(article).split('\n').slice(-3), ['Additional query words: one two', 'Keywords : kbexample', 'Technology : kbExample']);
  assert.deepEqual(article.sections.flatMap((s) => blocksText(s.children)), ['Body text.']);
  assert.equal(article.sections[0]!.children.length, 1);
});

test('the disclaimer keeps its line breaks and inner indentation, trailing spaces dropped', () => {
  const { article } = parseArticle(jekyll(['Additional query words: one', RULE, 'Keywords : kbexample', RULE, '', 'THE INFORMATION PROVIDED   ', '  IS PROVIDED "AS IS".  ', '']));
  assert.equal(article.disclaimer, 'THE INFORMATION PROVIDED\n  IS PROVIDED "AS IS".');
});

test('dashed rules around fields, or two rules with no field between them, are no trailer', () => {
  for (const tail of [
    ['-'.repeat(70), 'Keywords : kbexample', '-'.repeat(70)],
    [RULE, '', RULE],
  ]) {
    const { article } = parseArticle(jekyll(tail));
    assert.equal(article.trailerFields, undefined, tail.join(' / '));
    assert.ok(article.sections[0]!.children.length > 1, `${tail.join(' / ')} stays in the body`);
  }
});

test('a field-looking line must start with its label', () => {
  const { article } = parseArticle(jekyll([RULE, 'Keywords : kbexample', 'see: Technology : kbExample', RULE]));
  assert.equal(article.trailerFields, undefined);
});
