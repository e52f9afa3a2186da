/**
 * Every sample article of the corpus → parse → emit → compiles with Astro's own MDX processor
 * (Sätteri) and with @mdx-js/mdx, renders every paragraph's words and every lettered or roman list
 * with its letters, and re-emits byte-identically.
 * Skipped with a message when ../shared/corpus is absent.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Article, Block } from '../../src/lib/parse/model.ts';
import { parseArticle, sectionsInOrder } from '../../src/lib/parse/index.ts';
import { articleToMdx } from '../../src/lib/emit/index.ts';
import { articleSchema } from '../../src/lib/page-format/schema.ts';
import { corpusArticles, corpusSkipReason } from '../helpers/corpus.ts';
import { compileWithAstro, remarkYaml, renderWithSatteri, textOf } from '../unit/emit/render.ts';

const skip = corpusSkipReason();

/** Whitespace runs as one space, so rendered and model text compare regardless of line breaks. */
const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** The `type` (and `start` when not 1) of every lettered or roman list of `article`, in page order, as the page's `<ol>` must carry them. */
function typedLists(article: Article): string[] {
  const out: string[] = [];
  const blocks = (nodes: readonly Block[]): void => {
    for (const node of nodes) {
      if (node.type === 'note') blocks(node.children);
      else if (node.type === 'list') {
        if (node.numbering) out.push(`<ol type="${node.numbering}"${node.start !== null && node.start !== 1 ? ` start="${node.start}"` : ''}>`);
        for (const item of node.children) blocks(item.children);
      }
    }
  };
  blocks(article.preamble);
  for (const section of sectionsInOrder(article.sections)) blocks(section.children);
  return out;
}

/** The text of every paragraph of `article` (what must show on the page, word for word). */
function paragraphs(article: Article): string[] {
  const out: string[] = [];
  const blocks = (nodes: readonly Block[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph') out.push(squash(node.children.map((c) => c.value).join('')));
      else if (node.type === 'note') blocks(node.children);
      else if (node.type === 'list') for (const item of node.children) blocks(item.children);
    }
  };
  blocks(article.preamble);
  for (const section of sectionsInOrder(article.sections)) blocks(section.children);
  return out.filter((text) => text !== '');
}

test('every corpus article emits MDX that compiles with both compilers, fits the site schema, shows its text and letters and is deterministic', { skip, timeout: 600_000 }, async (t) => {
  const files = await corpusArticles();
  const failures: string[] = [];
  const timing = { parse: 0, emit: 0, astro: 0, satteri: 0, mdxJs: 0 };
  const fail = (file: string, what: string, error?: unknown) =>
    failures.push(`${file}: ${what}${error ? `: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` : ''}`);

  for (const file of files) {
    let at = performance.now();
    const bytes = await readFile(file);
    let article: Article;
    try {
      article = parseArticle(bytes, { file }).article;
    } catch (error) {
      fail(file, 'parse failed', error);
      continue;
    }
    timing.parse += performance.now() - at;
    at = performance.now();
    const mdx = articleToMdx(article);
    timing.emit += performance.now() - at;
    if (articleToMdx(article) !== mdx) fail(file, 'second emit differs');

    at = performance.now();
    try {
      const { frontmatter } = await compileWithAstro(mdx);
      const checked = articleSchema.safeParse(frontmatter);
      if (!checked.success) fail(file, `front matter fails the site schema: ${JSON.stringify(checked.error.issues[0])}`);
    } catch (error) {
      fail(file, "Astro's MDX processor failed", error);
    }
    timing.astro += performance.now() - at;

    at = performance.now();
    try {
      const html = renderWithSatteri(mdx);
      const shown = squash(textOf(html));
      const missing = paragraphs(article).find((text) => !shown.includes(text));
      if (missing !== undefined) fail(file, `Sätteri rendering lacks ${JSON.stringify(missing.slice(0, 80))}`);
      // Lettered and roman lists keep their letters: each is an `<ol>` of its type, in order.
      const typed = typedLists(article);
      const rendered = html.match(/<ol type="[^"]*"(?: start="\d+")?>/g) ?? [];
      if (typed.join() !== rendered.join()) fail(file, `lettered lists render as ${rendered.join(' ') || 'none'}, expected ${typed.join(' ')}`);
    } catch (error) {
      fail(file, 'Sätteri evaluation failed', error);
    }
    timing.satteri += performance.now() - at;

    at = performance.now();
    try {
      await compile(mdx, { remarkPlugins: [remarkYaml, remarkGfm] });
    } catch (error) {
      fail(file, '@mdx-js/mdx failed', error);
    }
    timing.mdxJs += performance.now() - at;
  }

  const ms = (value: number) => `${(value / 1000).toFixed(1)} s`;
  t.diagnostic(
    `${files.length} articles; parse ${ms(timing.parse)}, emit ${ms(timing.emit)} (${Math.round(files.length / (timing.emit / 1000))} articles/s), ` +
      `Astro/Sätteri compile ${ms(timing.astro)}, Sätteri render ${ms(timing.satteri)}, @mdx-js/mdx compile ${ms(timing.mdxJs)}`,
  );
  assert.ok(files.length > 0, 'the corpus has articles');
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${files.length} articles failed`);
});
