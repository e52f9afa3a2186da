/**
 * Every sample article parses without a fatal error, loses no word of its
 * body, and gives a well-formed tree. Prints diagnostics per rule and timing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { articleBodyText, parseArticle, sourceBodyText, words, type Article } from '../../src/lib/parse/index.ts';
import { corpusSkip, listJekyllArticles } from '../helpers/corpus.ts';
import { firstMissingWord, treeProblems } from '../unit/parse/well-formed.ts';

const files = listJekyllArticles();
const sources = files.map((f) => ({ ...f, bytes: readFileSync(f.path) }));
const parsed: { id: string; path: string; article?: Article; error?: unknown; bytes: Uint8Array }[] = [];
const counts = new Map<string, number>();
let parseMs = 0;
{
  const start = performance.now();
  for (const s of sources) {
    try {
      const { article, diagnostics } = parseArticle(s.bytes, { file: s.path });
      for (const d of diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      parsed.push({ id: s.id, path: s.path, article, bytes: s.bytes });
    } catch (error) {
      parsed.push({ id: s.id, path: s.path, error, bytes: s.bytes });
    }
  }
  parseMs = performance.now() - start;
}

test('every corpus article parses without a fatal error', { skip: corpusSkip }, (t) => {
  const failed = parsed.filter((p) => p.error).map((p) => `${p.path}: ${String(p.error)}`);
  t.diagnostic(`${parsed.length - failed.length}/${parsed.length} parsed in ${parseMs.toFixed(0)} ms`);
  t.diagnostic(`diagnostics per rule: ${JSON.stringify(Object.fromEntries([...counts].sort()))}`);
  assert.ok(parsed.length >= 2000, `expected 2,000 articles, found ${parsed.length}`);
  assert.deepEqual(failed, []);
});

test('every corpus article keeps its id from the path', { skip: corpusSkip }, () => {
  const wrong = parsed.filter((p) => p.article && p.article.id !== p.id).map((p) => `${p.id} → ${p.article?.id}`);
  assert.deepEqual(wrong, []);
});

test('every corpus article gives a well-formed tree', { skip: corpusSkip }, () => {
  const bad = parsed.flatMap((p) => (p.article ? treeProblems(p.article).slice(0, 3).map((m) => `${p.id}: ${m}`) : []));
  assert.deepEqual(bad.slice(0, 20), []);
});

test('no corpus article loses a word of its body', { skip: corpusSkip }, (t) => {
  let equal = 0;
  const lost: string[] = [];
  for (const p of parsed) {
    if (!p.article) continue;
    const source = words(sourceBodyText(p.bytes));
    const model = words(articleBodyText(p.article));
    const missing = firstMissingWord(source, model);
    if (missing !== -1) lost.push(`${p.id}: word ${missing} \`${source[missing]}\` (${source.slice(Math.max(0, missing - 4), missing + 3).join(' ')})`);
    else if (source.length === model.length) equal++;
  }
  t.diagnostic(`${lost.length} articles lose words; ${equal} have exactly the source's words`);
  assert.deepEqual(lost.slice(0, 20), []);
});
