/** Follower masks: every real adjacent pair of a text passes its mask; pairs that never occur mostly do not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { followerBit, followerMasks, mayFollow } from '../../../../src/lib/search/engine/followers.ts';
import { decodeFollowers, encodeFollowers } from '../../../../src/lib/search/engine/format.ts';
import { phraseKeys } from '../../../../src/lib/search/engine/tokenize.ts';

const text = 'To install SMS 2.0 SP4, run Setup.exe from the CD. The CD patch tool does not use compver.ini; see HKEY_LOCAL_MACHINE\\Software\\Microsoft\\SMS.';

test('each key of a text allows every key that follows it somewhere in the text', () => {
  const keys = phraseKeys(text);
  const masks = followerMasks(keys);
  for (let i = 0; i + 1 < keys.length; i++) assert.ok(mayFollow(masks.get(keys[i]!)!, keys[i + 1]!), `${keys[i]} ${keys[i + 1]}`);
});

test('a mask holds one bit per distinct follower and nothing else', () => {
  const masks = followerMasks(phraseKeys('the cd patch, the cd drive, the tool'));
  assert.equal(masks.get('the'), followerBit('cd') | followerBit('tool'));
  assert.equal(masks.get('cd'), followerBit('patch') | followerBit('drive'));
  assert.equal(masks.get('tool'), undefined, 'the last key has no follower');
});

test('bits spread over the 16 of a mask, so most pairs that never occur are ruled out', () => {
  const bits = new Set(phraseKeys(text).map(followerBit));
  assert.ok(bits.size >= 10, `${bits.size} distinct bits`);
  const masks = followerMasks(phraseKeys(text));
  const absent = ['cd drive', 'patch cd', 'install tool', 'sms setup.exe', 'tool compver.ini', 'run the', 'from setup.exe'].map((pair) => pair.split(' ') as [string, string]);
  assert.ok(absent.filter(([a, b]) => mayFollow(masks.get(a) ?? 0, b)).length <= 2);
});

test('a masks file keeps every posting\'s mask, in the bucket\'s order', () => {
  const followers = (masks: number[]) => ({ numbers: new Uint32Array(masks.length), impacts: new Uint8Array(masks.length), followers: Uint16Array.from(masks) });
  const bytes = encodeFollowers([['a', followers([0, 0xffff, 0x8001])], ['b', followers([0x0100])]]);
  assert.deepEqual([...decodeFollowers(bytes)], [0, 0xffff, 0x8001, 0x0100]);
  assert.throws(() => decodeFollowers(bytes.subarray(1)), /truncated/);
});
