/**
 * The page-format contract: the schema names every field the writer writes (no field written and
 * silently dropped), and a page written by the emitter reads back to the same data through the fast
 * reader, through js-yaml (the reader's fallback) and through Astro's own front matter parser.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import yaml from 'js-yaml';
import { articleToMdx, frontmatterOf } from '../../../src/lib/mdx/index.ts';
import { parseEmittedFrontmatter, parsePageData, splitPage } from '../../../src/lib/page-format/reader.ts';
import { articleSchema } from '../../../src/lib/page-format/schema.ts';
import { article, paragraph, ref, section } from '../mdx/build.ts';
import { repoRoot } from '../../helpers/cli.ts';

/** Metadata with YAML's traps: quotes, colons, boolean-like words, a date, controls YAML forbids. */
const tricky = article({
  id: 'Q311457',
  number: 311457,
  title: 'SMS: "Quoted" title: with <tags> & #hash \u007f\u0081\ufeff\u2028',
  products: ['sms'],
  versions: ['2.0', 'WINDOWS:2.0a'],
  operatingSystems: ['winnt', 'yes', 'on', 'no'],
  keywords: ['kbSMS', '~', 'null', '0x10', '1:20'],
  lastModified: '2002-06-05',
  appliesTo: ['- dash: first', '{brace}'],
  technology: ['kbSMS200'],
  issueType: 'kbinfo',
  solutionType: null,
  additionalQueryWords: ["it's"],
  productCode: 'sms',
  trailerFields: [{ label: 'Keywords', value: 'kbSMS kbinfo', line: 40 }],
  disclaimer: 'AS IS   \n---\n\tCopyright (c) ü',
  form: 'txt',
  sections: [section(2, 'SUMMARY', [paragraph('See ', ref('Q266130'), '.')])],
});

/** The emitted pages to read back: the tricky one and the embedded default articles. */
const pages = [
  { name: 'tricky', text: articleToMdx(tricky), expected: frontmatterOf(tricky) as unknown },
  ...readdirSync(join(repoRoot, 'content/kb')).map((name) => ({
    name,
    text: readFileSync(join(repoRoot, 'content/kb', name), 'utf8'),
    expected: undefined as unknown,
  })),
];

describe('page format', () => {
  test('the schema names every field the writer writes, in the order written', () => {
    assert.deepEqual(Object.keys(articleSchema.shape), Object.keys(frontmatterOf(tricky)));
  });

  for (const page of pages) {
    test(`${page.name}: the fast reader, js-yaml and Astro's parser read the same validated data`, () => {
      const { frontmatter } = splitPage(page.text, page.name);
      const fast = parseEmittedFrontmatter(frontmatter);
      assert.ok(fast, 'the fast reader reads what the writer writes');
      const viaJsYaml = articleSchema.parse(yaml.load(frontmatter));
      const viaAstro = articleSchema.parse(parseFrontmatter(page.text, { frontmatter: 'empty-with-spaces' }).frontmatter);
      const data = parsePageData(page.text, page.name);
      assert.deepEqual(data, viaJsYaml);
      assert.deepEqual(data, viaAstro);
      assert.deepEqual(articleSchema.parse(fast), data);
      if (page.expected) assert.deepEqual(data, page.expected);
    });
  }
});
