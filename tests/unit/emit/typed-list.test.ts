/** Lettered and roman lists render with their own letters in both MDX compilers (an `<ol>` of that type). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseArticle } from '../../../src/lib/parse/index.ts';
import { articleToMdx } from '../../../src/lib/emit/index.ts';
import { renderWithMdxJs, renderWithSatteri } from './render.ts';

const source = readFileSync(new URL('../../fixtures/constructs/lettered-steps/input.md', import.meta.url));
const mdx = articleToMdx(parseArticle(source).article);

for (const [name, render] of [['Sätteri', async (m: string) => renderWithSatteri(m)], ['@mdx-js/mdx', renderWithMdxJs]] as const) {
  test(`lettered, capital and roman lists render as <ol> of their type with ${name}`, async () => {
    const html = await render(mdx);
    assert.deepEqual(html.match(/<ol type="[^"]*"(?: start="\d+")?>/g), ['<ol type="a">', '<ol type="A">', '<ol type="i">', '<ol type="I" start="4">']);
    assert.match(html, /<ol type="a"><li>Click Repair to replace the missing files\.<\/li><li><p>Click Reinstall, and then type the path to the original files\.<\/p><kb-note [^>]*><p>Reinstall overwrites your settings\.<\/p><\/kb-note><\/li><li>Click Remove\.<\/li><\/ol>/);
    assert.match(html, /<ol type="I" start="4"><li>Fourth part, written as the source numbers it\.<\/li><li>Fifth part\.<\/li><\/ol>/);
  });
}

test('a question and its answer (Q. / A.) are not a lettered list', async () => {
  assert.match(renderWithSatteri(mdx), /<p>Q\. How do I remove the program\? A\. Run Setup and click Remove\.<\/p>/);
});
