/** Re-emitting the same article gives byte-identical MDX and leaves the model untouched. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleToMdx } from '../../../src/lib/emit/index.ts';
import { article, paragraph, ref, section } from './build.ts';

const sample = () =>
  article({
    lastModified: '2002-06-05',
    keywords: ['b', 'a'],
    preamble: [paragraph('See ', ref('Q2'), ' {x} <y>')],
    sections: [section(2, 'SUMMARY', [paragraph(ref('Q1'))], [section(3, 'Sub', [{ type: 'rule', line: 1 }])])],
  });

test('emitting the same article twice gives identical bytes', () => {
  const a = sample();
  assert.equal(articleToMdx(a), articleToMdx(a));
});

test('emitting two separately built equal articles gives identical bytes', () => {
  assert.equal(articleToMdx(sample()), articleToMdx(structuredClone(sample())));
});

test('emitting does not change the article model', () => {
  const a = sample();
  const before = structuredClone(a);
  articleToMdx(a);
  assert.deepEqual(a, before);
});
