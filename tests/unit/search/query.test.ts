import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runQuery } from '../../../src/lib/search/client/query.ts';
import type { ResultData, SearchAnswer, SearchIndex, SearchOptions } from '../../../src/lib/search/engine/search.ts';

/** A stand-in index answering every search with articles `numbers` in that order, recording what it was asked. */
function fakeIndex(numbers: number[], asked: Array<[string, SearchOptions]>): SearchIndex {
  const search = async (query: string, options: SearchOptions = {}): Promise<SearchAnswer> => {
    asked.push([query, options]);
    const hits = numbers.map((n, i) => ({ n, score: numbers.length - i, data: async () => ({ id: `Q${n}` }) as ResultData }));
    return { total: hits.length, page: (from, to) => hits.slice(from, to), hits, counts: options.counts ? { year: { '2002': numbers.length } } : {}, truncated: false, pinned: false };
  };
  return { search } as unknown as SearchIndex;
}

const state = (q: string, extra: object = {}) => ({ q, filters: {}, sort: 'relevance' as const, ...extra });

test('an id in any form searches the canonical id and asks for its article first', async () => {
  for (const typed of ['KB 266130', 'q266130', '266130', 'Q266130']) {
    const asked: Array<[string, SearchOptions]> = [];
    await runQuery(fakeIndex([311457, 313839, 266130], asked), state(typed), false);
    assert.deepEqual(asked, [['Q266130', { filters: {}, sort: 'relevance', counts: false, pin: 266130 }]], typed);
  }
});

test('text is searched as typed, with the filters and order of the state, in the index order', async () => {
  const asked: Array<[string, SearchOptions]> = [];
  const filters = { version: ['2.0 SP1'] };
  const answer = await runQuery(fakeIndex([313839, 266130], asked), state('SMS 2.0', { filters, sort: 'newest' }), false);
  assert.deepEqual(asked, [['SMS 2.0', { filters, sort: 'newest', counts: false }]]);
  assert.deepEqual(answer.hits.map((hit) => hit.n), [313839, 266130]);
});

test('counts are asked for only when wanted', async () => {
  const asked: Array<[string, SearchOptions]> = [];
  const index = fakeIndex([266130], asked);
  assert.deepEqual((await runQuery(index, state('SMS'), false)).counts, {});
  assert.deepEqual((await runQuery(index, state('SMS'), true)).counts, { year: { '2002': 1 } });
  assert.deepEqual(asked.map(([, options]) => options.counts), [false, true]);
});

test('browsing by filters alone searches an empty query', async () => {
  const asked: Array<[string, SearchOptions]> = [];
  await runQuery(fakeIndex([266130], asked), state('', { filters: { year: ['2002'] } }), false);
  assert.equal(asked[0]![0], '');
});
