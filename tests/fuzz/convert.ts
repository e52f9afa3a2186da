/**
 * The fuzz oracle: parse then emit one source, as the importer does. Only `KbSourceError` may stop an
 * article; any other throw is a bug. A page that comes out must compile with Sätteri (Astro's MDX
 * compiler) and with @mdx-js/mdx.
 */
import { KbSourceError, parseArticle } from '../../src/lib/parse/index.ts';
import { articleToMdx } from '../../src/lib/emit/index.ts';
import { compileWithAstro, renderWithMdxJs } from '../unit/emit/render.ts';

/** What one source gave: a page, or the rule of the `KbSourceError` that refused it. */
export type Outcome = { mdx: string } | { refused: string };

/** Parses and emits `input`; rethrows anything but a `KbSourceError`. */
export function convert(input: string | Uint8Array): Outcome {
  try {
    return { mdx: articleToMdx(parseArticle(input, { file: 'fuzz.md' }).article) };
  } catch (error) {
    if (error instanceof KbSourceError) return { refused: error.rule };
    throw error;
  }
}

/**
 * Pages above this size are compiled by Sätteri only: @mdx-js/mdx (micromark) grows faster than
 * linearly on huge paragraphs (a 1 MB line takes minutes) and is not what the site builds with.
 */
export const mdxJsLimit = 200_000;

/** Compiles `mdx` with Sätteri (as Astro does) and @mdx-js/mdx (up to `mdxJsLimit`); rejects with the page attached when one fails. */
export async function assertCompiles(mdx: string): Promise<void> {
  try {
    await compileWithAstro(mdx);
    if (mdx.length <= mdxJsLimit) await renderWithMdxJs(mdx);
  } catch (error) {
    throw new Error(`emitted MDX does not compile: ${(error as Error).message}\n--- page ---\n${mdx.slice(0, 4000)}`);
  }
}
