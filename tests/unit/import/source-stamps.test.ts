/** The import's source reader skips a plain file whose stamp the caller knows, and reads every other one. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { expandInputs, readInputs } from '../../../src/lib/import/sources/files.ts';
import type { SourceItem } from '../../../src/lib/import/sources/source-item.ts';

test('a file whose stamp is known is yielded unread, with its size; the others are read with the stamp taken before', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kbatlas-sources-'));
  writeFileSync(join(dir, 'Q1.md'), 'first');
  writeFileSync(join(dir, 'Q2.md'), 'second');
  const expanded = await expandInputs([dir]);
  const stampOf = new Map(expanded.flatMap((item) => ('stamp' in item ? [[item.path, item.stamp.key] as const] : [])));
  const asked: string[] = [];
  const known = (path: string, stamp: string) => {
    asked.push(path);
    assert.equal(stamp, stampOf.get(path));
    return path.endsWith('Q1.md');
  };
  const items: SourceItem[] = [];
  for await (const item of readInputs(expanded, 1024, undefined, known)) items.push(item);
  assert.deepEqual(asked, [join(dir, 'Q1.md'), join(dir, 'Q2.md')]);
  assert.deepEqual(items[0], { kind: 'unread', name: join(dir, 'Q1.md'), size: 5 });
  const read = items[1]!;
  assert.equal(read.kind, 'article');
  if (read.kind !== 'article') return;
  assert.equal(Buffer.from(read.bytes).toString(), 'second');
  assert.equal(read.stamp?.key, stampOf.get(join(dir, 'Q2.md')));
});
