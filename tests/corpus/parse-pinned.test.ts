/**
 * The parse of a fixed eighth of the sample corpus (every 8th Jekyll-form and every 8th `.TXT`
 * article), pinned by a digest of each result (tree and diagnostics, or the fatal error): any change
 * to what the parser makes of a real article shows here, by article id. Only digests are committed
 * (parse-pinned.json), never corpus text. A deliberate parser change: check the listed articles
 * (`npx kbatlas parse <file>` before and after), then `UPDATE=1 node --test tests/corpus/parse-pinned.test.ts`
 * and commit the new digests with the change. This is also what kills most of the parser's mutants
 * in `npm run test:mutation` (docs/testing.md).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { KbSourceError, parseArticle } from '../../src/lib/parse/index.ts';
import { corpusSkip, listJekyllArticles, listTxtArticles, type CorpusFile } from '../helpers/corpus.ts';

const pinnedUrl = new URL('parse-pinned.json', import.meta.url);
const update = process.env['UPDATE'] === '1';

/** Every 8th file, from the first (an eighth keeps the mutation run's many runs of this file short). */
const eighth = (files: CorpusFile[]) => files.filter((_, i) => i % 8 === 0);

/** Digest of what the parser makes of one file: its result, or its fatal error. */
function parseDigest(file: CorpusFile, form: 'jekyll' | 'txt'): string {
  let result: unknown;
  try {
    result = parseArticle(readFileSync(file.path), { file: file.id, form });
  } catch (error) {
    if (!(error instanceof KbSourceError)) throw error;
    result = { error: { rule: error.rule, line: error.line, message: error.message } };
  }
  return createHash('sha1').update(JSON.stringify(result)).digest('hex').slice(0, 16);
}

test('the parse of every 8th sample article (both forms) is unchanged', { skip: corpusSkip }, () => {
  const actual: Record<string, string> = {};
  for (const file of eighth(listJekyllArticles())) actual[`kb/${file.id}`] = parseDigest(file, 'jekyll');
  for (const file of eighth(listTxtArticles())) actual[`txt/${file.id}`] = parseDigest(file, 'txt');
  if (update) writeFileSync(pinnedUrl, `${JSON.stringify(actual, null, 1)}\n`);
  const pinned = JSON.parse(readFileSync(pinnedUrl, 'utf8')) as Record<string, string>;
  const changed = Object.keys({ ...pinned, ...actual }).filter((key) => pinned[key] !== actual[key]);
  assert.deepEqual(
    changed,
    [],
    `${changed.length} articles parse differently (${changed.slice(0, 12).join(', ')}…): if intended, UPDATE=1 node --test tests/corpus/parse-pinned.test.ts`,
  );
});
