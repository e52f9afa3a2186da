/** The public API of src/lib/emit is exactly what index.ts documents. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as mdx from '../../../src/lib/emit/index.ts';

test('the mdx module exports exactly its public API', () => {
  assert.deepEqual(Object.keys(mdx).sort(), [
    'KB_NOTE',
    'KB_REF',
    'articleToMdast',
    'articleToMdx',
    'frontmatterOf',
    'mdastToMdx',
    'referencesOf',
    'summaryOf',
    'tableOfContents',
  ]);
});

test('articleToMdast returns a root whose first child is the YAML front matter', () => {
  const tree = mdx.articleToMdast({
    type: 'article', id: 'Q1', number: 1, title: 't', products: [], versions: [], operatingSystems: [], keywords: [],
    lastModified: null, appliesTo: [], technology: [], issueType: null, solutionType: null, additionalQueryWords: [],
    productCode: null, disclaimer: null, form: 'jekyll', preamble: [], sections: [], line: 1,
  });
  assert.equal(tree.type, 'root');
  assert.equal(tree.children[0]?.type, 'yaml');
});
