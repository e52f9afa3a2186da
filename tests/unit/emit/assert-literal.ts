/** Test helper: an article's page compiles with every compiler and shows the expected text verbatim. */
import assert from 'node:assert/strict';
import type { Article } from '../../../src/lib/parse/model.ts';
import { articleToMdx } from '../../../src/lib/emit/index.ts';
import { compileWithAstro, renderWithMdxJs, renderWithSatteri, textOf } from './render.ts';

/**
 * Emits `article`, compiles it with Astro's MDX processor, renders it with Sätteri and with
 * @mdx-js/mdx, and asserts each rendering's text contains every string of `expected` literally.
 * Returns the MDX and the two HTML renderings for further checks.
 */
export async function assertShowsLiterally(
  article: Article,
  ...expected: string[]
): Promise<{ mdx: string; satteri: string; mdxJs: string }> {
  const mdx = articleToMdx(article);
  await compileWithAstro(mdx);
  const satteri = renderWithSatteri(mdx);
  const mdxJs = await renderWithMdxJs(mdx);
  for (const [name, html] of [['Sätteri', satteri], ['@mdx-js/mdx', mdxJs]] as const) {
    const text = textOf(html);
    for (const value of expected) {
      assert.ok(text.includes(value), `${name} shows ${JSON.stringify(value)}\nMDX:\n${mdx}\ntext:\n${text}`);
    }
  }
  return { mdx, satteri, mdxJs };
}
