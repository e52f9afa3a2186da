/** The lazily worked-out result order equals a full sort, whichever pages are read and in which order. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ResultOrder } from '../../../../src/lib/search/engine/result-order.ts';

/** Deterministic pseudo-random scores with many ties. */
function scores(count: number, distinct: number, seed = 1): Float64Array {
  let state = seed;
  return Float64Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state % distinct) * 0.37 + 0.01;
  });
}

const sortedIndexes = (values: Float64Array) => Array.from(values.keys()).sort((a, b) => values[b]! - values[a]! || a - b);

test('pages read one after another give the full sort, best score first and ties by index', () => {
  const values = scores(20_000, 300);
  const order = ResultOrder.byScore(values);
  const read: number[] = [];
  for (let from = 0; from < 25_000; from += 10) read.push(...order.slice(from, from + 10));
  assert.deepEqual(read, sortedIndexes(values));
});

test('a page read far ahead, then the first, then all, agree with the full sort', () => {
  const values = scores(5_000, 40, 7);
  const expected = sortedIndexes(values);
  const order = ResultOrder.byScore(values);
  assert.deepEqual(order.slice(3_000, 3_010), expected.slice(3_000, 3_010));
  assert.deepEqual(order.slice(0, 10), expected.slice(0, 10));
  assert.deepEqual(order.all(), expected);
  assert.equal(order.length, 5_000);
});

test('small, empty, all-tied and given orders', () => {
  assert.deepEqual(ResultOrder.byScore(Float64Array.from([1, 3, 2])).all(), [1, 2, 0]);
  assert.deepEqual(ResultOrder.byScore(new Float64Array(0)).all(), []);
  assert.deepEqual(ResultOrder.byScore(new Float64Array(100)).slice(0, 5), [0, 1, 2, 3, 4]);
  assert.deepEqual(ResultOrder.of([4, 2, 9]).slice(1), [2, 9]);
});

test('scores that differ only slightly keep their order', () => {
  assert.deepEqual(ResultOrder.byScore(Float64Array.from([10, 10 + 1e-6, 10 - 1e-6, 10])).all(), [1, 0, 3, 2]);
});

test('moving results to the front keeps the rest in order, whichever pages are read', () => {
  const values = scores(3_000, 50, 3);
  const expected = sortedIndexes(values);
  const first = [expected[2_500]!, expected[4]!, expected[0]!];
  const moved = [...first, ...expected.filter((i) => !first.includes(i))];
  const order = ResultOrder.byScore(values).withFirst(first);
  assert.deepEqual(order.slice(2, 12), moved.slice(2, 12));
  assert.deepEqual(order.slice(0, 2), moved.slice(0, 2));
  assert.deepEqual(order.all(), moved);
  assert.ok(order.has(expected[7]!) && !order.has(3_000));
});
