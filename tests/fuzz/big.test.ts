/**
 * Very large inputs finish and import: a 10 MB article, a 1 MB single line, 100,000 blank lines.
 * Pages this big compile with Sätteri only (see `mdxJsLimit`). Each runs in a worker killed after a generous limit, so a hang fails the test instead of blocking it
 * (a liveness guard, not a speed assertion: figures come from the benchmarks).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/cli.ts';
import { convertInWorker } from './in-worker.ts';

const source = readFileSync(join(repoRoot, 'content/sources/Q311457.md'), 'utf8');
const limit = 180_000;

/** `source` with `extra` put in its body after the SUMMARY heading's paragraph. */
function withBody(extra: string): string {
  return source.replace('\tThis article describes', `${extra}\n\t\n\tThis article describes`);
}

test('a 10 MB article is imported and its page compiles', { timeout: limit + 10_000 }, async () => {
  const body = source.slice(source.indexOf('\tMORE INFORMATION'), source.indexOf('\tAdditional query words'));
  const copies = Math.ceil(10_000_000 / body.length);
  const big = withBody(Array<string>(copies).fill(body).join('\t\n'));
  assert.ok(big.length >= 10_000_000);
  const outcome = await convertInWorker(big, limit);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.error);
  assert.equal(outcome.refused, null);
  assert.ok(outcome.page > 5_000_000, `page of ${outcome.page} characters`);
});

test('a 1 MB line of mixed text and markup characters is imported and compiles', { timeout: limit + 10_000 }, async () => {
  const outcome = await convertInWorker(withBody(`\t${'word {x} <y> `z` & '.repeat(50_000)}`), limit);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.error);
  assert.equal(outcome.refused, null);
});

test('100,000 blank and rule lines are imported', { timeout: limit + 10_000 }, async () => {
  const outcome = await convertInWorker(withBody('\t\n\t====\n\t----\n'.repeat(33_334)), limit);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.error);
  assert.equal(outcome.refused, null);
});
