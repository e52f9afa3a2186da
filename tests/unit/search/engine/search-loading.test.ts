/**
 * Which index files a query loads, on a tiny index written with the format's own encoders: a word
 * found only in a quoted phrase that is one of the commonest terms (alone in its bucket) is not
 * loaded, since the phrase is checked in the text anyway; the same word unquoted is. And how many
 * candidates a quoted phrase checks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullText } from '../../../../src/lib/search/engine/excerpt.ts';
import { followerMasks } from '../../../../src/lib/search/engine/followers.ts';
import {
  docPath, encodeBucket, encodeDates, encodeFollowers, formatVersion, metaFile, type DocData, type IndexedPostings, type IndexMeta,
} from '../../../../src/lib/search/engine/format.ts';
import { SearchIndex } from '../../../../src/lib/search/engine/search.ts';
import { phraseKeys } from '../../../../src/lib/search/engine/tokenize.ts';

const doc = (n: number, text: string): DocData => ({ id: `Q${n}`, url: `/kb/100/Q${n}/`, title: `Article ${n}`, date: '2002-06-05', sections: [['', '', text]] });
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Postings of `term` in `docs` (impact 100), with the follower masks the indexer would write; `mask` overrides them (a hash collision letting every pair through). */
function postings(term: string, docs: readonly DocData[], mask?: (n: number) => number | undefined): IndexedPostings {
  const numbers = docs.map((d) => Number(d.id.slice(1)));
  const followers = docs.map((d, i) => mask?.(numbers[i]!) ?? followerMasks(phraseKeys(fullText(d))).get(term) ?? 0);
  return { numbers: Uint32Array.from(numbers), impacts: Uint8Array.from(numbers, () => 100), followers: Uint16Array.from(followers) };
}

/** A bucket file and its masks file under `hash`. */
function bucket(hash: string, terms: Array<[string, IndexedPostings]>): Array<[string, Uint8Array]> {
  return [[`t/${hash}.bin`, encodeBucket(terms)], [`p/${hash}.bin`, encodeFollowers(terms)]];
}

/** An index of three articles: `not` alone in its bucket (as the commonest terms are), `patch` and `tool` sharing one. */
function files(): Map<string, Uint8Array> {
  const meta: IndexMeta = { version: formatVersion, docs: 3, buckets: [['not', 'common', 1], ['patch', 'rare', 2]], filters: {}, dates: 'd' };
  const [a, b, c] = [doc(100001, 'It does not patch the tool.'), doc(100002, 'The patch tool does not run.'), doc(100003, 'Not this one.')];
  return new Map([
    [metaFile, json(meta)],
    ...bucket('common', [['not', postings('not', [a, b, c])]]),
    ...bucket('rare', [['patch', postings('patch', [a, b])], ['tool', postings('tool', [a, b])]]),
    ['dates-d.bin', encodeDates([[100001, 1], [100002, 1], [100003, 1]])],
    ...[a, b, c].map((d): [string, Uint8Array] => [docPath(Number(d.id.slice(1))), json(d)]),
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
  // 40 articles hold both words; only the one with the lowest impacts holds them in a row, though
  // every article's masks let the pair through (as hash collisions can), so the text decides.
  const numbers = Array.from({ length: 40 }, (_, i) => 200000 + i);
  const holder = numbers[29]!;
  const ranked = (n: number) => 250 - (n === holder ? 200 : numbers.indexOf(n));
  const docs = numbers.map((n) => doc(n, n === holder ? 'A GLB file is corrupt.' : 'The file is not a GLB.'));
  const pair = (term: string): IndexedPostings => ({ ...postings(term, docs, () => 0xffff), impacts: Uint8Array.from(numbers, ranked) });
  const all = new Map<string, Uint8Array>([
    [metaFile, json({ version: formatVersion, docs: 40, buckets: [['file', 'b', 2]], filters: {}, dates: 'd' } satisfies IndexMeta)],
    ...bucket('b', [['file', pair('file')], ['glb', pair('glb')]]),
    ...docs.map((d, i): [string, Uint8Array] => [docPath(numbers[i]!), json(d)]),
  ]);
  const index = await SearchIndex.open(async (path) => all.get(path) ?? null);
  const answer = await index.search('"glb file"');
  assert.deepEqual(answer.hits.map((hit) => hit.n), [holder]);
  assert.equal(answer.truncated, false);
});

test('a quoted phrase fetches the text of no article whose follower masks rule it out', async () => {
  // 30 articles hold both words apart, one holds them in a row: only that one's display data loads.
  const numbers = Array.from({ length: 31 }, (_, i) => 300000 + i);
  const holder = numbers[17]!;
  const docs = numbers.map((n) => doc(n, n === holder ? 'The CD patch tool failed.' : 'Patch the files from the CD.'));
  const all = new Map<string, Uint8Array>([
    [metaFile, json({ version: formatVersion, docs: 31, buckets: [['cd', 'b', 2]], filters: {}, dates: 'd' } satisfies IndexMeta)],
    ...bucket('b', [['cd', postings('cd', docs)], ['patch', postings('patch', docs)]]),
    ...docs.map((d, i): [string, Uint8Array] => [docPath(numbers[i]!), json(d)]),
  ]);
  const loaded: string[] = [];
  const index = await SearchIndex.open(async (path) => (loaded.push(path), all.get(path) ?? null));
  const answer = await index.search('"cd patch"');
  assert.deepEqual(answer.hits.map((hit) => hit.n), [holder]);
  assert.deepEqual(loaded.filter((path) => path.startsWith('d/')), [docPath(holder)]);
  assert.ok(loaded.includes('p/b.bin'));
});

test('an unquoted query loads no follower masks', async () => {
  const { index, loaded } = await open();
  await index.search('patch tool');
  assert.deepEqual(loaded.filter((path) => path.startsWith('p/')), []);
});

test('results come best score first, equal scores in article-number order, however many there are', async () => {
  // 3,000 articles with two words at pseudo-random impacts (many ties): the order must equal a plain comparator sort of the summed scores.
  const numbers = Array.from({ length: 3000 }, (_, i) => 400000 + i * 7);
  const impact = (n: number, salt: number) => 1 + ((n * 2654435761 + salt) >>> 0) % 20;
  const docs = numbers.map((n) => doc(n, 'alpha beta'));
  const term = (name: string, salt: number): IndexedPostings => ({ ...postings(name, docs), impacts: Uint8Array.from(numbers, (n) => impact(n, salt)) });
  const all = new Map<string, Uint8Array>([
    [metaFile, json({ version: formatVersion, docs: 3000, buckets: [['alpha', 'b', 2]], filters: {}, dates: 'd' } satisfies IndexMeta)],
    ...bucket('b', [['alpha', term('alpha', 1)], ['beta', term('beta', 2)]]),
  ]);
  const index = await SearchIndex.open(async (path) => all.get(path) ?? null);
  const { hits } = await index.search('alpha beta');
  assert.equal(hits.length, 3000);
  const expected = [...hits].sort((a, b) => b.score - a.score || a.n - b.n).map((hit) => hit.n);
  assert.deepEqual(hits.map((hit) => hit.n), expected);
  assert.ok(new Set(hits.map((hit) => hit.score)).size < 500, 'ties are exercised');
});

test('a pinned article comes first when it is among the results, and only then', async () => {
  const { index } = await open();
  const plain = await index.search('patch');
  assert.deepEqual(plain.hits.map((hit) => hit.n), [100001, 100002]);
  const pinned = await index.search('patch', { pin: 100002 });
  assert.deepEqual([pinned.hits.map((hit) => hit.n), pinned.pinned], [[100002, 100001], true]);
  const absent = await index.search('patch', { pin: 100003 });
  assert.deepEqual([absent.hits.map((hit) => hit.n), absent.pinned], [[100001, 100002], false]);
  // 100001 holds both words but not the phrase: the phrase check drops it, so it is not pinned.
  const dropped = await index.search('"patch tool"', { pin: 100001 });
  assert.deepEqual([dropped.hits.map((hit) => hit.n), dropped.pinned], [[100002], false]);
});

test('pages read one by one give every result once, in the order of all of them', async () => {
  const { index } = await open();
  const answer = await index.search('not', { pin: 100003 });
  assert.equal(answer.total, 3);
  assert.deepEqual([...answer.page(0, 1), ...answer.page(1, 2), ...answer.page(2, 10)].map((hit) => hit.n), answer.hits.map((hit) => hit.n));
  assert.equal(answer.hits[0]!.n, 100003);
});

test('a pasted message of five words or more is checked in the first five results only, and a holder among them goes first', async () => {
  // Twelve articles hold the words; article 500011 (ranked fifth on words) holds them in a row, 500012 (ranked sixth) too.
  const numbers = Array.from({ length: 12 }, (_, i) => 500001 + i);
  const message = 'printer spooler service stops responding';
  const docs = numbers.map((n) => doc(n, n >= 500011 ? `Sometimes the ${message} now.` : 'responding stops service spooler printer'));
  // Word ranks: 500001–500004, then 500011, 500012, then 500005–500010.
  const rankOf = [500001, 500002, 500003, 500004, 500011, 500012, 500005, 500006, 500007, 500008, 500009, 500010];
  const impacts = (n: number) => 200 - rankOf.indexOf(n) * 10;
  const words = ['printer', 'spooler', 'servic', 'stop', 'respond'];
  const all = new Map<string, Uint8Array>([
    [metaFile, json({ version: formatVersion, docs: 12, buckets: [['printer', 'b', 5]], filters: {}, dates: 'd' } satisfies IndexMeta)],
    ...bucket('b', words.sort().map((word): [string, IndexedPostings] => [word, { ...postings(word, docs), impacts: Uint8Array.from(numbers, impacts) }])),
    ...docs.map((d, i): [string, Uint8Array] => [docPath(numbers[i]!), json(d)]),
  ]);
  const loaded: string[] = [];
  const index = await SearchIndex.open(async (path) => (loaded.push(path), all.get(path) ?? null));
  const answer = await index.search(message);
  assert.equal(loaded.filter((path) => path.startsWith('d/')).length, 5, 'only the first five results\' data loads before the answer');
  assert.deepEqual(answer.page(0, 6).map((hit) => hit.n), [500011, 500001, 500002, 500003, 500004, 500012]);
});
