/** The keywords pass: the header's list, completed from the trailer when the archive cut it short. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../../src/lib/parse/parse.ts';
import { completeKeywords } from '../../../src/lib/parse/keywords.ts';
import { repoRoot } from '../../helpers/cli.ts';

const keywordsLine = (value: string) => [{ label: 'Keywords', value, line: 9 }];

test('a header keyword list cut short by the archive is completed from the trailer', () => {
  assert.deepEqual(completeKeywords(['kbClient', 'kbRe'], keywordsLine('kbClient kbRemoteProg ')), ['kbClient', 'kbRemoteProg']);
  assert.deepEqual(completeKeywords(['kbClient'], keywordsLine('kbClient kbUpgrade')), ['kbClient', 'kbUpgrade']);
  assert.deepEqual(completeKeywords(['kbClient'], [{ label: 'KEYWORDS', value: 'kbClient kbUpgrade', line: 9 }]), ['kbClient', 'kbUpgrade'], 'the label in any case');
});

test('the header list is kept when the trailer disagrees, is shorter, or is absent', () => {
  assert.deepEqual(completeKeywords(['kbA', 'kbB'], keywordsLine('kbX kbB')), ['kbA', 'kbB']);
  assert.deepEqual(completeKeywords(['kbA', 'kbB'], keywordsLine('kbA')), ['kbA', 'kbB']);
  assert.deepEqual(completeKeywords(['kbA', 'kbB'], keywordsLine('kbA kbC')), ['kbA', 'kbB'], 'the last word no prefix of the trailer\'s');
  assert.deepEqual(completeKeywords(['kbA'], []), ['kbA']);
  assert.deepEqual(completeKeywords([], keywordsLine('kbA')), []);
});

test('the parser gives Q266130 its whole keyword list, and keeps the trailer line as written', () => {
  const { article } = parseArticle(readFileSync(`${repoRoot}/content/sources/Q266130.md`), { file: 'Q266130' });
  assert.equal(article.keywords.at(-1), 'kbRemoteProg');
  assert.ok(article.trailerFields?.some((field) => field.label === 'Keywords' && field.value.includes('kbRemoteProg')));
});
