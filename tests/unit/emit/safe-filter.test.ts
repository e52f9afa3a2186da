/**
 * Which unsafe patterns the pattern-filtering `safe` (fast-safe.ts) hands to the library's `safe`,
 * exactly, for each kind of pattern: its character anywhere; right after a line ending; right before
 * one; after a line ending and spaces or tabs; a digit there; some line ending; and lists it does not
 * filter at all. A pattern hidden where it could match would change the escaping (fast-safe.test.ts
 * compares whole documents with the library's); one kept where it cannot only costs time — these
 * pin both, on made-up pattern lists, through a stand-in for the library's `safe` that records them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { State, Unsafe } from 'mdast-util-to-markdown';
import { filterSafe } from '../../../src/lib/emit/fast-safe.ts';

/** Named patterns, one per kind of need. */
const patterns = {
  star: { character: '*' },
  starInLink: { character: '*', inConstruct: 'link' },
  hashAtBreak: { character: '#', atBreak: true },
  dotAfterDigits: { character: '.', before: '\\d+', after: '(?:[ \\t\\r\\n]|$)', atBreak: true },
  plusAtBreakAfterSpace: { character: '+', before: '[ \\t]', atBreak: true },
  eqAfterLineEnding: { character: '=', before: '[\\r\\n]' },
  eqAfterCr: { character: '=', before: '\\r' },
  eqAfterLf: { character: '=', before: '\\n' },
  spaceBeforeLineEnding: { character: ' ', after: '[\\r\\n]' },
  spaceBeforeCr: { character: ' ', after: '\\r' },
  spaceBeforeLf: { character: ' ', after: '\\n' },
  colonAfterXBeforeLineEnding: { character: ':', before: 'x', after: '[\\r\\n]' },
  tildeAfterLineEndingNextToNode: { character: '~', before: '[\\r\\n]', beforeNode: 'text' },
  tildeBeforeLineEndingNextToNode: { character: '~', after: '[\\r\\n]', afterNode: 'text' },
  underscoreAtBreakNextToNode: { character: '_', atBreak: true, afterNode: 'text' },
} satisfies Record<string, Unsafe>;
const names = new Map<Unsafe, string>(Object.entries(patterns).map(([name, pattern]) => [pattern, name]));

/**
 * A state whose library `safe` records the patterns it is given; returns a function calling the
 * filtering `safe` on it and answering those patterns' names.
 */
function filtering(list: Unsafe[]): (value: string, before?: string, after?: string) => string[] {
  let given: Unsafe[] = [];
  const state = {
    unsafe: list,
    safe(this: State, value: string | null | undefined) {
      given = this.unsafe;
      return value ?? '';
    },
  } as unknown as State;
  filterSafe(state);
  return (value, before = '', after = '') => {
    given = [];
    assert.equal(state.safe(value, { before, after }), value);
    assert.equal(state.unsafe, list, 'the whole list is back on the state after the call');
    return given.map((pattern) => names.get(pattern) ?? pattern.character);
  };
}

const all = Object.values(patterns) as Unsafe[];

test('a pattern whose character is absent is hidden; one needing only its character is kept', () => {
  const safe = filtering([...all]);
  assert.deepEqual(safe('plain words'), []);
  assert.deepEqual(safe('a * b'), ['star', 'starInLink']);
  assert.deepEqual(safe('a ~ b _ c'), ['tildeAfterLineEndingNextToNode', 'tildeBeforeLineEndingNextToNode', 'underscoreAtBreakNextToNode']);
});

test('an empty before, value or after adds nothing to the text scanned', () => {
  const safe = filtering([{ character: '!' }, { character: 'S' }, { character: ' ' }]);
  assert.deepEqual(safe('x'), []);
  assert.deepEqual(safe(''), []);
  assert.deepEqual(safe('x!'), ['!']);
});

test('a pattern needing a line ending before its character is kept only there', () => {
  const safe = filtering([...all]);
  assert.deepEqual(safe('a = b'), []);
  assert.deepEqual(safe('a=\nb'), []);
  assert.deepEqual(safe('a\n=b'), ['eqAfterLineEnding', 'eqAfterCr', 'eqAfterLf']);
  assert.deepEqual(safe('a\r=b'), ['eqAfterLineEnding', 'eqAfterCr', 'eqAfterLf']);
  // The line ending may be in `before`.
  assert.deepEqual(safe('=b', 'a\n'), ['eqAfterLineEnding', 'eqAfterCr', 'eqAfterLf']);
});

test('a pattern needing a line ending after its character is kept only there', () => {
  const safe = filtering([...all]);
  assert.deepEqual(safe('a \nb'), ['spaceBeforeLineEnding', 'spaceBeforeCr', 'spaceBeforeLf']);
  assert.deepEqual(safe('a\n b'), []);
  assert.deepEqual(safe('a ', '', '\rb'), ['spaceBeforeLineEnding', 'spaceBeforeCr', 'spaceBeforeLf']);
  // A `before` that is not a line ending does not make it a `before` pattern.
  assert.deepEqual(safe('x:\n'), ['colonAfterXBeforeLineEnding']);
  assert.deepEqual(safe('a\n:x'), []);
});

test('an atBreak pattern is kept after a line ending and spaces or tabs, with digits or another before as needed', () => {
  const safe = filtering([...all]);
  assert.deepEqual(safe('a # b'), []);
  assert.deepEqual(safe('a\n # b'), ['hashAtBreak']);
  assert.deepEqual(safe('a\n\t#'), ['hashAtBreak']);
  assert.deepEqual(safe('a\nb #'), []);
  assert.deepEqual(safe('#', '\n'), ['hashAtBreak']);
  // `before: '\d+'`: a digit must start the line.
  assert.deepEqual(safe('1. a'), []);
  assert.deepEqual(safe('a\n 1. b'), ['dotAfterDigits']);
  assert.deepEqual(safe('a\nb 1. c'), []);
  // Another `before`: some line ending, anywhere.
  assert.deepEqual(safe('a + b'), []);
  assert.deepEqual(safe('a + b\nc'), ['plusAtBreakAfterSpace']);
});

test('lists with a pattern character that is not one ASCII character are not filtered', () => {
  for (const character of ['é', '\u0080', '**', '']) {
    const odd: Unsafe = { character };
    const safe = filtering([patterns.star, odd, patterns.hashAtBreak]);
    assert.deepEqual(safe('plain'), ['star', character, 'hashAtBreak'], JSON.stringify(character));
  }
});

/** The first `n` printable ASCII characters from `!` on. */
const characters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(33 + i));

test('up to 60 distinct pattern characters are filtered, more are not', () => {
  const sixty = characters(60).map((character): Unsafe => ({ character, before: '\\n' }));
  // The first (`!`, slot 0), 31st (`?`, slot 30, the high mask's first bit) and 60th (`\\`, slot 59, its last) after a line ending.
  const safe = filtering(sixty);
  assert.deepEqual(safe('a\n!'), ['!']);
  assert.deepEqual(safe('a\n?'), ['?']);
  assert.deepEqual(safe('a\n\\'), ['\\']);
  assert.deepEqual(safe('a ! ? \\'), []);
  const sixtyOne = characters(61).map((character): Unsafe => ({ character, before: '\\n' }));
  assert.equal(filtering(sixtyOne)('a').length, 61);
});

test('lists of the same length with other patterns, or beginning with another list, are filtered by their own characters', () => {
  const hashOnly = filtering([{ character: '#' }]);
  const starOnly = filtering([{ character: '*' }]);
  assert.deepEqual(hashOnly('#'), ['#']);
  assert.deepEqual(starOnly('*'), ['*']);
  assert.deepEqual(starOnly('#'), []);
  // A list that begins with another list's patterns is no copy of it.
  assert.deepEqual(filtering([{ character: '*' }, { character: '#' }])('#'), ['#']);
  assert.deepEqual(filtering([patterns.star])('a\n#'), []);
  assert.deepEqual(filtering([patterns.star, patterns.hashAtBreak])('a\n#'), ['hashAtBreak']);
  assert.deepEqual(filtering([patterns.star, patterns.hashAtBreak, patterns.eqAfterLf])('a\n='), ['eqAfterLf']);
  // The same patterns in a new list (each serializer call copies its list) filter the same.
  const copy = filtering([...all]);
  assert.deepEqual(copy('a\n # *'), ['star', 'starInLink', 'hashAtBreak']);
});

test('the same scan twice, and scans in any order, give each text its own patterns', () => {
  const safe = filtering([...all]);
  const texts = ['a\n 1. b', 'a * b', 'a\n # b', 'a * b', 'plain', 'a\n 1. b'];
  const first = texts.map((text) => safe(text));
  assert.deepEqual(first, [['dotAfterDigits'], ['star', 'starInLink'], ['hashAtBreak'], ['star', 'starInLink'], [], ['dotAfterDigits']]);
  assert.deepEqual(texts.map((text) => safe(text)), first);
});

test('two texts whose scans share a hash still get their own patterns', () => {
  // With one pattern per character from `!` on, `!` alone and these 21 characters scan to different
  // results of the same hash (fast-safe.ts's hashScan, found by search): the cache must tell them apart.
  const safe = filtering(characters(60).map((character): Unsafe => ({ character })));
  const other = '"#?@ACFGHLNOPRSTUWXZ\\';
  assert.deepEqual(safe('!'), ['!']);
  assert.deepEqual(safe(other), [...other]);
  assert.deepEqual(safe('!'), ['!']);
});
