/**
 * Lists at the edges the construct fixtures do not reach: each marker kind and what is no marker,
 * roman numerals, when capital letters and roman numerals start a list (the next item in sequence,
 * looked for within the first item), which markers continue a list (same kind, same column ±1), and
 * a number that ends a wrapped sentence (`… Microsoft Windows` / `95. The …`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeLine } from '../../../src/lib/parse/lines.ts';
import { matchMarker, romanValue, startsList } from '../../../src/lib/parse/lists.ts';
import { shapes } from './block-shape.ts';

const marker = (text: string) => matchMarker(makeLine(1, text));
const starts = (texts: string[]) => startsList(texts.map((t, i) => makeLine(i + 1, t)), 0);

test('each marker kind: its style, value, columns and text', () => {
  assert.deepEqual(marker('- Item'), { marker: '-', ordered: false, style: '-', value: null, indent: 0, textColumn: 2, text: 'Item' });
  assert.deepEqual(marker('  12)   Twelve'), { marker: '12)', ordered: true, style: '1)', value: 12, indent: 2, textColumn: 8, text: 'Twelve' });
  assert.deepEqual(marker('b. Second'), { marker: 'b.', ordered: true, style: 'a.', value: 2, indent: 0, textColumn: 3, text: 'Second' });
  assert.deepEqual(marker('C) Third'), { marker: 'C)', ordered: true, style: 'A)', value: 3, indent: 0, textColumn: 3, text: 'Third' });
  assert.deepEqual(marker(' iv. Four'), { marker: 'iv.', ordered: true, style: 'i.', value: 4, indent: 1, textColumn: 5, text: 'Four' });
  assert.deepEqual(marker('XIV) Fourteen'), { marker: 'XIV)', ordered: true, style: 'I)', value: 14, indent: 0, textColumn: 5, text: 'Fourteen' });
  for (const bullet of ['*', '•', '·', 'o']) {
    assert.deepEqual(marker(`${bullet} Item`), { marker: bullet, ordered: false, style: bullet, value: null, indent: 0, textColumn: 2, text: 'Item' }, bullet);
  }
  assert.equal(marker('999. Last')?.value, 999);
  // The first and last digit and letter of each range.
  assert.equal(marker('0. Zero')?.value, 0);
  assert.equal(marker('9) Nine')?.value, 9);
  assert.deepEqual([marker('a. A')?.value, marker('z. Z')?.value, marker('A) A')?.value, marker('Z) Z')?.value], [1, 26, 1, 26]);
});

test('what is no marker: no text or no space after it, four digits, two letters that are no roman numeral, mixed case, other characters', () => {
  for (const text of ['-Item', '1.', '1. ', '1.Item', '1234. Text', 'ab. Text', 'Ii. Text', 'iiii. Text', 'vx. Text', '+ Item', '# Item', '> Item', '', '   ']) {
    assert.equal(marker(text), null, JSON.stringify(text));
  }
});

test('`o` is a bullet before a capital, a digit, a quote or a parenthesis, not before a lower-case word', () => {
  for (const text of ['o Item', 'o 32-bit', 'o "Quoted"', "o 'Quoted'", 'o (Optional)']) assert.equal(marker(text)?.style, 'o', text);
  assert.equal(marker("o clock"), null);
  assert.equal(marker('o clock at 5 PM'), null); // the capital or digit must come first
  assert.deepEqual(shapes(['It is nine', "o clock now."]), ["p: It is nine o clock now."]);
});

test('roman numerals: their value, and what is none', () => {
  const values: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, ix: 9, x: 10, xiv: 14, xl: 40, xc: 90, xcix: 99, cxc: 190, CCC: 300, IV: 4 };
  for (const [text, value] of Object.entries(values)) assert.equal(romanValue(text), value, text);
  for (const text of ['', 'iiii', 'vv', 'il', 'xxxx', 'cccc', 'abc', 'ivi']) assert.equal(romanValue(text), null, text);
});

test('bullets, numbers and lower-case letters always start a list; capitals and roman numerals only with the next item in sequence', () => {
  for (const first of ['- One', '7. Seven', 'c) Three']) assert.equal(starts([first]), true, first);
  assert.equal(starts(['A. One']), false);
  assert.equal(starts(['A. One', 'B. Two']), true);
  assert.equal(starts(['B. Two', 'C. Three']), true);
  assert.equal(starts(['A. One', 'C. Three']), false);
  assert.equal(starts(['C. Three', 'B. Two']), false);
  assert.equal(starts(['A. One', 'B) Two']), false);
  assert.equal(starts(['II. Two', 'III. Three']), true);
  assert.equal(starts(['II. Two', 'IV. Four']), false);
  assert.equal(starts(['ii. Two']), false);
  assert.equal(starts(['I. One', 'II. Two']), true);
  assert.equal(starts(['I. One', 'J. Two']), true);
  assert.equal(starts(['Not a marker']), false);
});

test('the next item is looked for past the first item\'s wrapped lines and blank lines, at the same column ±1, within 200 lines', () => {
  assert.equal(starts(['A. One', '   wrapped', '', ' B. Two']), true);
  assert.equal(starts(['A. One', '  B. Two']), false);
  assert.equal(starts(['  A. One', '  B. Two']), true);
  assert.equal(starts(['  A. One', '   B. Two']), true);
  assert.equal(starts(['  A. One', 'B. Two']), false);
  assert.equal(starts(['A. One', 'Text', 'B. Two']), false);
  assert.equal(starts(['A. One', '- Bullet', 'B. Two']), false);
  const wrapped = (n: number) => ['A. One', ...Array.from({ length: n }, () => '   wrapped'), 'B. Two'];
  assert.equal(starts(wrapped(198)), true);
  assert.equal(starts(wrapped(199)), false);
});

test('an ordered list keeps its numbering and start', () => {
  assert.deepEqual(shapes(['b. Two', 'c. Three']), [{ 'ol a start 2': [['b.', 'p: Two'], ['c.', 'p: Three']] }]);
  assert.deepEqual(shapes(['B) Two', 'C) Three']), [{ 'ol A start 2': [['B)', 'p: Two'], ['C)', 'p: Three']] }]);
  assert.deepEqual(shapes(['3. Three', '4. Four']), [{ 'ol 1 start 3': [['3.', 'p: Three'], ['4.', 'p: Four']] }]);
  assert.deepEqual(shapes(['iv. Four', 'v. Five', 'vi. Six']), [{ 'ol i start 4': [['iv.', 'p: Four'], ['v.', 'p: Five'], ['vi.', 'p: Six']] }]);
  assert.deepEqual(shapes(['i) One', 'ii) Two']), [{ 'ol i start 1': [['i)', 'p: One'], ['ii)', 'p: Two']] }]);
  assert.deepEqual(shapes(['I. One', 'II. Two', 'III. Three']), [{ 'ol I start 1': [['I.', 'p: One'], ['II.', 'p: Two'], ['III.', 'p: Three']] }]);
  // `i.` then `j.` are letters; `i.` then `II.` (another case) or `ii)` (other punctuation) is no roman list.
  assert.deepEqual(shapes(['i. Nine', 'j. Ten']), [{ 'ol a start 9': [['i.', 'p: Nine'], ['j.', 'p: Ten']] }]);
  assert.deepEqual(shapes(['i. Nine', '', 'II. Two']), [{ 'ol a start 9': [['i.', 'p: Nine']] }, 'p: II. Two']);
  assert.deepEqual(shapes(['i. Nine', '', 'ii) Two']), [{ 'ol a start 9': [['i.', 'p: Nine']] }, 'p: ii) Two']);
  // Only `i`/`I` followed by `ii`/`II` is roman: `i.` alone or before `v.` is a letter, and `ii.` after `a.` is none of its items.
  assert.deepEqual(shapes(['i. Only item']), [{ 'ol a start 9': [['i.', 'p: Only item']] }]);
  assert.deepEqual(shapes(['i. Nine', 'v. Twenty-two']), [{ 'ol a start 9': [['i.', 'p: Nine'], ['v.', 'p: Twenty-two']] }]);
  assert.deepEqual(shapes(['a. One', 'ii. Two']), [{ 'ol a start 1': [['a.', 'p: One']] }, 'p: ii. Two']);
});

test('a list goes on with markers of its kind at its column ±1, across blank lines; another kind or a deeper marker does not continue it', () => {
  assert.deepEqual(shapes(['- One', ' - Two', '', '- Three']), [{ ul: [['-', 'p: One'], ['-', 'p: Two'], ['-', 'p: Three']] }]);
  assert.deepEqual(shapes(['- One', '* Two']), [{ ul: [['-', 'p: One']] }, { ul: [['*', 'p: Two']] }]);
  assert.deepEqual(shapes(['1. One', '1) Two']), [{ 'ol 1 start 1': [['1.', 'p: One']] }, { 'ol 1 start 1': [['1)', 'p: Two']] }]);
  assert.deepEqual(shapes(['1. One', '- Bullet']), [{ 'ol 1 start 1': [['1.', 'p: One']] }, { ul: [['-', 'p: Bullet']] }]);
  assert.deepEqual(shapes(['- One', '  - Inner', '- Two']), [{ ul: [['-', 'p: One', { ul: [['-', 'p: Inner']] }], ['-', 'p: Two']] }]);
  assert.deepEqual(shapes(['1. One', '   continued', '', '   More.', 'After.']), [{ 'ol 1 start 1': [['1.', 'p: One continued', 'p: More.']] }, 'p: After.']);
});

const long = 'Install the update on every computer that runs Microsoft Windows'; // 64 characters, ends in a letter

test('a number that ends a wrapped sentence continues it; the next step does not', () => {
  assert.equal(long.length, 64);
  assert.deepEqual(shapes([long, '95. The rest.']), [`p: ${long} 95. The rest.`]);
  assert.deepEqual(shapes([`${long}   `, '95. The rest.']), [`p: ${long} 95. The rest.`]);
  assert.deepEqual(shapes([`${long.slice(0, -5)} 3,`, '95. The rest.']), [`p: ${long.slice(0, -5)} 3, 95. The rest.`]);
  // In a list: the number goes with the item, unless it is the next step.
  assert.deepEqual(shapes([`1. ${long}`, '95. The rest.']), [{ 'ol 1 start 1': [['1.', `p: ${long} 95. The rest.`]] }]);
  assert.deepEqual(shapes([`1. ${long}`, '2. Next step.']), [{ 'ol 1 start 1': [['1.', `p: ${long}`], ['2.', 'p: Next step.']] }]);
  // After a blank line the number is an item of its own.
  assert.deepEqual(shapes([`1. ${long}`, '', '95. The rest.']), [{ 'ol 1 start 1': [['1.', `p: ${long}`], ['95.', 'p: The rest.']] }]);
  const sixty = long.slice(long.length - 60);
  assert.deepEqual(shapes([sixty, '95. The rest.']), [`p: ${sixty} 95. The rest.`]);
});

test('a line too short, ending in a period or followed by a bullet does not take the number', () => {
  const short = long.slice(long.length - 59); // 59 characters
  assert.deepEqual(shapes([short, '95. The rest.']), [`p: ${short}`, { 'ol 1 start 95': [['95.', 'p: The rest.']] }]);
  assert.deepEqual(shapes([`${short}        `, '95. The rest.']), [`p: ${short}`, { 'ol 1 start 95': [['95.', 'p: The rest.']] }]);
  assert.deepEqual(shapes([`${long}.`, '95. The rest.']), [`p: ${long}.`, { 'ol 1 start 95': [['95.', 'p: The rest.']] }]);
  assert.deepEqual(shapes([long, '- The rest.']), [`p: ${long}`, { ul: [['-', 'p: The rest.']] }]);
});
