/**
 * The trailer (`Additional query words:`, a `====` rule, `Label : value` fields, a closing rule) is
 * metadata, never a section: not even when the query-words line is about as long as the rule under
 * it, which is exactly the shape of an underlined heading. The fixture `trailer-not-heading` has a
 * short query-words line, so these tests give it every length the heading rule accepts (±2).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blocksText, parseArticle, words } from '../../../src/lib/parse/index.ts';

const RULE = '='.repeat(70);
const fields = ['Keywords          : kbexample', 'Technology        : kbExample kbSample', 'Issue type        : kbprb', 'Solution Type     : kbpending'];

/** An article (either form) with one section, then the trailer with a query-words line of `length` characters. */
function withQueryWords(length: number, form: 'jekyll' | 'txt'): { source: string; queryWords: string[] } {
  const head = 'Additional query words: kbexample ';
  const queryWords = ['kbexample', 'x'.repeat(length - head.length)];
  const line = `${head}${queryWords[1]}`;
  const body = ['SUMMARY', '=======', '', 'Body text.', '', line, RULE, ...fields, '', '='.repeat(77)];
  if (form === 'txt') {
    const source = ['DOCUMENT:Q123456  05-JUN-2002  [example]', 'TITLE   :A Title', 'PRODUCT :Microsoft Example', 'PROD/VER:1.0', 'OPER/SYS:', 'KEYWORDS:kbexample', '', RULE, ...body, '', 'THE INFORMATION PROVIDED IN THE MICROSOFT KNOWLEDGE BASE IS PROVIDED "AS IS".', ''].join('\r\n');
    return { source, queryWords };
  }
  const source = `---\nlayout: page\ntitle: "Q123: A Title"\n---\n\n## Q123: A Title\n\n${['Article: Q123', 'Last Modified: 05-JUN-2002', '', ...body].map((l) => `\t${l}`).join('\n')}\n`;
  return { source, queryWords };
}

for (const form of ['jekyll', 'txt'] as const) {
  test(`a ${form} query-words line as long as the trailer rule (±2) stays metadata, not a heading`, () => {
    for (let length = RULE.length - 3; length <= RULE.length + 3; length++) {
      const { source, queryWords } = withQueryWords(length, form);
      const { article } = parseArticle(source, { form });
      const at = `query-words line of ${length} characters under a ${RULE.length}-character rule`;
      assert.deepEqual(article.sections.map((s) => s.title), ['SUMMARY'], at);
      assert.deepEqual(article.additionalQueryWords, queryWords, at);
      assert.deepEqual(article.technology, ['kbExample', 'kbSample'], at);
      assert.equal(article.issueType, 'kbprb', at);
      assert.deepEqual(article.trailerFields?.map((f) => f.label), ['Keywords', 'Technology', 'Issue type', 'Solution Type'], at);
      // The section holds its own text only: the trailer is not body text.
      assert.deepEqual(article.sections.flatMap((s) => words(blocksText(s.children).join('\n'))), ['body', 'text'], at);
    }
  });
}
