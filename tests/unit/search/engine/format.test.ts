import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ByteReader, ByteWriter } from '../../../../src/lib/search/engine/bytes.ts';
import {
  bucketOf, dayOf, decodeBucket, decodeDates, decodeFilter, encodeBucket, encodeDates, encodeFilter, formatVersion, type IndexMeta, type Postings,
} from '../../../../src/lib/search/engine/format.ts';

/** Postings from `[number, impact]` pairs. */
const postings = (...pairs: Array<[number, number]>): Postings => ({
  numbers: Uint32Array.from(pairs, ([n]) => n),
  impacts: Uint8Array.from(pairs, ([, impact]) => impact),
});

/** A bucket decoded back to plain `[term, [number, impact][]]` rows. */
const roundTrip = (terms: Array<[string, Postings]>) =>
  decodeBucket(encodeBucket(terms)).map((entry) => {
    const { numbers, impacts } = entry.postings();
    return [entry.term, entry.count, [...numbers].map((n, i) => [n, impacts[i]!])] as const;
  });

test('a bucket round-trips its terms, with shared prefixes front-coded, and their postings', () => {
  const terms: Array<[string, Postings]> = [
    ['instal', postings([3, 200], [17, 1], [4000, 255])],
    ['install.exe', postings([17, 90])],
    ['installer', postings([5, 12])],
    ['instance', postings([2, 7])],
    ['q266130', postings([266130, 255])],
  ];
  assert.deepEqual(roundTrip(terms), [
    ['instal', 3, [[3, 200], [17, 1], [4000, 255]]],
    ['install.exe', 1, [[17, 90]]],
    ['installer', 1, [[5, 12]]],
    ['instance', 1, [[2, 7]]],
    ['q266130', 1, [[266130, 255]]],
  ]);
});

test('front coding makes a bucket of terms sharing a long prefix smaller than the terms written out', () => {
  const prefix = 'hkey_local_machine\\software\\microsoft\\';
  const terms: Array<[string, Postings]> = ['a', 'b', 'c', 'd'].map((last) => [prefix + last, postings([1, 1])]);
  assert.ok(encodeBucket(terms).length < prefix.length * 2, `${encodeBucket(terms).length} bytes`);
  assert.deepEqual(roundTrip(terms).map(([term]) => term), terms.map(([term]) => term));
});

test('a bucket round-trips terms beyond ASCII, sharing a prefix of accented letters', () => {
  const terms: Array<[string, Postings]> = [['café', postings([1, 10])], ['cafés', postings([2, 20])], ['caféïne', postings([3, 30])], ['日本', postings([4, 40])], ['日本語', postings([5, 50])]];
  assert.deepEqual(roundTrip(terms), terms.map(([term, { numbers, impacts }]) => [term, 1, [[numbers[0], impacts[0]]]]));
});

test('a bucket round-trips two terms whose first letters are astral and share a high surrogate', () => {
  const terms: Array<[string, Postings]> = [['𠀀a', postings([1, 1])], ['𠀁b', postings([2, 2])]];
  assert.deepEqual(roundTrip(terms).map(([term]) => term), ['𠀀a', '𠀁b']);
});

test('a bucket round-trips article numbers and gaps far beyond 2^16', () => {
  const terms: Array<[string, Postings]> = [['x', postings([0, 1], [70_000, 2], [4_000_000_000, 3], [4_294_967_295, 4])]];
  assert.deepEqual(roundTrip(terms), [['x', 4, [[0, 1], [70_000, 2], [4_000_000_000, 3], [4_294_967_295, 4]]]]);
});

test('a term\'s article count is read without decoding its postings', () => {
  const [entry] = decodeBucket(encodeBucket([['x', postings([1, 1], [2, 2], [3, 3])]]));
  assert.equal(entry!.count, 3);
  assert.equal(entry!.postings(), entry!.postings(), 'decoded once and kept');
});

test('an empty bucket round-trips to no terms', () => {
  assert.deepEqual(decodeBucket(encodeBucket([])), []);
});

test('a filter file round-trips its values, in order, with their article numbers', () => {
  const values: Array<[string, number[]]> = [
    ['2.0', [3, 17, 266130]],
    ['2.0 SP4', [311457]],
    ['Microsoft Systems Management Server', [1, 4_294_967_295]],
    ['Café', []],
  ];
  const decoded = decodeFilter(encodeFilter(values));
  assert.deepEqual([...decoded].map(([value, numbers]) => [value, [...numbers]]), values);
});

test('a dates file round-trips every article\'s day number', () => {
  const dates: Array<[number, number]> = [[1, 0], [266130, dayOf('2002-05-27')], [311457, dayOf('2002-06-05')], [4_000_000_000, 1]];
  assert.deepEqual([...decodeDates(encodeDates(dates))], dates);
});

test('the day number of a date counts days from 1800-01-01 as day one', () => {
  assert.equal(dayOf('1800-01-01'), 1);
  assert.equal(dayOf('1800-01-02'), 2);
  assert.equal(dayOf('2002-06-05') - dayOf('2002-05-27'), 9);
  assert.equal(dayOf('2000-03-01') - dayOf('2000-02-28'), 2, 'leap day counted');
});

test('the day number of no date, of an impossible date, of one before 1800 or of text that is not YYYY-MM-DD is 0', () => {
  for (const date of ['', '2002-5-27', '27/05/2002', '2002-13-01', 'soon', '2002-02-30', '1799-12-31']) assert.equal(dayOf(date), 0, date);
});

test('a date before 1970 gets a day number a dates file can hold and that is not "no date"', () => {
  assert.notEqual(dayOf('1969-12-31'), 0);
  const dates: Array<[number, number]> = [[1, dayOf('1960-01-01')], [2, dayOf('2002-05-27')]];
  assert.deepEqual([...decodeDates(encodeDates(dates))], dates);
});

const meta = (...firsts: string[]): IndexMeta => ({ version: formatVersion, docs: 0, buckets: firsts.map((first, i) => [first, `h${i}`, 1]), filters: {}, dates: '' });

test('a term before the first bucket\'s first term is in no bucket', () => {
  assert.equal(bucketOf(meta('b', 'f', 'm'), 'a'), -1);
  assert.equal(bucketOf(meta(), 'a'), -1);
});

test('a term equal to a bucket\'s first term is in that bucket', () => {
  const buckets = meta('b', 'f', 'm');
  assert.equal(bucketOf(buckets, 'b'), 0);
  assert.equal(bucketOf(buckets, 'f'), 1);
  assert.equal(bucketOf(buckets, 'm'), 2);
});

test('a term between two first terms is in the earlier bucket, and one after the last first term in the last', () => {
  const buckets = meta('b', 'f', 'm');
  assert.equal(bucketOf(buckets, 'c'), 0);
  assert.equal(bucketOf(buckets, 'ez'), 0);
  assert.equal(bucketOf(buckets, 'fa'), 1);
  assert.equal(bucketOf(buckets, 'zzz'), 2);
});

test('bucketOf compares terms by code unit, as the indexer sorts them', () => {
  const buckets = meta('2.0', 'a', 'é');
  assert.equal(bucketOf(buckets, '2'), -1, "'2' sorts before '2.0'");
  assert.equal(bucketOf(buckets, 'z'), 1, "'z' sorts before 'é'");
  assert.equal(bucketOf(buckets, 'éa'), 2);
});

test('varints round-trip values around 2^7, 2^14, 2^32 and up to 2^53 − 1', () => {
  const values = [0, 1, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1];
  const out = new ByteWriter();
  for (const value of values) out.varint(value);
  const input = new ByteReader(out.bytes());
  assert.deepEqual(values.map(() => input.varint()), values);
  assert.ok(input.done);
});

test('a varint takes one byte per 7 bits', () => {
  const size = (value: number) => {
    const out = new ByteWriter();
    out.varint(value);
    return out.bytes().length;
  };
  assert.deepEqual([0, 127, 128, 16_383, 16_384, 2 ** 32 - 1, 2 ** 32].map(size), [1, 1, 2, 2, 3, 5, 5]);
});

test('bytes, raw bytes and strings round-trip, and a writer grows past its first kilobyte', () => {
  const out = new ByteWriter();
  const long = 'x'.repeat(5000);
  out.byte(255);
  out.raw(Uint8Array.from([1, 2, 3]));
  out.string('café ✓');
  out.string(long);
  const input = new ByteReader(out.bytes());
  assert.equal(input.byte(), 255);
  assert.deepEqual([...input.raw(3)], [1, 2, 3]);
  assert.equal(input.string(), 'café ✓');
  assert.equal(input.string(), long);
  assert.ok(input.done);
});

test('strings read the same on both sides of the short-ASCII shortcut: empty, 64 and 65 characters, and a non-ASCII one among ASCII letters', () => {
  const texts = ['', 'a'.repeat(64), 'b'.repeat(65), `${'c'.repeat(30)}é${'d'.repeat(30)}`, '\x7f~', 'hkey_local_machine\\software'];
  const out = new ByteWriter();
  for (const text of texts) out.string(text);
  const input = new ByteReader(out.bytes());
  assert.deepEqual(texts.map(() => input.string()), texts);
});

test('reading past the end of the input throws instead of returning garbage', () => {
  assert.throws(() => new ByteReader(Uint8Array.from([0x80, 0x80])).varint(), /truncated varint/);
  assert.throws(() => new ByteReader(new Uint8Array(0)).byte(), /truncated byte/);
  assert.throws(() => new ByteReader(Uint8Array.from([1, 2])).raw(3), /truncated bytes/);
  assert.throws(() => new ByteReader(Uint8Array.from([5, 0x61])).string(), /truncated bytes/);
});

test('a bucket, filter or dates file cut short anywhere throws when decoded', () => {
  const files: Array<[string, Uint8Array, (bytes: Uint8Array) => unknown]> = [
    ['bucket', encodeBucket([['instal', postings([3, 200], [17, 1])], ['server', postings([4, 9])]]), (bytes) => decodeBucket(bytes).map((entry) => entry.postings())],
    ['filter', encodeFilter([['2.0', [3, 17]], ['4.0', [5]]]), decodeFilter],
    ['dates', encodeDates([[3, 11000], [17, 12000]]), decodeDates],
  ];
  for (const [name, bytes, decode] of files) {
    assert.doesNotThrow(() => decode(bytes), name);
    for (let cut = 0; cut < bytes.length; cut++) assert.throws(() => decode(bytes.subarray(0, cut)), /truncated/, `${name} cut at ${cut} of ${bytes.length}`);
  }
});
