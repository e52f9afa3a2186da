/**
 * The scan behind the pattern-filtering `safe` (text-scan.ts), exactly: which characters of
 * `before + value + after` it records as present, right after a line ending, right before one, and
 * in a line ending's run (spaces and tabs, then the first other character), and its two flags. Too
 * few marks would hide a pattern that can match (wrong escaping); too many only slow the serializer,
 * so these pin the marks both ways, across the three parts' borders, with slots past 30 (the high
 * mask) and line endings of every kind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BREAK_FLAG, DIGIT_FLAG, FLAGS_AT, NEXT_AT, PRESENT_AT, PREV_AT, RUN_AT, scanned, scanText, type SlotBits } from '../../../src/lib/emit/text-scan.ts';

/**
 * The characters given slots, in slot order: `a`–`z` are slots 0–25, `0`–`3` 26–29, the rest (`4`…`*`,
 * U+0001) 30–43, in the high mask. U+0001, which no real pattern uses, tells whether the end of the
 * text is read as a character.
 */
const slotted = 'abcdefghijklmnopqrstuvwxyz0123456789 \t#=-.*\u0001';
const bits: SlotBits = { low: new Int32Array(128), high: new Int32Array(128) };
[...slotted].forEach((c, s) => {
  if (s >= 30) bits.high[c.charCodeAt(0)] = 1 << (s - 30);
  else bits.low[c.charCodeAt(0)] = 1 << s;
});

/** The slotted characters whose bit is set in the `scanned` pair at `at`, in slot order. */
function marksAt(at: number): string {
  return [...slotted].filter((_c, s) => (s >= 30 ? scanned[at + 1]! & (1 << (s - 30)) : scanned[at]! & (1 << s)) !== 0).join('');
}

/** Everything one scan records, as readable strings. */
function scan(before: string, value: string, after: string) {
  scanText(before, value, after, bits);
  const flags = scanned[FLAGS_AT]!;
  return {
    present: marksAt(PRESENT_AT),
    afterBreak: marksAt(PREV_AT),
    beforeBreak: marksAt(NEXT_AT),
    run: marksAt(RUN_AT),
    breaks: (flags & BREAK_FLAG) !== 0,
    digit: (flags & DIGIT_FLAG) !== 0,
  };
}

const noBreaks = { afterBreak: '', beforeBreak: '', run: '', breaks: false, digit: false };

test('present: the slotted characters of all three parts, low and high slots, nothing else', () => {
  assert.deepEqual(scan('ab', 'z#', '9*'), { present: 'abz9#*', ...noBreaks });
  // Characters without a slot, ASCII or not, mark nothing and stop nothing.
  assert.deepEqual(scan('A!é', '€\u0000q', '~\u007f3'), { present: 'q3', ...noBreaks });
  assert.deepEqual(scan('', '', ''), { present: '', ...noBreaks });
  // Slot 29 is the last low bit, slot 30 the first high one.
  assert.deepEqual(scan('', '3', ''), { present: '3', ...noBreaks });
  assert.deepEqual(scan('', '4', ''), { present: '4', ...noBreaks });
});

test('a line ending marks the character before it, the one after it, and its run up to the first other character', () => {
  assert.deepEqual(scan('', 'a\nb', ''), { present: 'ab', afterBreak: 'b', beforeBreak: 'a', run: 'b', breaks: true, digit: false });
  assert.deepEqual(scan('', 'a\rb', ''), { present: 'ab', afterBreak: 'b', beforeBreak: 'a', run: 'b', breaks: true, digit: false });
  // Spaces and tabs run on to the first other character, which is marked and ends the run.
  assert.deepEqual(scan('', 'x\n \t#y z', ''), { present: 'xyz \t#', afterBreak: ' ', beforeBreak: 'x', run: ' \t#', breaks: true, digit: false });
  // A run of spaces to the end of the text.
  assert.deepEqual(scan('', 'c\n  ', ''), { present: 'c ', afterBreak: ' ', beforeBreak: 'c', run: ' ', breaks: true, digit: false });
  // At the very start and the very end: nothing before, nothing after.
  assert.deepEqual(scan('', '\nd', ''), { present: 'd', afterBreak: 'd', beforeBreak: '', run: 'd', breaks: true, digit: false });
  assert.deepEqual(scan('', 'e\n', ''), { present: 'e', afterBreak: '', beforeBreak: 'e', run: '', breaks: true, digit: false });
  // U+0001 is a character like another, after a line ending or in its run.
  assert.deepEqual(scan('', 'a\n\u0001', ''), { present: 'a\u0001', afterBreak: '\u0001', beforeBreak: 'a', run: '\u0001', breaks: true, digit: false });
  assert.deepEqual(scan('', 'a\n \u0001', ''), { present: 'a \u0001', afterBreak: ' ', beforeBreak: 'a', run: ' \u0001', breaks: true, digit: false });
  // `\r\n`: the `\r` has `\n` after it (no slot), the `\n` the next line's character.
  assert.deepEqual(scan('', 'f\r\ng', ''), { present: 'fg', afterBreak: 'g', beforeBreak: 'f', run: 'g', breaks: true, digit: false });
  // Every line ending of the text, `\n` and `\r` alike.
  assert.deepEqual(scan('', 'h\ni\rj\nk', ''), { present: 'hijk', afterBreak: 'ijk', beforeBreak: 'hij', run: 'ijk', breaks: true, digit: false });
});

test('line endings next to the borders of before, value and after see the neighbouring part', () => {
  assert.deepEqual(scan('a\n', 'b', ''), { present: 'ab', afterBreak: 'b', beforeBreak: 'a', run: 'b', breaks: true, digit: false });
  assert.deepEqual(scan('c', '\nd', ''), { present: 'cd', afterBreak: 'd', beforeBreak: 'c', run: 'd', breaks: true, digit: false });
  assert.deepEqual(scan('', 'e\n', 'f'), { present: 'ef', afterBreak: 'f', beforeBreak: 'e', run: 'f', breaks: true, digit: false });
  assert.deepEqual(scan('g', 'h', '\ni'), { present: 'ghi', afterBreak: 'i', beforeBreak: 'h', run: 'i', breaks: true, digit: false });
  // A run crossing from before through value into after.
  assert.deepEqual(scan('j\n ', ' ', '\t=k'), { present: 'jk \t=', afterBreak: ' ', beforeBreak: 'j', run: ' \t=', breaks: true, digit: false });
  // Line endings in more than one part, at different offsets.
  assert.deepEqual(scan('l\rm', 'nn\no', 'pp\rq'), { present: 'lmnopq', afterBreak: 'moq', beforeBreak: 'lnp', run: 'moq', breaks: true, digit: false });
});

test('the digit flag: a digit (0 to 9) first after a line ending and its spaces or tabs', () => {
  for (const digit of '0579') {
    assert.equal(scan('', `a\n \t${digit}.`, '').digit, true, digit);
    assert.equal(scan('', `a\n${digit}`, '').digit, true, digit);
  }
  // `/` and `:` are the characters either side of the digits.
  for (const text of ['a\n/', 'a\n:', 'a\nb7', '7\na', 'a7', 'a\n  x 1', 'a\n']) assert.equal(scan('', text, '').digit, false, JSON.stringify(text));
  assert.equal(scan('a\n', ' 1', '').digit, true);
});

test('each scan starts afresh', () => {
  scan('', 'a\n 7#', '');
  assert.deepEqual(scan('', 'b', ''), { present: 'b', ...noBreaks });
});
