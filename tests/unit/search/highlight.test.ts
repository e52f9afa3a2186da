import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordTerms, words } from '../../../src/lib/search/engine/tokenize.ts';
import { pageMatcher } from '../../../src/lib/search/highlight.ts';

/** The words of `text` that `query` marks on a page holding exactly `text`. */
function marked(query: string, text: string): string[] {
  const terms = new Set(words(text).flatMap((word) => wordTerms(word.text)));
  const matches = pageMatcher(query, terms);
  return matches ? words(text).filter((word) => matches(word.text)).map((word) => word.text) : [];
}

test('a word marks its other forms, as the index matched them', () => {
  assert.deepEqual(marked('install', 'Installing SMS: run the installation.'), ['Installing', 'installation']);
  assert.deepEqual(marked('installing', 'Install it, then installs; installed setups.'), ['Install', 'installs', 'installed']);
});

test('a file name marks itself whole, not every page word sharing a part', () => {
  assert.deepEqual(marked('compver.ini', 'Edit compver.ini, not the other ini file.'), ['compver.ini']);
});

test('a compound the page lacks whole marks its parts', () => {
  assert.deepEqual(marked('W95to98.inf', 'The w95to98 folder holds an inf file.'), ['w95to98', 'inf']);
});

test('stop words are not marked unless the query has nothing else', () => {
  assert.deepEqual(marked('the CD Patch tool', 'Use the CD Patch tool.'), ['CD', 'Patch', 'tool']);
  assert.deepEqual(marked('the', 'Use the tool.'), ['the']);
});

test('an incomplete last word marks the page words it begins', () => {
  assert.deepEqual(marked('SMS compo', 'SMS component versions and components.'), ['SMS', 'component', 'components']);
  assert.deepEqual(marked('SMS componen', 'SMS component versions and components.'), ['SMS', 'component', 'components']);
});

test('an id query marks the id as written in the page', () => {
  assert.deepEqual(marked('Q266130', 'Q266130: SMS: Component Versions'), ['Q266130']);
});

test('a query with no word on the page marks nothing', () => {
  assert.deepEqual(marked('zyxwvutsrq', 'SMS 2.0'), []);
  assert.deepEqual(marked('', 'SMS 2.0'), []);
});
