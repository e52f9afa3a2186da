/**
 * Inputs far larger than any real article still parse. Apart from api.test.ts because it takes ~10 s:
 * the mutation run (stryker.config.mjs) leaves it out, as a mutant that only slows the parser down
 * is caught there by Stryker's own timeout.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleBodyText, parseArticle, words } from '../../../src/lib/parse/index.ts';

const tab = (lines: string[]): string => lines.map((l) => `\t${l}`).join('\n');
const jekyll = (body: string[]): string =>
  `---\nlayout: page\ntitle: "Q123: A Title"\n---\n\n## Q123: A Title\n\n${tab(['Article: Q123', 'Last Modified: 05-JUN-2002', '', ...body])}\n`;

test('parsing a 100,000-character line and a 10 MB input stays fast enough to finish', () => {
  const long = 'a@'.repeat(25_000) + 'Q1234 www.'.repeat(5_000);
  const { article } = parseArticle(jekyll([long]));
  assert.equal(words(articleBodyText(article)).length, words(long).length);
  const big = jekyll(Array.from({ length: 200_000 }, (_, i) => (i % 7 === 0 ? "" : `- item ${i} with some more words, see Q123456 and http://x.example.com/${i}`)));
  assert.ok(big.length > 10_000_000);
  assert.ok(parseArticle(big).article.preamble.length > 0);
});
