import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mdxProblem } from '../../../src/lib/import/mdx-check.ts';

const page = (body: string) => `---\nid: "Q1"\n---\n\n${body}\n`;

test('a page that compiles has no problem', () => {
  assert.equal(mdxProblem(page('Text with \\<escaped> brackets and <KbRef id="Q2">Q2</KbRef>.')), null);
});

test('an uncompilable page is reported with its page line', () => {
  // Sätteri's autolink scan swallows the escape after `www.` (why the emitter avoids writing this).
  const problem = mdxProblem(page('one\n\nfor example, www.\\<webservername>.com.'));
  assert.match(problem ?? '', /^7:\d+: .*webservername/);
});
