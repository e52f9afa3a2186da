/**
 * The JSON-per-key front matter writer: js-yaml (Astro's reader) reads back exactly the data written,
 * for hostile strings and for every sample article of the corpus (skipped when the corpus is absent).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { parse } from 'yaml';
import { parseArticle } from '../../../src/lib/parse/index.ts';
import { articleToMdx, frontmatterOf } from '../../../src/lib/emit/index.ts';
import { toYaml } from '../../../src/lib/page-format/writer.ts';
import { corpusSkip, listJekyllArticles, listTxtArticles } from '../../helpers/corpus.ts';

/** Strings YAML would read as something else, or that break naive writers. */
const hostile = [
  '',
  ' ',
  'say "hi"',
  "it's",
  'back\\slash \\n \\u0041',
  'key: value',
  'a # comment',
  '#hash',
  '- dash',
  '? question',
  '* star',
  '&anchor',
  '!tag',
  '%directive',
  '@at',
  '`tick`',
  '|',
  '>',
  '{brace}',
  '[bracket]',
  ', comma',
  '---',
  '...',
  'line\nbreak',
  'cr\rlf\r\n',
  'tab\there',
  'sep\u2028line\u2029para\u0085nel',
  'controls \u0000\u0001\u0008\u000b\u000c\u001b\u001f\u007f\u0080\u0084\u0086\u009f',
  'bom \ufeff and \ufffe \uffff',
  'lone \ud800 high, lone \udc00 low, \udc00\ud800 reversed, pair \ud83d\ude00',
  'x'.repeat(10_000),
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'true',
  'False',
  'null',
  '~',
  'NULL',
  '2.0',
  '1e3',
  '0x10',
  '0o17',
  '010',
  '.inf',
  '-.Inf',
  '.nan',
  '1:20',
  '2002-06-05',
  '2002-06-05T10:00:00Z',
  '<<',
  '=',
  '  leading and trailing spaces  ',
  'ümlaut, 日本語, emoji 😀',
];

/** What js-yaml reads from `toYaml(data)`. */
const readBack = (data: object): unknown => load(toYaml(data));

describe('front matter YAML', () => {
  test('hostile strings read back unchanged as values, list items, object fields and keys (js-yaml and yaml)', () => {
    for (const value of hostile) {
      // YAML caps implicit keys at 1,024 characters (front matter keys are short identifiers).
      const data = { value, list: [value, 'x'], objects: [{ label: value, n: 1 }], ...(value.length < 1000 ? { [value || 'empty']: value } : {}) };
      assert.deepEqual(readBack(data), data, JSON.stringify(value));
      assert.deepEqual(parse(toYaml(data)), data, JSON.stringify(value));
    }
  });

  test('YAML 1.1 line breaks, C1 controls and non-characters are escaped, never written raw', () => {
    const yaml = toYaml({ value: 'a\u0085b\u2028c\u2029d\u007fe\u009ff\ufeffg\ufffeh\uffff' });
    assert.equal(yaml, 'value: "a\\u0085b\\u2028c\\u2029d\\u007fe\\u009ff\\ufeffg\\ufffeh\\uffff"');
  });

  test('numbers, null, booleans and empty lists keep their types', () => {
    const data = { number: 311457, level: 2, negative: -1, nothing: null, yes: true, no: false, empty: [], objects: [] };
    assert.deepEqual(readBack(data), data);
  });

  test('arbitrary strings read back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }), (value, list) => {
        const data = { value, list, objects: [{ title: value, anchor: list.join('') }] };
        assert.deepEqual(readBack(data), data);
      }),
      { numRuns: 2000 },
    );
  });

  test('one key per line; lists of scalars inline, lists of objects as block items', () => {
    const yaml = toYaml({ id: 'Q1', versions: ['2.0', 'yes'], sections: [{ level: 2, title: 'A: b' }], none: [] });
    assert.equal(yaml, 'id: "Q1"\nversions: ["2.0","yes"]\nsections:\n  - {"level":2,"title":"A: b"}\nnone: []');
  });

  test('every sample article’s front matter reads back exactly with js-yaml and Astro’s parser', { skip: corpusSkip }, () => {
    const files = [...listJekyllArticles(), ...listTxtArticles()];
    assert.ok(files.length >= 2000, `expected the 2,000-article sample, found ${files.length}`);
    for (const file of files) {
      const { article } = parseArticle(readFileSync(file.path), { file: file.path });
      const expected = frontmatterOf(article);
      assert.deepEqual(load(toYaml(expected)), expected, file.path);
      const { frontmatter } = parseFrontmatter(articleToMdx(article), { frontmatter: 'empty-with-spaces' });
      assert.deepEqual(frontmatter, expected, file.path);
    }
  });
});
