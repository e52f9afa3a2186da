/**
 * Bytes to text (decode.ts): which encoding an input is read with (the `.TXT` form's `DOCUMENT:`
 * sniffed after a byte-order mark and blank lines, or the form given), UTF-8 whose stray bytes are
 * each read alone as Windows-1252 (every edge of the well-formed sequences of Unicode's table 3-7),
 * where the first stray byte is reported, byte-order marks removed, and the wide encodings told by
 * their marks or their zero bytes (at the 9-in-10 and 1-in-10 edges).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeInput, wideEncodingOf } from '../../../src/lib/parse/decode.ts';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const cp1252 = (b: number[]) => new TextDecoder('windows-1252').decode(new Uint8Array(b));

test('a string is taken as it is, without its byte-order mark', () => {
  assert.deepEqual(decodeInput('\ufeffText'), { text: 'Text', encoding: null, invalidUtf8: null });
  assert.deepEqual(decodeInput('Text\ufeff'), { text: 'Text\ufeff', encoding: null, invalidUtf8: null });
  assert.deepEqual(decodeInput(''), { text: '', encoding: null, invalidUtf8: null });
});

test('UTF-8 bytes, with or without a byte-order mark', () => {
  const utf8 = new TextEncoder().encode('héllo € 😀');
  assert.deepEqual(decodeInput(utf8), { text: 'héllo € 😀', encoding: 'utf-8', invalidUtf8: null });
  assert.deepEqual(decodeInput(bytes([0xef, 0xbb, 0xbf], 'Text')), { text: 'Text', encoding: 'utf-8', invalidUtf8: null });
  // `ï»¿` is a UTF-8 byte-order mark once read as Windows-1252: removed too.
  assert.deepEqual(decodeInput(new TextEncoder().encode('ï»¿Text')), { text: 'Text', encoding: 'utf-8', invalidUtf8: null });
  assert.equal(decodeInput(new TextEncoder().encode('ï»Text')).text, 'ï»Text');
});

test('the .TXT form is read as Windows-1252, found by DOCUMENT: after a mark and blank lines, or when asked for', () => {
  const txt = (...prefix: number[]) => bytes(prefix, 'DOCUMENT:Q1 it', [0x92], 's');
  for (const prefix of [[], [0x20], [0x0d, 0x0a], [0x0a], [0x09], [0x0d], [0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0x0a, 0x20, 0x09, 0x0d]]) {
    const decoded = decodeInput(txt(...prefix));
    assert.equal(decoded.encoding, 'windows-1252', JSON.stringify(prefix));
    assert.equal(decoded.text.trimStart(), 'DOCUMENT:Q1 it’s', JSON.stringify(prefix));
    assert.equal(decoded.invalidUtf8, null);
  }
  // A byte-order mark alone, not followed by DOCUMENT:, and DOCUMENT: after anything else is no sniff.
  for (const input of [bytes('xDOCUMENT:Q1'), bytes('DOCUMENT Q1'), bytes('DOCUMENT'), bytes([0xef, 0xbb], 'DOCUMENT:'), bytes([0x0b], 'DOCUMENT:'), bytes('document:Q1')]) {
    assert.equal(decodeInput(input).encoding, 'utf-8', new TextDecoder().decode(input));
  }
  assert.equal(decodeInput(bytes('Plain ', [0x92])).encoding, 'utf-8');
  assert.deepEqual(decodeInput(bytes('Plain ', [0x92]), 'txt'), { text: 'Plain ’', encoding: 'windows-1252', invalidUtf8: null });
  assert.deepEqual(decodeInput(bytes([0xef, 0xbb, 0xbf], 'Plain'), 'txt'), { text: 'Plain', encoding: 'windows-1252', invalidUtf8: null });
  assert.equal(decodeInput(txt(), 'jekyll').encoding, 'utf-8');
  assert.equal(decodeInput(txt(), 'auto').encoding, 'windows-1252');
});

test('a stray byte in UTF-8 is read alone as Windows-1252; the first is reported with the count', () => {
  assert.deepEqual(decodeInput(bytes('a', [0xe9], 'b')), { text: 'aéb', encoding: 'utf-8', invalidUtf8: { count: 1, byte: 0xe9, index: 1 } });
  assert.deepEqual(decodeInput(bytes([0x93], 'x', [0x94], 'y')), { text: '“x”y', encoding: 'utf-8', invalidUtf8: { count: 2, byte: 0x93, index: 0 } });
  // The index counts UTF-16 code units of the text before it, valid UTF-8 around is kept.
  const mixed = new Uint8Array([...new TextEncoder().encode('😀é'), 0x80, ...new TextEncoder().encode('ü'), 0xff]);
  assert.deepEqual(decodeInput(mixed), { text: '😀é€üÿ', encoding: 'utf-8', invalidUtf8: { count: 2, byte: 0x80, index: 3 } });
  // After a byte-order mark the index is the text's without it.
  assert.deepEqual(decodeInput(bytes([0xef, 0xbb, 0xbf], 'ab', [0x80])), { text: 'ab€', encoding: 'utf-8', invalidUtf8: { count: 1, byte: 0x80, index: 2 } });
  // A stray byte inside what becomes the removed `ï»¿` is reported at 0.
  assert.deepEqual(decodeInput(bytes([0xc3, 0xaf, 0xbb, 0xbf], 'a')), { text: 'a', encoding: 'utf-8', invalidUtf8: { count: 2, byte: 0xbb, index: 0 } });
});

test('the well-formed UTF-8 sequences are exactly those of Unicode table 3-7', () => {
  // Each valid sequence between `x` and `y`, with a stray byte after so the byte-by-byte reader runs.
  const valid: Array<[number[], number]> = [
    [[0x7f], 0x7f], [[0xc2, 0x80], 0x80], [[0xdf, 0xbf], 0x7ff], [[0xe0, 0xa0, 0x80], 0x800], [[0xe0, 0xbf, 0xbf], 0xfff], [[0xe1, 0x80, 0x80], 0x1000],
    [[0xec, 0xbf, 0xbf], 0xcfff], [[0xed, 0x80, 0x80], 0xd000], [[0xed, 0x9f, 0xbf], 0xd7ff], [[0xee, 0x80, 0x80], 0xe000], [[0xef, 0xbf, 0xbf], 0xffff],
    [[0xf0, 0x90, 0x80, 0x80], 0x10000], [[0xf0, 0xbf, 0xbf, 0xbf], 0x3ffff], [[0xf1, 0x80, 0x80, 0x80], 0x40000], [[0xf3, 0xbf, 0xbf, 0xbf], 0xfffff],
    [[0xf4, 0x80, 0x80, 0x80], 0x100000], [[0xf4, 0x8f, 0xbf, 0xbf], 0x10ffff],
  ];
  for (const [sequence, code] of valid) {
    const decoded = decodeInput(bytes('x', sequence, 'y', [0x80]));
    assert.equal(decoded.text, `x${String.fromCodePoint(code)}y€`, sequence.map((b) => b.toString(16)).join(' '));
    assert.deepEqual(decoded.invalidUtf8, { count: 1, byte: 0x80, index: String.fromCodePoint(code).length + 2 });
  }
  // Ill-formed ones: every byte of them is read alone (each is also no sequence by itself).
  const invalid = [
    [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2, 0x7f], [0xc2, 0xc0], [0xe0, 0x9f, 0xbf], [0xe0, 0xa0, 0x7f], [0xe0, 0xa0, 0xc0], [0xe1, 0x7f, 0x80],
    [0xe1, 0xc0, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf0, 0x8f, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x7f], [0xf0, 0x90, 0x80, 0xc0], [0xf1, 0x80, 0x7f, 0x80],
    [0xf4, 0x90, 0x80, 0x80], [0xf4, 0x7f, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff],
  ];
  for (const sequence of invalid) {
    const decoded = decodeInput(bytes('x', sequence, 'y'));
    const label = sequence.map((b) => b.toString(16)).join(' ');
    assert.equal(decoded.text, `x${cp1252(sequence)}y`, label);
    assert.deepEqual(decoded.invalidUtf8, { count: sequence.filter((b) => b >= 0x80).length, byte: sequence[0], index: 1 }, label);
  }
  // Cut short by the end of the input.
  for (const sequence of [[0xc2], [0xe1, 0x80], [0xf1, 0x80, 0x80]]) {
    assert.equal(decodeInput(bytes('x', sequence)).text, `x${cp1252(sequence)}`);
  }
});

test('wide encodings by their byte-order marks', () => {
  assert.equal(wideEncodingOf(bytes([0xff, 0xfe, 0, 0], 'a')), 'UTF-32LE');
  assert.equal(wideEncodingOf(bytes([0, 0, 0xfe, 0xff], 'a')), 'UTF-32BE');
  assert.equal(wideEncodingOf(bytes([0xff, 0xfe, 0x41, 0])), 'UTF-16LE');
  assert.equal(wideEncodingOf(bytes([0xff, 0xfe])), 'UTF-16LE');
  // Only the whole mark counts: its second half after another byte is no mark.
  assert.equal(wideEncodingOf(bytes([0x41, 0xfe, 0, 0], 'plain text that is long enough')), null);
  assert.equal(wideEncodingOf(bytes([0x41, 0xfe], 'plain text that is long enough')), null);
  assert.equal(wideEncodingOf(bytes([0x41, 0xff], 'plain text that is long enough')), null);
  assert.equal(wideEncodingOf(bytes([0xfe, 0xff, 0, 0x41])), 'UTF-16BE');
  assert.equal(wideEncodingOf(bytes([0xff, 0xfe, 0, 1])), 'UTF-16LE');
  assert.equal(wideEncodingOf(bytes([0, 0, 0xfe, 0xfe], 'abcd')), null);
  for (const mark of [[0x41, 0, 0xfe, 0xff], [0, 0x41, 0xfe, 0xff], [0, 0, 0x41, 0xff], [0xff]]) assert.equal(wideEncodingOf(bytes(mark)), null, mark.join(' '));
  assert.equal(wideEncodingOf(bytes([0xfe, 0xfe])), null);
  assert.equal(wideEncodingOf(new Uint8Array()), null);
});

/** `text` (ASCII) in a wide encoding, without a byte-order mark. */
function wide(text: string, encoding: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'): Uint8Array {
  const width = encoding.startsWith('utf-16') ? 2 : 4;
  const out = new Uint8Array(text.length * width);
  [...text].forEach((c, i) => (out[i * width + (encoding.endsWith('le') ? 0 : width - 1)] = c.charCodeAt(0)));
  return out;
}

test('wide encodings without a mark, by where their zero bytes are', () => {
  const text = 'DOCUMENT:Q123456 Article text follows here.';
  assert.equal(wideEncodingOf(wide(text, 'utf-16le')), 'UTF-16LE');
  assert.equal(wideEncodingOf(wide(text, 'utf-16be')), 'UTF-16BE');
  assert.equal(wideEncodingOf(wide(text, 'utf-32le')), 'UTF-32LE');
  assert.equal(wideEncodingOf(wide(text, 'utf-32be')), 'UTF-32BE');
  assert.equal(wideEncodingOf(new TextEncoder().encode(text)), null);
  assert.equal(wideEncodingOf(bytes(text, [0], text)), null, 'a stray zero byte');
  // Eight bytes are enough; fewer are not.
  assert.equal(wideEncodingOf(wide('abcd', 'utf-16le')), 'UTF-16LE');
  assert.equal(wideEncodingOf(wide('abc', 'utf-16le')), null);
  assert.equal(wideEncodingOf(wide('ab', 'utf-32le')), 'UTF-32LE');
  // Only the first 1 KB counts, cut to whole groups of four.
  assert.equal(wideEncodingOf(bytes([...wide('x'.repeat(512), 'utf-16le')], 'y'.repeat(5000))), 'UTF-16LE');
  assert.equal(wideEncodingOf(bytes([...wide('abcd', 'utf-16le')], 'y')), 'UTF-16LE', 'a ninth byte left out');
});

test('zero bytes in at least 9 of 10 places where they belong, at most 1 in 10 where they do not', () => {
  // Ten groups of four bytes: UTF-16LE has zeros in places 1 and 3 of each group.
  const utf16le = (missing: number, extra: number) => {
    const out = wide('abcdefghijklmnopqrst', 'utf-16le');
    for (let k = 0; k < missing; k++) out[4 * k + 1] = 0x20;
    for (let k = 0; k < extra; k++) out[4 * k] = 0;
    return out;
  };
  assert.equal(wideEncodingOf(utf16le(1, 0)), 'UTF-16LE');
  assert.equal(wideEncodingOf(utf16le(2, 0)), null);
  assert.equal(wideEncodingOf(utf16le(0, 1)), 'UTF-16LE');
  assert.equal(wideEncodingOf(utf16le(0, 2)), null);
  const utf16be = (missing: number, extra: number) => {
    const out = wide('abcdefghijklmnopqrst', 'utf-16be');
    for (let k = 0; k < missing; k++) out[4 * k + 2] = 0x20;
    for (let k = 0; k < extra; k++) out[4 * k + 3] = 0;
    return out;
  };
  assert.equal(wideEncodingOf(utf16be(1, 0)), 'UTF-16BE');
  assert.equal(wideEncodingOf(utf16be(2, 0)), null);
  assert.equal(wideEncodingOf(utf16be(0, 1)), 'UTF-16BE');
  assert.equal(wideEncodingOf(utf16be(0, 2)), null);
  const utf32 = (encoding: 'utf-32le' | 'utf-32be', place: number, value: number, count: number) => {
    const out = wide('abcdefghij', encoding);
    for (let k = 0; k < count; k++) out[4 * k + place] = value;
    return out;
  };
  for (const place of [1, 2, 3]) {
    assert.equal(wideEncodingOf(utf32('utf-32le', place, 0x20, 1)), 'UTF-32LE', `LE place ${place}`);
    assert.equal(wideEncodingOf(utf32('utf-32le', place, 0x20, 2)), null, `LE place ${place}`);
  }
  assert.equal(wideEncodingOf(utf32('utf-32le', 0, 0, 1)), 'UTF-32LE');
  assert.equal(wideEncodingOf(utf32('utf-32le', 0, 0, 2)), null);
  for (const place of [0, 1, 2]) {
    assert.equal(wideEncodingOf(utf32('utf-32be', place, 0x20, 1)), 'UTF-32BE', `BE place ${place}`);
    assert.equal(wideEncodingOf(utf32('utf-32be', place, 0x20, 2)), null, `BE place ${place}`);
  }
  assert.equal(wideEncodingOf(utf32('utf-32be', 3, 0, 1)), 'UTF-32BE');
  assert.equal(wideEncodingOf(utf32('utf-32be', 3, 0, 2)), null);
});
