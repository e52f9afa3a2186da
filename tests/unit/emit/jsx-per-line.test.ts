/**
 * A paragraph of thousands of article mentions is written with at most JSX_PER_LINE elements on a
 * line (Sätteri parses a line of n elements in n² time), the break inside a tag, so the page renders
 * exactly as the same page on one line; a table row, which cannot be broken, writes the mentions past
 * the bound as text. Real pages are unchanged: none has that many on a line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleToMdx } from '../../../src/lib/emit/index.ts';
import { JSX_PER_LINE } from '../../../src/lib/emit/components.ts';
import type { TableNode } from '../../../src/lib/parse/model.ts';
import { body, paragraph, ref } from './build.ts';
import { renderWithMdxJs, renderWithSatteri } from './render.ts';

/** The most `<KbRef` openings on one line of `mdx`. */
const mostPerLine = (mdx: string) => Math.max(...mdx.split('\n').map((line) => line.split('<KbRef').length - 1));

test('a paragraph of 1,000 mentions is written under the bound per line and renders as on one line', async () => {
  const mentions = Array.from({ length: 1000 }, (_, i) => [ref(`Q${100000 + i}`), i % 3 === 0 ? ', ' : ' and '] as const).flat();
  const mdx = articleToMdx(body(paragraph('See ', ...mentions, 'the end.')));
  assert.ok(mostPerLine(mdx) <= JSX_PER_LINE, `${mostPerLine(mdx)} elements on one line`);
  const oneLine = mdx.replace(/<KbRef\n\s*/g, '<KbRef ');
  assert.notEqual(oneLine, mdx, 'some tags were broken');
  assert.equal(mostPerLine(oneLine), 1000);
  assert.equal(renderWithSatteri(mdx), renderWithSatteri(oneLine));
  assert.equal(await renderWithMdxJs(mdx), await renderWithMdxJs(oneLine));
});

test('a table row of 600 mentions keeps the bound by writing the mentions past it as text', () => {
  const cell = (n: number) => ({ type: 'tableCell' as const, children: Array.from({ length: n }, (_, i) => [ref(`Q${200000 + i}`), { type: 'text' as const, value: ' ', line: 1 }]).flat(), line: 1 });
  const table: TableNode = { type: 'table', header: true, children: [{ type: 'tableRow', children: [cell(1), cell(1)], line: 1 }, { type: 'tableRow', children: [cell(300), cell(300)], line: 1 }], line: 1 } as TableNode;
  const mdx = articleToMdx(body(table));
  assert.equal(mostPerLine(mdx), JSX_PER_LINE);
  const html = renderWithSatteri(mdx);
  assert.equal(html.split('<kb-ref').length - 1, 2 + JSX_PER_LINE);
  for (const id of ['Q200000', 'Q200299']) assert.ok(html.split(id).length - 1 >= 2, `${id} is shown in both cells`);
});
