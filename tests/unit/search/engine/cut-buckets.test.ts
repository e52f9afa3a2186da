import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Postings } from '../../../../src/lib/search/engine/format.ts';
import { cutBuckets } from '../../../../src/lib/search/indexer/cut-buckets.ts';

/** Postings of `count` articles (1…count), each with impact 1. */
const postings = (count = 1): Postings => ({ numbers: Uint32Array.from({ length: count }, (_, i) => i + 1), impacts: new Uint8Array(count).fill(1) });

/** `count` distinct synthetic terms in code-unit order, each with one posting. */
function synthetic(count: number): Array<[string, Postings]> {
  const terms = Array.from({ length: count }, (_, i) => `w${(i * 7919).toString(36)}`).sort();
  return terms.map((term) => [term, postings()]);
}

/** The buckets as lists of terms. */
const cut = (terms: Array<[string, Postings]>): string[][] => [...cutBuckets(terms)].map((bucket) => bucket.map(([term]) => term));

/** The buckets of `after` that are not in `before` (compared whole). */
const newBuckets = (before: string[][], after: string[][]): string[][] => {
  const old = new Set(before.map((bucket) => bucket.join('\n')));
  return after.filter((bucket) => !old.has(bucket.join('\n')));
};

/** True when `term` starts a bucket wherever it falls (its hash is a cut point). */
const isCutPoint = (term: string): boolean => cut([['', postings()], [term, postings()]]).length === 2;

const base = synthetic(5000);
const before = cut(base);

test('every term lands in exactly one bucket, in order', () => {
  assert.deepEqual(before.flat(), base.map(([term]) => term));
  assert.ok(before.every((bucket) => bucket.length > 0));
});

test('a few thousand terms make several buckets of a few hundred terms on average', () => {
  assert.ok(before.length >= 4 && before.length <= 50, `${before.length} buckets`);
});

test('no terms make no buckets', () => {
  assert.deepEqual(cut([]), []);
});

test('a term with large postings sits alone in its bucket, between the terms before and after it', () => {
  const terms: Array<[string, Postings]> = [['a', postings()], ['b', postings()], ['big', postings(10_000)], ['c', postings()], ['d', postings()]];
  assert.deepEqual(cut(terms), [['a', 'b'], ['big'], ['c', 'd']]);
});

test('a run of terms with sizable postings is cut into buckets of bounded size', () => {
  // ~2 KB each by the estimate: a 48 KB cap allows about 24 a bucket, hashing alone ~384.
  const terms: Array<[string, Postings]> = Array.from({ length: 300 }, (_, i) => [`t${String(i).padStart(3, '0')}`, postings(1000)]);
  const buckets = cut(terms);
  assert.deepEqual(buckets.flat(), terms.map(([term]) => term));
  assert.ok(buckets.every((bucket) => bucket.length <= 25), buckets.map((bucket) => bucket.length).join(' '));
});

test('removing a term that does not start a bucket changes only the bucket it was in', () => {
  const index = base.findIndex(([term], i) => i > 2000 && !isCutPoint(term));
  const removed = base[index]![0];
  const after = cut(base.filter((_, i) => i !== index));
  assert.deepEqual(after.map((bucket) => bucket[0]), before.map((bucket) => bucket[0]));
  assert.deepEqual(newBuckets(before, after), [before.find((bucket) => bucket.includes(removed))!.filter((term) => term !== removed)]);
});

test('removing a term that starts a bucket merges that bucket into the one before, and no other bucket changes', () => {
  const b = before.findIndex((bucket, i) => i > 1 && isCutPoint(bucket[0]!));
  assert.ok(b > 0, 'a bucket started by the hash');
  const removed = before[b]![0]!;
  const after = cut(base.filter(([term]) => term !== removed));
  assert.deepEqual(after.map((bucket) => bucket[0]), before.map((bucket) => bucket[0]).filter((first) => first !== removed));
  assert.deepEqual(newBuckets(before, after), [[...before[b - 1]!, ...before[b]!.slice(1)]]);
});

test('adding a term that is no cut point changes only the bucket it falls in', () => {
  const added = Array.from({ length: 1000 }, (_, i) => `wm${i}`).find((term) => !isCutPoint(term) && !base.some(([t]) => t === term))!;
  const after = cut([...base, [added, postings()] as [string, Postings]].sort(([a], [b]) => (a < b ? -1 : 1)));
  assert.deepEqual(after.map((bucket) => bucket[0]), before.map((bucket) => bucket[0]));
  assert.equal(newBuckets(before, after).length, 1);
  assert.ok(newBuckets(before, after)[0]!.includes(added));
});

test('adding a term that is a cut point splits the bucket it falls in at that term, and no other bucket changes', () => {
  const added = Array.from({ length: 100_000 }, (_, i) => `wm${i}`).find((term) => isCutPoint(term) && !base.some(([t]) => t === term))!;
  const after = cut([...base, [added, postings()] as [string, Postings]].sort(([a], [b]) => (a < b ? -1 : 1)));
  assert.deepEqual(after.map((bucket) => bucket[0]), [...before.map((bucket) => bucket[0]!), added].sort());
  const split = before.findLast((bucket) => bucket[0]! < added)!;
  assert.deepEqual(newBuckets(before, after), [split.filter((term) => term < added), [added, ...split.filter((term) => term > added)]]);
});
