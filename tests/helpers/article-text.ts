/**
 * The text of a built site's article pages as Pagefind indexes it: the `data-pagefind-body` parts
 * without their `data-pagefind-ignore` parts, with the title from `data-pagefind-meta="title"`.
 * Engine-neutral ground truth for the query sets (tests/corpus/generated-queries.ts).
 */
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { findArticlePages } from '../../src/lib/search/indexer/article-pages.ts';

/** One article as indexed. */
export interface ArticleText {
  id: string;
  title: string;
  /** Body text, words separated by single spaces. */
  text: string;
}

/** Elements that never hold text (so their content is not counted). */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The indexed text of one page's HTML. */
export function articleText(html: string): { title: string; text: string } {
  const stack: Array<{ body: boolean; ignore: boolean; title: boolean }> = [];
  const parts: string[] = [];
  let title = '';
  const top = () => stack[stack.length - 1] ?? { body: false, ignore: false, title: false };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = top();
        const frame = {
          body: parent.body || 'data-pagefind-body' in attribs,
          ignore: parent.ignore || 'data-pagefind-ignore' in attribs || name === 'script' || name === 'style',
          title: attribs['data-pagefind-meta'] === 'title',
        };
        if (!voidElements.has(name)) stack.push(frame);
        // Block edges separate words, as Pagefind separates them.
        parts.push(' ');
      },
      ontext(text) {
        const frame = top();
        if (frame.title) title += text;
        if (frame.body && !frame.ignore) parts.push(text);
      },
      onclosetag(name) {
        if (!voidElements.has(name)) stack.pop();
        parts.push(' ');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { title: title.trim(), text: parts.join('').replace(/\s+/g, ' ').trim() };
}

/** Every article page of the built site in `siteDir`, with its indexed text (absent-article pages left out). */
export function readArticleTexts(siteDir: string): ArticleText[] {
  const out: ArticleText[] = [];
  for (const page of findArticlePages(siteDir)) {
    const html = readFileSync(page.file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    out.push({ id: `Q${page.number}`, ...articleText(html) });
  }
  return out;
}
