/**
 * One fixture per construct: tests/fixtures/constructs/<name>/input.* is parsed, emitted and compared
 * with output.mdx next to it (`UPDATE=1` rewrites output.mdx; review the diff). Each expected page
 * must also compile with both compilers.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../../src/lib/parse/index.ts';
import { articleToMdx } from '../../../src/lib/emit/index.ts';
import { compileWithAstro, renderWithMdxJs } from './render.ts';

const root = fileURLToPath(new URL('../../fixtures/constructs/', import.meta.url));
const names = existsSync(root) ? readdirSync(root).filter((name) => !name.startsWith('.')).sort() : [];

describe('construct fixtures emit their expected MDX', { skip: names.length === 0 && 'no fixtures in tests/fixtures/constructs yet' }, () => {
  for (const name of names) {
    const dir = `${root}${name}/`;
    const input = readdirSync(dir).find((file) => file.startsWith('input.'));
    // Inputs that cannot be understood (`bad-*`, whose tree.json holds an `error`) have no page.
    if (input === undefined || existsSync(`${dir}tree.json`) && 'error' in JSON.parse(readFileSync(`${dir}tree.json`, 'utf8'))) continue;
    test(`the ${name} fixture emits output.mdx, which compiles`, async () => {
      const { article } = parseArticle(readFileSync(dir + input), { file: `${name}/${input}` });
      const actual = articleToMdx(article);
      const expectedPath = `${dir}output.mdx`;
      if (process.env.UPDATE === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      assert.equal(actual, readFileSync(expectedPath, 'utf8'));
      await compileWithAstro(actual);
      await renderWithMdxJs(actual);
    });
  }
});
