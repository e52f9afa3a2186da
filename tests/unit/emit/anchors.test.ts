/** Heading ids Astro gives the emitted headings equal the model's anchors, so the table of contents links work. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleToMdx, frontmatterOf } from '../../../src/lib/emit/index.ts';
import { article, paragraph, section } from './build.ts';
import { compileWithAstro } from './render.ts';

test("Astro's heading ids equal the model anchors, including duplicate and punctuated headings", async () => {
  const titles = ['SUMMARY', 'MORE INFORMATION', 'More Information', 'Step 1: Install <SMS> {2.0}', '#include & *stars*', 'Größe — “quoted”', 'import x', 'MORE INFORMATION'];
  const a = article({ sections: titles.map((t, i) => section(2, t, [paragraph('x')], i % 2 ? [section(3, 'Step 1'), section(3, 'Step 1')] : [])) });
  const { headings } = await compileWithAstro(articleToMdx(a));
  const expected = frontmatterOf(a).sections;
  assert.deepEqual(
    headings.map((h) => ({ level: h.depth, title: h.text, anchor: h.slug })),
    expected,
  );
});

test('the page has no heading other than the sections (no stray h1 shifting the slugs)', async () => {
  const { headings } = await compileWithAstro(articleToMdx(article({ preamble: [paragraph('# not a heading')], sections: [section(2, 'A')] })));
  assert.deepEqual(headings.map((h) => h.slug), ['a']);
});
