import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateMergePager, listPager, type LazyResult } from '../../../src/lib/search/client/order.ts';
import type { PagefindResult } from '../../../src/lib/search/client/pagefind.ts';

/** Fake results (`id@date`) that count how many fragments were loaded. */
function results(specs: string[], loaded: string[]): LazyResult[] {
  return specs.map((spec) => {
    const [id, date] = spec.split('@') as [string, string | undefined];
    const data: PagefindResult = { url: `/kb/${id}/`, excerpt: '', meta: { id, date }, sub_results: [] };
    return { id, data: async () => (loaded.push(id), data) };
  });
}

const ids = (page: PagefindResult[]) => page.map((r) => r.meta.id);

test('a list pager hands out results in order, a page at a time, loading only those', async () => {
  const loaded: string[] = [];
  const pager = listPager(results(['a', 'b', 'c'], loaded));
  assert.equal(pager.total, 3);
  assert.deepEqual(ids(await pager.take(2)), ['a', 'b']);
  assert.deepEqual(loaded, ['a', 'b']);
  assert.deepEqual(ids(await pager.take(2)), ['c']);
  assert.deepEqual(ids(await pager.take(2)), []);
});

test('shards each in date order merge into one newest-first order', async () => {
  const loaded: string[] = [];
  // Pagefind's own merge would order these by position within each shard: Q1, Q3 (both first), then Q2.
  const shard0 = results(['Q1@2002-05-27'], loaded);
  const shard1 = results(['Q3@2002-08-03', 'Q2@2002-06-05'], loaded);
  const pager = dateMergePager([shard0, shard1], 'desc');
  assert.equal(pager.total, 3);
  assert.deepEqual(ids(await pager.take(10)), ['Q3', 'Q2', 'Q1']);
});

test('shards each in date order merge into one oldest-first order across pages', async () => {
  const loaded: string[] = [];
  const lists = [results(['a@2001-01-01', 'd@2003-01-01', 'f@2005-01-01'], loaded), results(['b@2002-01-01', 'c@2002-06-01', 'e@2004-01-01'], loaded), results([], loaded)];
  const pager = dateMergePager(lists, 'asc');
  assert.deepEqual(ids(await pager.take(2)), ['a', 'b']);
  assert.deepEqual(ids(await pager.take(2)), ['c', 'd']);
  assert.deepEqual(ids(await pager.take(5)), ['e', 'f']);
});

test('showing n date-ordered results loads at most n + shards − 1 fragments', async () => {
  const loaded: string[] = [];
  const lists = [0, 1, 2, 3].map((shard) => results(Array.from({ length: 20 }, (_, i) => `s${shard}r${i}@${String(2000 + 20 - i)}-0${shard + 1}-01`), loaded));
  const page = await dateMergePager(lists, 'desc').take(10);
  assert.equal(page.length, 10);
  assert.ok(loaded.length <= 10 + 3, `${loaded.length} fragments loaded`);
  const dates = page.map((r) => r.meta.date!);
  assert.deepEqual(dates, [...dates].sort().reverse());
});
