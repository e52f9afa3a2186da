import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configurePagefind } from '../../../src/lib/search/client/pagefind.ts';
import { highlightParam, ranking } from '../../../src/lib/search/ranking.ts';
import { bundlePaths, bundleShard, parseShards, searchShards, shardBundle, shardOf } from '../../../src/lib/search/shards.ts';

test('an article goes to the shard of its number modulo the shard count', () => {
  assert.equal(shardOf(311457, 2), 1);
  assert.equal(shardOf(266130, 2), 0);
  assert.equal(shardOf(313839, 4), 3);
  assert.equal(shardOf(311457, 1), 0);
});

test('dense article numbers spread evenly over the shards', () => {
  const counts = [0, 0, 0, 0];
  for (let n = 100000; n < 100400; n++) counts[shardOf(n, 4)]! += 1;
  assert.deepEqual(counts, [100, 100, 100, 100]);
});

test('a bad article number or shard count is refused', () => {
  assert.throws(() => shardOf(-1, 2), /article number/);
  assert.throws(() => shardOf(1.5, 2), /article number/);
  assert.throws(() => shardOf(5, 0), /shard count/);
  assert.throws(() => shardOf(5, 2.5), /shard count/);
});

test('shard 0 keeps the plain pagefind folder, the others get pagefind-<i>', () => {
  assert.equal(shardBundle(0), 'pagefind');
  assert.equal(shardBundle(1), 'pagefind-1');
  assert.equal(shardBundle(12), 'pagefind-12');
  assert.throws(() => shardBundle(-1));
});

test('a bundle folder name gives back its shard, and other names give null', () => {
  for (const shard of [0, 1, 7, 12]) assert.equal(bundleShard(shardBundle(shard)), shard);
  for (const name of ['pagefind-0', 'pagefind-01', 'pagefind-x', 'pagefind-1.tmp-42', 'pagefind.old', 'search']) assert.equal(bundleShard(name), null, name);
});

test('the browser finds every bundle under the base path', () => {
  assert.deepEqual(bundlePaths('/', 1), ['/pagefind/']);
  assert.deepEqual(bundlePaths('/kbarchive/', 3), ['/kbarchive/pagefind/', '/kbarchive/pagefind-1/', '/kbarchive/pagefind-2/']);
  assert.deepEqual(bundlePaths('/kbarchive', 2), ['/kbarchive/pagefind/', '/kbarchive/pagefind-1/']);
});

test('KB_SEARCH_SHARDS defaults to one shard and accepts whole numbers from 1', () => {
  assert.equal(parseShards(undefined), 1);
  assert.equal(parseShards(''), 1);
  assert.equal(parseShards('4'), 4);
  assert.equal(parseShards(' 2 '), 2);
});

test('KB_SEARCH_SHARDS that is not a whole number from 1 fails with a clear error', () => {
  for (const value of ['0', '-2', '1.5', 'two', '3x', '1e3']) assert.throws(() => parseShards(value), /KB_SEARCH_SHARDS: unexpected .*whole number ≥ 1/, value);
});

test('searchShards reads KB_SEARCH_SHARDS from the environment', () => {
  const saved = process.env.KB_SEARCH_SHARDS;
  try {
    delete process.env.KB_SEARCH_SHARDS;
    assert.equal(searchShards(), 1);
    process.env.KB_SEARCH_SHARDS = '3';
    assert.equal(searchShards(), 3);
    process.env.KB_SEARCH_SHARDS = '0';
    assert.throws(() => searchShards(), /KB_SEARCH_SHARDS/);
  } finally {
    if (saved === undefined) delete process.env.KB_SEARCH_SHARDS;
    else process.env.KB_SEARCH_SHARDS = saved;
  }
});

test('the browser merges every other shard with the same options as shard 0 and a shard filter each', async () => {
  const calls: Array<[string, ...unknown[]]> = [];
  const api = {
    options: async (options: Record<string, unknown>) => void calls.push(['options', options]),
    init: async () => void calls.push(['init']),
    mergeIndex: async (path: string, options?: Record<string, unknown>) => void calls.push(['mergeIndex', path, options]),
    search: async () => assert.fail('no search while loading'),
    filters: async () => assert.fail('no filters while loading'),
  };
  const common = { baseUrl: '/kbarchive/', ranking, highlightParam };
  await configurePagefind(api, '/kbarchive/', 3);
  assert.deepEqual(calls, [
    ['options', { ...common, mergeFilter: { shard: '0' } }],
    ['init'],
    ['mergeIndex', '/kbarchive/pagefind-1/', { ...common, mergeFilter: { shard: '1' } }],
    ['mergeIndex', '/kbarchive/pagefind-2/', { ...common, mergeFilter: { shard: '2' } }],
  ]);
  calls.length = 0;
  await configurePagefind(api, '/', 1);
  assert.deepEqual(calls, [['options', { baseUrl: '/', ranking, highlightParam }], ['init']]);
});
