/** File stamps (src/lib/file-stamp.ts): what tells an unchanged file from a changed one without reading it. */
import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { keptStamp, readStamp, SETTLE_MS, stampOf } from '../../src/lib/file-stamp.ts';

const past = new Date('2001-01-01T00:00:00Z');

test('a file just written has a stamp that is not kept; the same stamp taken later than the settling time is', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kbatlas-stamp-')), 'page.mdx');
  writeFileSync(file, 'one');
  const stamp = readStamp(file)!;
  assert.equal(stamp.settled, false);
  assert.equal(keptStamp(stamp), null);
  const later = stampOf(statSync(file, { bigint: true }), Date.now() + SETTLE_MS + 10);
  assert.deepEqual(later, { key: stamp.key, settled: true });
  assert.equal(keptStamp(later), stamp.key);
  assert.equal(readStamp(join(file, '..', 'missing.mdx')), undefined);
});

test('a file rewritten with the same size and its modification time set back, or replaced by another, has another stamp', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kbatlas-stamp-'));
  const file = join(dir, 'page.mdx');
  writeFileSync(file, 'one');
  // A modification time in whole seconds, which `utimes` can set back exactly.
  utimesSync(file, past, past);
  const before = statSync(file, { bigint: true });
  const stamp = readStamp(file)!.key;
  // Past the file system clock's tick: what a hand edit a moment later looks like.
  await sleep(50);
  writeFileSync(file, 'two');
  utimesSync(file, past, past);
  assert.equal(statSync(file, { bigint: true }).mtimeNs, before.mtimeNs);
  assert.equal(statSync(file, { bigint: true }).size, before.size);
  const rewritten = readStamp(file)!.key;
  assert.notEqual(rewritten, stamp, 'same size and modification time, another change time');
  const other = join(dir, 'other.mdx');
  writeFileSync(other, 'six');
  utimesSync(other, past, past);
  renameSync(other, file);
  assert.notEqual(readStamp(file)!.key, rewritten, 'renamed over');
});
