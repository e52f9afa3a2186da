import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PagefindApi, PagefindData, PagefindFilters, PagefindHit } from '../../../src/lib/search/client/pagefind-api.ts';
import { indexForm, isQuoted, queryWords, runQuery } from '../../../src/lib/search/client/query.ts';

/** A result of the stand-in API: `id` with `score`, matched word positions `words`, and a date. */
interface FakeResult {
  id: string;
  score: number;
  words?: number[];
  date?: string;
}

/** A stand-in for Pagefind's API answering each term with `answers[term]` (default: none), recording what it was asked. */
function fakeApi(answers: Record<string, FakeResult[]>, asked: Array<[string | null, PagefindFilters | undefined]> = []): PagefindApi & { filtersLoaded: number } {
  const hit = (r: FakeResult): PagefindHit => ({
    id: r.id,
    score: r.score,
    words: r.words ?? [],
    data: async () => ({ url: `/${r.id}/`, content: '', excerpt: '', meta: { id: r.id, date: r.date }, sub_results: [], locations: [] }) as PagefindData,
  });
  const api = {
    filtersLoaded: 0,
    options: async () => {},
    init: async () => {},
    mergeIndex: async () => {},
    preload: async () => {},
    filters: async () => {
      api.filtersLoaded += 1;
      return { year: { '2002': 1 } };
    },
    search: async (term: string | null, options?: { filters?: PagefindFilters }) => {
      asked.push([term, options?.filters]);
      const results = (answers[term ?? ''] ?? []).map(hit);
      return { results, unfilteredResultCount: results.length, filters: { year: { '2002': results.length } }, totalFilters: {} };
    },
  };
  return api;
}

const state = (q: string, extra: object = {}) => ({ q, filters: {}, sort: 'relevance' as const, ...extra });
const ids = (hits: PagefindHit[]) => hits.map((hit) => hit.id);

test('a query is searched as typed, with the state\'s filters in Pagefind\'s form, in Pagefind\'s order', async () => {
  const asked: Array<[string | null, PagefindFilters | undefined]> = [];
  const api = fakeApi({ 'SMS 2.0': [{ id: 'a', score: 3 }, { id: 'b', score: 1 }] }, asked);
  const answer = await runQuery(api, state('SMS 2.0', { filters: { version: ['2.0 SP1', '2.0'] } }), false);
  assert.deepEqual(asked, [['SMS 2.0', { version: { any: ['2.0 SP1', '2.0'] } }]]);
  assert.deepEqual([answer.total, answer.available, ids(answer.page(0, 10))], [2, 2, ['a', 'b']]);
});

test('stop words are left out of a query with other words, and kept when nothing else is left', async () => {
  assert.deepEqual(queryWords('the system cannot find the file'), { words: ['system', 'cannot', 'find', 'file'], offsets: [1, 2, 3, 5] });
  assert.deepEqual(queryWords('to be or'), { words: ['to', 'be', 'or'], offsets: [0, 1, 2] });
  const asked: Array<[string | null, PagefindFilters | undefined]> = [];
  await runQuery(fakeApi({}, asked), state('The File'), false);
  assert.equal(asked[0]![0], 'File');
});

test('a quoted phrase runs as Pagefind\'s exact search, ordered by the same words\' ordinary scores', async () => {
  const asked: Array<[string | null, PagefindFilters | undefined]> = [];
  const api = fakeApi(
    {
      '"the CD Patch tool"': [{ id: 'x', score: 1 }, { id: 'y', score: 1 }, { id: 'z', score: 1 }],
      'CD Patch tool': [{ id: 'y', score: 9 }, { id: 'w', score: 5 }, { id: 'z', score: 4 }, { id: 'x', score: 2 }],
    },
    asked,
  );
  assert.equal(isQuoted(' "the CD Patch tool" '), true);
  const answer = await runQuery(api, state('"the CD Patch tool"'), false);
  assert.deepEqual(asked.map(([term]) => term).sort(), ['"the CD Patch tool"', 'CD Patch tool']);
  assert.deepEqual([answer.total, ids(answer.page(0, 10))], [3, ['y', 'z', 'x']]);
  assert.deepEqual(answer.phrase, ['the CD Patch tool']);
});

test('among the best results, a page holding the words side by side goes ahead of a slightly higher score that holds them apart', async () => {
  const api = fakeApi({
    'printer driver': [
      { id: 'apart', score: 10, words: [3, 40] },
      { id: 'together', score: 8, words: [17, 18] },
    ],
  });
  const answer = await runQuery(api, state('printer driver'), false);
  assert.deepEqual(ids(answer.page(0, 10)), ['together', 'apart']);
});

test('newest first orders the best matches by their last-modified date', async () => {
  const api = fakeApi({ SMS: [{ id: 'old', score: 3, date: '1999-01-02' }, { id: 'new', score: 2, date: '2003-05-06' }, { id: 'mid', score: 1, date: '2001-07-08' }] });
  assert.deepEqual(ids((await runQuery(api, state('SMS', { sort: 'newest' }), false)).page(0, 10)), ['new', 'mid', 'old']);
  assert.deepEqual(ids((await runQuery(api, state('SMS', { sort: 'oldest' }), false)).page(0, 10)), ['old', 'mid', 'new']);
});

test('filter counts load every filter\'s file first, and only when asked for', async () => {
  const api = fakeApi({ SMS: [{ id: 'a', score: 1 }] });
  assert.deepEqual((await runQuery(api, state('SMS'), false)).counts, {});
  assert.equal(api.filtersLoaded, 0);
  assert.deepEqual((await runQuery(api, state('SMS'), true)).counts, { year: { '2002': 1 } });
  assert.equal(api.filtersLoaded, 1);
});

test('browsing by filters alone searches no term', async () => {
  const asked: Array<[string | null, PagefindFilters | undefined]> = [];
  await runQuery(fakeApi({}, asked), state('', { filters: { year: ['2002'] } }), false);
  assert.deepEqual(asked, [[null, { year: { any: ['2002'] } }]]);
});

test('a word is searched in the form Pagefind indexes it: symbols dropped, unless too little is left', async () => {
  assert.equal(indexForm('DOS=HIGH'), 'DOS' + 'HIGH');
  assert.equal(indexForm('$HOME|x'), 'HOMEx');
  assert.equal(indexForm('C++'), 'C++', '`c` would ask for every word beginning with it');
  assert.equal(indexForm('compver.ini'), 'compver.ini', 'punctuation is Pagefind\'s own to strip');
  const asked: Array<[string | null, PagefindFilters | undefined]> = [];
  await runQuery(fakeApi({}, asked), state('Program Hangs with DOS=HIGH'), false);
  await runQuery(fakeApi({}, asked), state('"Hangs with DOS=HIGH"'), false);
  assert.deepEqual(asked.map(([term]) => term), ['Program Hangs DOSHIGH', '"Hangs with DOSHIGH"', 'Hangs DOSHIGH']);
});
