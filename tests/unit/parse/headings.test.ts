/**
 * What is and is not an underlined heading, at the edges the construct fixtures do not reach: the
 * underline's length (±2 of the title), a title right under text, list-like titles, the spaced form
 * (`Title`, blank, `-----`, blank) and what may not use it, indented headings, and an empty last
 * section just before the trailer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '../../../src/lib/parse/index.ts';

/** The section titles (with levels) of a Jekyll-form article whose body is `body`. */
function headings(body: string[]): string[] {
  const source = `---\ntitle: "Q123: A Title"\n---\n\n## Q123: A Title\n\n${['Article: Q123', '', ...body].map((l) => `\t${l}`).join('\n')}\n`;
  const out: string[] = [];
  const walk = (sections: ReturnType<typeof parseArticle>['article']['sections']) => {
    for (const s of sections) {
      out.push(`${s.level} ${s.title}`);
      walk(s.sections);
    }
  };
  walk(parseArticle(source).article.sections);
  return out;
}

test('an underline within 2 characters of the title makes a heading; 3 off does not', () => {
  assert.deepEqual(headings(['Title Here', '========', '', 'Text.']), ['2 Title Here']);
  assert.deepEqual(headings(['Title Here', '============', '', 'Text.']), ['2 Title Here']);
  assert.deepEqual(headings(['Title Here', '=======', '', 'Text.']), []);
  assert.deepEqual(headings(['Title Here', '=============', '', 'Text.']), []);
});

test('a line right under text is no heading; right under a rule it is', () => {
  assert.deepEqual(headings(['Some text.', 'Title', '=====', '', 'Text.']), []);
  assert.deepEqual(headings(['*****', 'Title', '=====', '', 'Text.']), ['2 Title']);
});

test('a list item or a rule over an underline is no heading', () => {
  for (const title of ['- Item', '* Item', 'o Item', '1. Item', '12) Item']) {
    assert.deepEqual(headings([title, '='.repeat(title.length), '', 'Text.']), [], title);
  }
  assert.deepEqual(headings(['1.5 Release', '===========', '', 'Text.']), ['2 1.5 Release']);
  assert.deepEqual(headings(['-Item', '-----', '', 'Text.']), ['3 -Item']);
});

test('the spaced form needs blank lines around its underline and a title that is no sentence, note or list item', () => {
  assert.deepEqual(headings(['More Information', '', '----------------', '', 'Text.']), ['3 More Information']);
  assert.deepEqual(headings(['More Information', '', '----------------', 'Text.']), []);
  for (const title of ['Note: See this', 'A sentence ends here.', 'Steps follow:', '- Item', 'Col one    Col two']) {
    assert.deepEqual(headings([title, '', '-'.repeat(title.length), '', 'Text.']), [], title);
  }
});

test('an indented heading has its title without the indentation, and only a matching indent underlines it', () => {
  assert.deepEqual(headings(['  Indented Title', '  ==============', '', 'Text.']), ['2 Indented Title']);
  assert.deepEqual(headings(['  Indented Title', '==============', '', 'Text.']), []);
});

test('an empty last section right before the trailer is kept', () => {
  assert.deepEqual(headings(['SUMMARY', '=======', '', 'Text.', '', 'MORE', '====', 'Additional query words: one']), ['2 SUMMARY', '2 MORE']);
});

test('a title is measured and checked without the spaces around it', () => {
  assert.deepEqual(headings(['Title Here   ', '==========', '', 'Text.']), ['2 Title Here']);
  assert.deepEqual(headings(['  1. Item', '  =======', '', 'Text.']), []);
});
