/**
 * Column layouts at the edges the construct fixtures do not reach: where a column gap is (3+
 * spaces, a tab, 2 spaces not after sentence punctuation or a list marker) and its column, what
 * starts a layout (aligned rows right after, one blank or a rule apart, or within four lines; two
 * wide gaps; a header underlined column by column; a cell continued), and how far it runs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnsEnd, gapColumns, mayHoldColumns, startsColumns } from '../../../src/lib/parse/columns.ts';
import { makeLine } from '../../../src/lib/parse/lines.ts';
import { shapes } from './block-shape.ts';

const lines = (texts: string[]) => texts.map((t, i) => makeLine(i + 1, t));
const starts = (texts: string[]) => startsColumns(lines(texts), 0);

test('a column gap is 3+ spaces, a tab, or 2 spaces not after . ? ! :, and its column is where the text resumes', () => {
  const gaps: Record<string, number[]> = {
    'a  b': [3],
    'x   y   z': [4, 8],
    'Name     Value': [9],
    'end.   Next': [7],
    'a\tb': [8],
    '  \ta\tb': [16],
    'ab \tc': [8],
    'ab)  c': [5],
    '1234)  x': [7],
    '-  Item  x': [9],
    '•  x  y': [6],
    '  iv.  Text  more': [13],
  };
  for (const [text, columns] of Object.entries(gaps)) assert.deepEqual(gapColumns(text), columns, JSON.stringify(text));
  for (const text of ['end.  Next', 'end?  N', 'end!  N', 'end:  N', 'no gaps here', 'word    ', '   indented only', '']) {
    assert.deepEqual(gapColumns(text), [], JSON.stringify(text));
  }
});

test('the spacing after a leading list marker is no gap', () => {
  for (const text of ['1.  Click here', '12)  x', 'a)  b', 'o  Item', '-  Item', '*   Item', 'IV)  y', '  2.   Step']) {
    assert.deepEqual(gapColumns(text), [], JSON.stringify(text));
  }
});

test('a line may hold columns when two spaces or a tab follow its first non-space character', () => {
  for (const text of ['a  b', 'a\tb', '  a  b']) assert.equal(mayHoldColumns(makeLine(1, text)), true, JSON.stringify(text));
  for (const text of ['  leading only', 'a b', '\tx y', '']) assert.equal(mayHoldColumns(makeLine(1, text)), false, JSON.stringify(text));
});

test('aligned rows start a layout right after each other, one blank line or a rule apart, not two blank lines', () => {
  assert.equal(starts(['Name    Value', 'Other   Thing']), true);
  assert.equal(starts(['Name   Value', 'Namex   Value']), true); // ±1
  assert.equal(starts(['Name   Value', 'Others   Thing']), false);
  assert.equal(starts(['Name    Value', '', 'Other   Thing']), true);
  assert.equal(starts(['Name    Value', '', '', 'Other   Thing']), false);
  assert.equal(starts(['Name     Value', '--------------', 'x        y']), true);
  assert.equal(starts(['Name     Value', '--------------', '', 'x        y']), true);
  assert.equal(starts(['Name     Value', '--------------']), false);
  assert.equal(starts(['Name     Value']), false);
  assert.equal(starts(['', 'Name    Value', 'Other   Thing']), false);
  assert.equal(starts(['No gap here', 'Other   Thing']), false);
  // Two gaps or more in each row align even when no column is shared (right-aligned numbers).
  assert.equal(starts(['A   B   C', 'Dd      Eeeeee     F']), true);
  assert.equal(starts(['A   B   C', 'Dddddddddd  E']), false);
});

test('a header underlined column by column starts a layout; a single underline needs a row after it', () => {
  assert.equal(starts(['Name     Value', '----     -----']), true);
  assert.equal(starts(['Name     Value', '--------------']), false);
});

test('two lines with a wide gap (4+ spaces) start a layout even when their gaps do not align', () => {
  assert.equal(starts(['Label one    12', 'Other label thing    345']), true);
  assert.equal(starts(['Label one   12', 'Other label thing    345']), false);
  assert.equal(starts(['1.  Label    12', 'Other label thing    345']), true);
  // The spaces after a leading marker (a number or a letter, `.` or `)`) are no wide gap.
  assert.equal(starts(['a.    Click the Start button', 'b.    Point to Programs']), false);
  assert.equal(starts(['A)    Click the Start button', 'B)    Point to Programs']), false);
  assert.equal(starts(['1.    Click the Start button', '2.    Point to Programs']), false);
});

test('the next row may come up to four lines on within the run', () => {
  const wrapped = (n: number) => ['Col1    Col2', ...['wrapped text here', 'more wrapped', 'x', 'y', 'z'].slice(0, n), 'Cell    Cell2'];
  assert.equal(starts(wrapped(3)), true);
  assert.equal(starts(wrapped(4)), false);
  assert.equal(starts(['Col1    Col2', 'wrapped text here', '', 'Cell    Cell2']), false);
});

test('a next line indented to one of the columns (±1) continues a cell, unless the line is a note', () => {
  assert.equal(starts(['Purpose:   What the setting', '           one line.']), true);
  assert.equal(starts(['Purpose:   What the setting', '            one line.']), true);
  assert.equal(starts(['Purpose:   What the setting', '          one line.']), true);
  assert.equal(starts(['Purpose:   What the setting', '             one line.']), false);
  assert.equal(starts(['NOTE:   Text here', '        more']), false);
});

test('a layout runs on past a blank line while the next run shares a column or continues a cell, and stops at prose or a stop', () => {
  const layout = ['Name      Value', 'Other     Thing'];
  const end = (texts: string[], stops: (i: number) => boolean = () => false) => columnsEnd(lines(texts), 0, stops);
  assert.equal(end([...layout, '', 'Third     Row']), 4);
  assert.equal(end([...layout, '', 'Thirds     Row']), 4); // ±1
  assert.equal(end([...layout, '', 'Third      Row', '', 'Prose follows here.']), 4);
  assert.equal(end([...layout, '', 'Prose follows here.']), 2);
  assert.equal(end([...layout, '', '', 'Third     Row']), 5);
  assert.equal(end([...layout, '', '          continued']), 4);
  assert.equal(end([...layout, '', '  less indented      x']), 2);
  assert.equal(end(['  Name      Value', '  Other     Thing', '', 'Third       Row']), 2);
  // A run indented to one of the columns continues a cell only when it is indented 2+ past the layout.
  assert.equal(end(['      a\tb', '      c\td', '', '       more text']), 2);
  assert.equal(end(['      a\tb', '      c\td', '', '        more text']), 4);
  assert.equal(end([...layout, '', '---------------', 'Third     Row']), 5);
  assert.equal(end([...layout, '', '---------------', '', 'Prose.']), 2);
  assert.equal(end([...layout, '', 'Third     Row'], (i) => i === 3), 2);
  assert.equal(end([...layout, 'Stop      here'], (i) => i === 2), 2);
  assert.equal(end([...layout, 'Stop      here'], (i) => i === 0), 3);
});

test('a layout stays one preformatted block in the body', () => {
  assert.deepEqual(shapes(['Text before.', '', 'Purpose:   What the setting', '           one line.', 'Default:   None.', '', 'Text after.']), [
    'p: Text before.',
    'pre(text): Purpose:   What the setting\n           one line.\nDefault:   None.',
    'p: Text after.',
  ]);
});
