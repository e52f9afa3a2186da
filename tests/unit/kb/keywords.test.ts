import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../src/lib/kb/model.ts';
import { keywordsOf } from '../../../src/lib/mdx/keywords.ts';

/** Just the fields keywordsOf reads. */
function article(keywords: string[], trailerKeywords?: string): Article {
  return {
    keywords,
    ...(trailerKeywords === undefined ? {} : { trailerFields: [{ label: 'Keywords', value: trailerKeywords, line: 9 }] }),
  } as unknown as Article;
}

test('a header keyword list cut short by the archive is completed from the trailer', () => {
  assert.deepEqual(keywordsOf(article(['kbClient', 'kbRe'], 'kbClient kbRemoteProg ')), ['kbClient', 'kbRemoteProg']);
  assert.deepEqual(keywordsOf(article(['kbClient'], 'kbClient kbUpgrade')), ['kbClient', 'kbUpgrade']);
});

test('the header list is kept when the trailer disagrees, is shorter, or is absent', () => {
  assert.deepEqual(keywordsOf(article(['kbA', 'kbB'], 'kbX kbB')), ['kbA', 'kbB']);
  assert.deepEqual(keywordsOf(article(['kbA', 'kbB'], 'kbA')), ['kbA', 'kbB']);
  assert.deepEqual(keywordsOf(article(['kbA'])), ['kbA']);
  assert.deepEqual(keywordsOf(article([], 'kbA')), []);
});
