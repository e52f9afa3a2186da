import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchLoader } from '../../../src/lib/search/client/site-index.ts';

test('the index loader fetches under the base path and always revalidates meta.bin, and only meta.bin', async () => {
  const calls: Array<[string, RequestInit | undefined]> = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (url: string, init?: RequestInit) => {
    calls.push([url, init]);
    return new Response(new Uint8Array([1, 2]), { status: url.includes('missing') ? 404 : 200 });
  }) as typeof fetch;
  try {
    const load = fetchLoader('/kbarchive');
    assert.deepEqual(await load('meta.bin'), new Uint8Array([1, 2]));
    await load('t/abc.bin');
    assert.equal(await load('d/1/missing.bin'), null);
  } finally {
    globalThis.fetch = original;
  }
  assert.deepEqual(calls.map(([url, init]) => [url, init?.cache]), [
    ['/kbarchive/search-index/meta.bin', 'no-cache'],
    ['/kbarchive/search-index/t/abc.bin', undefined],
    ['/kbarchive/search-index/d/1/missing.bin', undefined],
  ]);
});
