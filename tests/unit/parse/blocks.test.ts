/**
 * The block pass at the edges the construct fixtures do not reach (written for surviving mutants of
 * blocks.ts): what ends a column layout, where a table reads its rows after a blank line, the
 * nesting limit, indented blocks, a paragraph's hanging indent, star boxes and listings at the
 * start of a run, and verbatim text never on a list item's own first line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxDepth } from '../../../src/lib/parse/blocks.ts';
import { shapes } from './block-shape.ts';

const prose = 'The values are the following, as the program writes them.';
const layout = ['Name      Value', 'Other     Thing'];

test('a note, a reference or an older-form citation ends a column layout within its run', () => {
  const pre = `pre(text): ${layout.join('\n')}`;
  assert.deepEqual(shapes([prose, ...layout, 'NOTE: The values above.']), [`p: ${prose}`, pre, { 'note NOTE': ['p: The values above.'] }]);
  assert.deepEqual(shapes([prose, ...layout, 'Q266130 SMS: Component Versions']), [`p: ${prose}`, pre, 'refs: Q266130']);
  assert.deepEqual(shapes([prose, ...layout, 'ARTICLE-ID: Q121852']), [`p: ${prose}`, pre, 'refs: Q121852']);
  // Any other line of the run stays in the layout.
  assert.deepEqual(shapes([prose, ...layout, 'More   text']), [`p: ${prose}`, `${pre}\nMore   text`]);
});

test('a layout right under a paragraph line stays preformatted (a table is only read at the start of a run)', () => {
  assert.deepEqual(shapes(['Name    Value', 'Other   Thing']), ['pre(text): Name    Value\nOther   Thing']);
  assert.deepEqual(shapes(['Name Value', '---- -----', 'a    b']), ['table (header): Name | Value / a | b']);
  assert.deepEqual(shapes(['Text.', '', 'Name Value', '---- -----', 'a    b']), ['p: Text.', 'table (header): Name | Value / a | b']);
});

test('a header and its underline take the rows after one blank line, not when more rows follow the underline', () => {
  assert.deepEqual(shapes(['Name   Value', '----   -----', '', 'a      b']), ['table (header): Name | Value / a | b']);
  assert.deepEqual(shapes(['Text.', '', 'Name   Value', '----   -----', '', 'a      b']), ['p: Text.', 'table (header): Name | Value / a | b']);
  assert.deepEqual(shapes(['Name   Value', '----   -----', 'a      b', '', 'c      d']), ['table (header): Name | Value / a | b', 'p: c      d']);
  assert.deepEqual(shapes(['  Name   Value', '  ----   -----', '', '  c      d']), ['table (header): Name | Value / c | d']);
  assert.deepEqual(shapes(['Name   Value', '----   -----', '']), ['pre(text): Name   Value\n----   -----']);
  // A header and underline alone, whatever the spacing, are one preformatted block.
  assert.deepEqual(shapes(['Name Value', '----------']), ['pre(text): Name Value\n----------']);
});

test(`notes and lists nest ${maxDepth} deep at most; deeper labels and markers are text`, () => {
  assert.equal(maxDepth, 8);
  type Nested = { [head: string]: unknown };
  let note: unknown = shapes(['NOTE: '.repeat(maxDepth + 2) + 'x'])[0];
  for (let d = 0; d < maxDepth; d++) note = ((note as Nested)['note NOTE'] as unknown[])[0];
  assert.equal(note, 'p: NOTE: NOTE: x');
  let list: unknown = shapes(['- '.repeat(maxDepth + 2) + 'x'])[0];
  for (let d = 0; d < maxDepth; d++) list = ((list as Nested)['ul'] as unknown[][])[0]![1];
  assert.equal(list, 'p: - - x');
});

test("a note's first line keeps its column, so a cell continued under it lines up", () => {
  assert.deepEqual(shapes(['NOTE: Purpose:   What the setting', '                 one line.']), [
    { 'note NOTE': ['pre(text): Purpose:   What the setting\n           one line.'] },
  ]);
});

test('an indented block: a lone capital marker is text, and a link after a preformatted run keeps its place', () => {
  assert.deepEqual(shapes(['    A. Something alone']), ['pre(text): A. Something alone']);
  assert.deepEqual(shapes(['    some code  x', '', '    http://example.com/x']), ['pre(text): some code  x', 'p: http://example.com/x']);
});

test('a line indented one past the first continues a paragraph; two past starts an indented block', () => {
  assert.deepEqual(shapes(['First line of text', ' second line indented by one']), ['p: First line of text second line indented by one']);
  assert.deepEqual(shapes(['First line of text', '  second line indented by two']), ['p: First line of text', 'pre(text): second line indented by two']);
});

test('a box drawn with `*` starts a run; under a line of text its rules are rules and its sides bullets', () => {
  assert.deepEqual(shapes(['*****', '* x *', '*****']), ['pre(text): *****\n* x *\n*****']);
  assert.deepEqual(shapes(['Text line.', '*****', '* x *', '*****']), ['p: Text line.', 'rule', { ul: [['*', 'p: x *']] }, 'rule']);
});

test('a listing or a run of key paths on the first line is preformatted', () => {
  assert.deepEqual(shapes(['HKEY_LOCAL_MACHINE\\Software\\Microsoft', '  Value = 1']), ['pre(registry): HKEY_LOCAL_MACHINE\\Software\\Microsoft\n  Value = 1']);
  assert.deepEqual(shapes(['HKEY_LOCAL_MACHINE\\Software\\Microsoft is the key', 'HKEY_CURRENT_USER\\Software']), [
    'pre(registry): HKEY_LOCAL_MACHINE\\Software\\Microsoft is the key\nHKEY_CURRENT_USER\\Software',
  ]);
});

const stack = ['8019efec 8012af5b NT!_DbgBreakPoint', '8019f158 8013d516 NT!_KeBugCheckEx+0x1a5'];

test("machine output is verbatim; on a list item's or a note's own first line only when every line of the text is", () => {
  assert.deepEqual(shapes(stack), [`pre(text): ${stack.join('\n')}`]);
  // A list item's own text that is a stack keeps its lines (listings.ts isListingParagraph) …
  assert.deepEqual(shapes(stack, 0, 1), [`pre(text): ${stack.join('\n')}`]);
  assert.deepEqual(shapes([`1. ${stack[0]}`, `   ${stack[1]}`]), [{ 'ol 1 start 1': [['1.', `pre(text): ${stack.join('\n')}`]] }]);
  // … but not when a line of prose shares it: verbatim text cannot start on the item's own first line.
  const withProse = [...stack, 'which is where the fault is reported to the user'];
  assert.deepEqual(shapes(withProse, 0, 1), [`p: ${withProse.join(' ')}`]);
});
