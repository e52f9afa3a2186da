import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { parseEmittedFrontmatter, splitPage } from '../../../src/lib/page-format/reader.ts';
import { toYaml } from '../../../src/lib/page-format/writer.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('the fast front matter reader reads every emitted page exactly as js-yaml does', () => {
  const pages = [
    ...readdirSync(`${root}content/kb`).map((name) => `${root}content/kb/${name}`),
    ...readdirSync(`${root}tests/fixtures/constructs`).map((name) => `${root}tests/fixtures/constructs/${name}/output.mdx`),
  ].filter((path) => path.endsWith('.mdx') && (() => { try { readFileSync(path); return true; } catch { return false; } })());
  assert.ok(pages.length > 20, `only ${pages.length} pages found`);
  for (const path of pages) {
    const { frontmatter } = splitPage(readFileSync(path, 'utf8'), path);
    const fast = parseEmittedFrontmatter(frontmatter);
    assert.ok(fast, `${path}: not read by the fast path`);
    assert.deepEqual(fast, yaml.load(frontmatter), path);
  }
});

test('tricky values written by the emitter read back the same both ways', () => {
  const data = {
    title: 'Quotes " \\ tabs\t, é ®, line\u2028separator, C1\u0085, BOM\ufeff, 2.0, null, yes',
    number: 311457,
    empty: [],
    nothing: null,
    sections: [{ level: 2, title: 'A: B # c', anchor: 'a-b-c' }],
  };
  const text = toYaml(data);
  const expected = yaml.load(text);
  assert.deepEqual(parseEmittedFrontmatter(text), expected);
  assert.deepEqual(expected, data);
});

test('anything else falls back to js-yaml (undefined)', () => {
  assert.equal(parseEmittedFrontmatter('title: plain words'), undefined);
  assert.equal(parseEmittedFrontmatter('"quoted key": 1'), undefined);
  assert.equal(parseEmittedFrontmatter('a: 1\na: 2'), undefined);
  assert.deepEqual(parseEmittedFrontmatter('items:\nnext: 1'), { items: null, next: 1 });
});
