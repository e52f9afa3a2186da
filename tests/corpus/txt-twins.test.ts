/**
 * The 200 `.TXT` articles of the corpus agree with their Jekyll twins: same
 * id, title, metadata and body words (the `.TXT` disclaimer aside), and the
 * same tree.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { articleBodyText, parseArticle, words, type Article } from '../../src/lib/parse/index.ts';
import { corpusSkip, jekyllTwinPath, listTxtArticles } from '../helpers/corpus.ts';

const twins = listTxtArticles().map((txt) => ({
  id: txt.id,
  txt: parseArticle(readFileSync(txt.path), { file: txt.path }).article,
  jekyll: parseArticle(readFileSync(jekyllTwinPath(txt)), { file: jekyllTwinPath(txt) }).article,
}));

/** The metadata both forms must agree on. */
function metadata(a: Article): unknown {
  return {
    id: a.id,
    number: a.number,
    title: a.title,
    products: a.products,
    versions: a.versions,
    operatingSystems: a.operatingSystems,
    keywords: a.keywords,
    lastModified: a.lastModified,
    appliesTo: a.appliesTo,
    technology: a.technology,
    issueType: a.issueType,
    solutionType: a.solutionType,
    additionalQueryWords: a.additionalQueryWords,
  };
}

/** The tree without line numbers (the forms' headers differ in length). */
function shape(a: Article): unknown {
  return JSON.parse(JSON.stringify({ preamble: a.preamble, sections: a.sections }, (k, v: unknown) => (k === 'line' ? undefined : v)));
}

test('there are 200 .TXT twins in the corpus', { skip: corpusSkip }, () => {
  assert.equal(twins.length, 200);
});

test('every .TXT twin has the same id, title and metadata as its Jekyll twin', { skip: corpusSkip }, () => {
  const differ = twins.filter((t) => JSON.stringify(metadata(t.txt)) !== JSON.stringify(metadata(t.jekyll))).map((t) => t.id);
  assert.deepEqual(differ, []);
  for (const t of twins) assert.deepEqual(metadata(t.txt), metadata(t.jekyll), t.id);
});

test('every .TXT twin has the same body words as its Jekyll twin, disclaimer aside', { skip: corpusSkip }, () => {
  const differ: string[] = [];
  for (const t of twins) {
    const txt = words(articleBodyText({ ...t.txt, disclaimer: null })).join(' ');
    const jekyll = words(articleBodyText(t.jekyll)).join(' ');
    if (txt !== jekyll) differ.push(t.id);
  }
  assert.deepEqual(differ, []);
});

test('every .TXT twin has a disclaimer and its product code', { skip: corpusSkip }, () => {
  const missing = twins.filter((t) => !t.txt.disclaimer || t.txt.productCode === null).map((t) => t.id);
  assert.deepEqual(missing, []);
  assert.ok(twins.every((t) => t.jekyll.disclaimer === null && t.jekyll.productCode === null));
});

test('every .TXT twin gives the same tree as its Jekyll twin, line numbers aside', { skip: corpusSkip }, () => {
  const differ = twins.filter((t) => JSON.stringify(shape(t.txt)) !== JSON.stringify(shape(t.jekyll))).map((t) => t.id);
  assert.deepEqual(differ, []);
});
