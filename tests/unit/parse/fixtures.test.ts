/**
 * One hand-written fixture per construct: `tests/fixtures/constructs/<name>/input.md`
 * (Jekyll form) or `input.txt` (`.TXT` form) → `tree.json` (the parse result, or
 * the fatal error). The tree must be well-formed before it is compared.
 * `UPDATE=1` rewrites `tree.json`; review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { KbSourceError, parseArticle } from '../../../src/lib/parse/index.ts';
import { treeProblems } from './well-formed.ts';

const root = new URL('../../fixtures/constructs/', import.meta.url);
const update = process.env['UPDATE'] === '1';

/** The parse result of a fixture as stored in `tree.json`: the result, or `{ error }`. */
function run(bytes: Uint8Array, file: string): unknown {
  try {
    const result = parseArticle(bytes, { file });
    const problems = treeProblems(result.article);
    assert.deepEqual(problems, [], `${file} is not well-formed`);
    return result;
  } catch (error) {
    if (!(error instanceof KbSourceError)) throw error;
    return { error: { rule: error.rule, file: error.file, line: error.line, message: error.message } };
  }
}

for (const name of readdirSync(root).sort()) {
  const dir = new URL(`${name}/`, root);
  const input = ['input.md', 'input.txt'].find((f) => existsSync(new URL(f, dir)));
  if (!input) continue;
  test(`the ${name} fixture parses to its tree.json`, () => {
    const actual = run(readFileSync(new URL(input, dir)), input);
    const treeUrl = new URL('tree.json', dir);
    const json = `${JSON.stringify(actual, null, 2)}\n`;
    if (update || !existsSync(treeUrl)) writeFileSync(treeUrl, json);
    assert.deepEqual(actual, JSON.parse(readFileSync(treeUrl, 'utf8')));
  });
}
