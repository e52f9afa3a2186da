/**
 * Which index files a query loads, on a tiny index written with the format's own encoders: a word
 * found only in a quoted phrase that is one of the commonest terms (alone in its bucket) is not
 * loaded, since the phrase is checked in the text anyway; the same word unquoted is. And how many
 * candidates a quoted phrase checks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docPath, encodeBucket, encodeDates, formatVersion, metaFile, type DocData, type IndexMeta, type Postings } from '../../../../src/lib/search/engine/format.ts';
import { SearchIndex } from '../../../../src/lib/search/engine/search.ts';

const postings = (...numbers: number[]): Postings => ({ numbers: Uint32Array.from(numbers), impacts: Uint8Array.from(numbers, () => 100) });
const doc = (n: number, text: string): DocData => ({ id: `Q${n}`, url: `/kb/100/Q${n}/`, title: `Article ${n}`, date: '2002-06-05', sections: [['', '', text]] });
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** An index of three articles: `not` alone in its bucket (as the commonest terms are), `patch` and `tool` sharing one. */
function files(): Map<string, Uint8Array> {
  const meta: IndexMeta = { version: formatVersion, docs: 3, buckets: [['not', 'common', 1], ['patch', 'rare', 2]], filters: {}, dates: 'd' };
  return new Map([
    [metaFile, json(meta)],
    ['t/common.bin', encodeBucket([['not', postings(100001, 100002, 100003)]])],
    ['t/rare.bin', encodeBucket([['patch', postings(100001, 100002)], ['tool', postings(100001, 100002)]])],
    ['dates-d.bin', encodeDates([[100001, 1], [100002, 1], [100003, 1]])],
    [docPath(100001), json(doc(100001, 'It does not patch the tool.'))],
    [docPath(100002), json(doc(100002, 'The patch tool does not run.'))],
    [docPath(100003), json(doc(100003, 'Not this one.'))],
  ]);
}

/** Opens the index, recording every file loaded. */
async function open(): Promise<{ index: SearchIndex; loaded: string[] }> {
  const all = files();
  const loaded: string[] = [];
  const index = await SearchIndex.open(async (path) => {
    loaded.push(path);
    return all.get(path) ?? null;
  });
  return { index, loaded };
}

test('a commonest term found only in a quoted phrase is not loaded, and the phrase is still checked in the text', async () => {
  const { index, loaded } = await open();
  const answer = await index.search('"not patch"');
  assert.deepEqual(answer.hits.map((hit) => hit.n), [100001]);
  assert.ok(!loaded.includes('t/common.bin'), loaded.join(', '));
  assert.ok(loaded.includes('t/rare.bin'));
});

test('the same term typed outside quotes is loaded and required', async () => {
  const { index, loaded } = await open();
  const answer = await index.search('not "patch tool"');
  assert.ok(loaded.includes('t/common.bin'));
  assert.deepEqual(answer.hits.map((hit) => hit.n), [100002]);
});

test('a phrase of commonest terms only still loads one of them', async () => {
  const { index, loaded } = await open();
  const answer = await index.search('"not"');
  assert.ok(loaded.includes('t/common.bin'));
  assert.deepEqual(answer.hits.map((hit) => hit.n).sort(), [100001, 100002, 100003]);
});

test('a quoted phrase is checked in the best 50 candidates, so a holder ranked 30th of 40 is found', async () => {
  // 40 articles hold both words; only the one with the lowest impacts holds them in a row.
  const numbers = Array.from({ length: 40 }, (_, i) => 200000 + i);
  const holder = numbers[29]!;
  const ranked = (n: number) => 250 - (n === holder ? 200 : numbers.indexOf(n));
  const pair: Postings = { numbers: Uint32Array.from(numbers), impacts: Uint8Array.from(numbers, ranked) };
  const all = new Map<string, Uint8Array>([
    [metaFile, json({ version: formatVersion, docs: 40, buckets: [['file', 'b', 2]], filters: {}, dates: 'd' } satisfies IndexMeta)],
    ['t/b.bin', encodeBucket([['file', pair], ['glb', pair]])],
    ...numbers.map((n): [string, Uint8Array] => [docPath(n), json(doc(n, n === holder ? 'A GLB file is corrupt.' : 'The file is not a GLB.'))]),
  ]);
  const index = await SearchIndex.open(async (path) => all.get(path) ?? null);
  const answer = await index.search('"glb file"');
  assert.deepEqual(answer.hits.map((hit) => hit.n), [holder]);
  assert.equal(answer.truncated, false);
});
