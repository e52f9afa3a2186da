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
import { articleToMdx, frontmatterOf } from '../../../src/lib/emit/index.ts';
import { parseEmittedFrontmatter, parsePageData, splitPage } from '../../../src/lib/page-format/reader.ts';
import { articleSchema } from '../../../src/lib/page-format/schema.ts';
import { article, paragraph, ref, section, yamlTrapMetadata } from '../emit/build.ts';
import { repoRoot } from '../../helpers/cli.ts';

/** The front matter tests' metadata with YAML's traps, plus a line separator in the title and a null field. */
const tricky = article({
  ...yamlTrapMetadata,
  title: `${yamlTrapMetadata.title}\u2028`,
  solutionType: null,
  sections: [section(2, 'SUMMARY', [paragraph('See ', ref('Q266130'), '.')])],
});

/** The emitted pages to read back: the tricky one and the embedded default articles. */
const pages = [
  { name: 'tricky', text: articleToMdx(tricky), expected: frontmatterOf(tricky) as unknown },
  // Pages only: `npm start` leaves its import manifest (.kbatlas-import.json) beside them.
  ...readdirSync(join(repoRoot, 'content/kb')).filter((name) => name.endsWith('.mdx')).map((name) => ({
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
