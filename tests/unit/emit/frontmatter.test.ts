/** Front matter: every metadata field, the derived fields the site needs, and a lossless YAML round trip. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { articleSchema } from '../../../src/lib/page-format/schema.ts';
import type { Block } from '../../../src/lib/parse/model.ts';
import { articleToMdx, frontmatterOf } from '../../../src/lib/emit/index.ts';
import { article, paragraph, ref, section, text, yamlTrapMetadata as metadata } from './build.ts';


describe('front matter', () => {
  test('front matter carries every metadata field of the model unchanged, but C0 control characters shown as pictures (trailer fields without their line)', () => {
    const fm = frontmatterOf(article(metadata));
    const expected = {
      ...metadata,
      disclaimer: metadata.disclaimer.replace('\u001b', '\u241b'),
      trailerFields: metadata.trailerFields.map(({ label, value }) => ({ label, value })),
    };
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(fm[key as keyof typeof fm], value, key);
  });

  test('front matter fields come in a fixed order: metadata, then references, sections, summary', () => {
    assert.deepEqual(Object.keys(frontmatterOf(article(metadata))), [...Object.keys(metadata), 'references', 'sections', 'summary']);
  });

  test("front matter reads back identically with Astro's own front matter parser", () => {
    const a = article(metadata);
    const { frontmatter } = parseFrontmatter(articleToMdx(a), { frontmatter: 'empty-with-spaces' });
    assert.deepEqual(frontmatter, frontmatterOf(a));
  });

  test('an ISO date and boolean-like words stay strings in the YAML', () => {
    const { frontmatter } = parseFrontmatter(articleToMdx(article(metadata)), { frontmatter: 'empty-with-spaces' });
    assert.equal(frontmatter.lastModified, '2002-06-05');
    assert.deepEqual(frontmatter.operatingSystems, ['winnt', 'yes', 'on', 'no']);
  });

  test("front matter validates against the site's article schema", () => {
    const result = articleSchema.safeParse(frontmatterOf(article(metadata)));
    assert.ok(result.success, JSON.stringify(result.error?.issues));
  });

  test('missing metadata is written as null or an empty list', () => {
    const fm = frontmatterOf(article());
    assert.deepEqual(fm.trailerFields, []);
    assert.equal(fm.lastModified, null);
    assert.equal(fm.productCode, null);
    assert.deepEqual(fm.products, []);
  });
});

describe('references', () => {
  test('references list distinct cited ids in order of first mention', () => {
    const a = article({ preamble: [paragraph(ref('Q3'), ' ', ref('Q1'), ' ', ref('q3'), ' ', ref('Q2'))] });
    assert.deepEqual(frontmatterOf(a).references, ['Q3', 'Q1', 'Q2']);
  });

  test("references leave out the article's own id", () => {
    const a = article({ id: 'Q100', preamble: [paragraph(ref('Q100'), ' ', ref('Q7'))] });
    assert.deepEqual(frontmatterOf(a).references, ['Q7']);
  });

  test('references include mentions in lists, notes, tables, reference lists and subsections, in page order', () => {
    const blocks: Block[] = [
      { type: 'list', ordered: false, start: null, line: 1, children: [{ type: 'listItem', marker: '-', line: 1, children: [paragraph(ref('Q1'))] }] },
      { type: 'note', kind: 'note', label: 'NOTE', line: 2, children: [paragraph(ref('Q2'))] },
      { type: 'table', header: false, line: 3, children: [{ type: 'tableRow', line: 3, children: [{ type: 'tableCell', line: 3, children: [ref('Q3')] }] }] },
      { type: 'referenceList', line: 4, children: [{ type: 'referenceItem', id: 'Q4', number: 4, value: 'Q4', title: 't', line: 4 }] },
    ];
    const a = article({ sections: [section(2, 'A', blocks, [section(3, 'B', [paragraph(ref('Q5'))])]), section(2, 'C', [paragraph(ref('Q6'))])] });
    assert.deepEqual(frontmatterOf(a).references, ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
  });
});

describe('sections and summary', () => {
  test('sections list every heading in page order with level, title and anchor', () => {
    const a = article({ sections: [section(2, 'SYMPTOMS'), section(2, 'MORE INFORMATION', [], [section(3, 'Step 1'), section(3, 'Step 1')])] });
    assert.deepEqual(frontmatterOf(a).sections, [
      { level: 2, title: 'SYMPTOMS', anchor: 'symptoms' },
      { level: 2, title: 'MORE INFORMATION', anchor: 'more-information' },
      { level: 3, title: 'Step 1', anchor: 'step-1' },
      { level: 3, title: 'Step 1', anchor: 'step-1-1' },
    ]);
  });

  test("summary is the SUMMARY section's first paragraph as plain text", () => {
    const a = article({
      preamble: [paragraph('Preamble text.')],
      sections: [section(2, 'SYMPTOMS', [paragraph('Symptom.')]), section(2, 'SUMMARY', [paragraph('This  article\tdescribes ', ref('Q5'), '.'), paragraph('Second.')])],
    });
    assert.equal(frontmatterOf(a).summary, 'This article describes Q5.');
  });

  test('summary falls back to the first paragraph when there is no SUMMARY section', () => {
    const a = article({ sections: [section(2, 'SYMPTOMS', [{ type: 'preformatted', kind: 'text', value: 'x', line: 1 }], [section(3, 'Sub', [paragraph('First words.')])])] });
    assert.equal(frontmatterOf(a).summary, 'First words.');
  });

  test('summary falls back to the title when the article has no paragraph', () => {
    assert.equal(frontmatterOf(article({ title: 'Only a title' })).summary, 'Only a title');
  });

  test('summary is at most 200 characters, cut at a word boundary with an ellipsis', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const summary = frontmatterOf(article({ preamble: [paragraph(text(long))] })).summary;
    assert.ok(summary.length <= 200, String(summary.length));
    assert.ok(summary.endsWith('…'));
    assert.ok(long.startsWith(summary.slice(0, -1)));
    assert.match(summary, /word\d+…$/);
  });
});
