import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PagefindHit } from '../../../src/lib/search/client/pagefind-api.ts';
import { phraseMatch, phraseOrder } from '../../../src/lib/search/client/phrase-order.ts';

const hit = (id: string, score: number, words: number[]): PagefindHit => ({ id, score, words, data: async () => { throw new Error('not needed'); } });

test('a phrase match counts the query\'s words found at their places as typed', () => {
  assert.equal(phraseMatch([], [0, 1]), 0);
  assert.equal(phraseMatch([5], [0, 1]), 1);
  assert.equal(phraseMatch([10, 11, 12, 40], [0, 1, 2]), 3);
  assert.equal(phraseMatch([10, 13, 16], [0, 1, 2]), 1, 'the words apart');
  // "find the file": `the` left out of the search, so `file` stands two after `find`.
  assert.equal(phraseMatch([7, 9], [0, 2]), 2);
  assert.equal(phraseMatch([7, 8], [0, 2]), 1, 'side by side is not as typed');
  assert.equal(phraseMatch([3, 4, 20, 21, 22], [0, 1, 2]), 3, 'the best place wins');
});

test('a page found through its title alone (no body positions) keeps its place', () => {
  const hits = [hit('title only', 5, []), hit('apart', 4, [2, 9])];
  assert.deepEqual(phraseOrder(hits, [0, 1], 10).map((h) => h.id), ['title only', 'apart']);
});

test('only the window is re-ordered, and a single word changes nothing', () => {
  const hits = [hit('a', 5, [1, 9]), hit('b', 4, [2, 3]), hit('c', 3, [7, 8])];
  assert.deepEqual(phraseOrder(hits, [0, 1], 2).map((h) => h.id), ['b', 'a', 'c']);
  assert.deepEqual(phraseOrder(hits, [0], 3).map((h) => h.id), ['a', 'b', 'c']);
});

test('a page with part of the phrase in place gains part of the boost', () => {
  const hits = [hit('none', 10, [1, 20, 40]), hit('two', 6, [1, 2, 40]), hit('all', 4, [5, 6, 7])];
  // With a boost of 1: none 10; two 6 × 1.5 = 9; all 4 × 2 = 8.
  assert.deepEqual(phraseOrder(hits, [0, 1, 2], 10, 1).map((h) => h.id), ['none', 'two', 'all']);
  // With the default boost of 2: none 10; two 6 × 2 = 12; all 4 × 3 = 12 (rank breaks the tie).
  assert.deepEqual(phraseOrder(hits, [0, 1, 2], 10).map((h) => h.id), ['two', 'all', 'none']);
});
