/** mdast → MDX text with mdast-util-to-markdown and the GFM, front-matter and MDX extensions. */
import type { Code, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type Options, type Unsafe } from 'mdast-util-to-markdown';
import type { Article } from '../parse/model.ts';
import { JSX_PER_LINE } from './components.ts';
import { showControls } from './controls.ts';
import { heading } from './fast-heading.ts';
import { root } from './fast-state.ts';
import { articleToMdast } from './to-mdast.ts';

/**
 * Lines MDX would read as ESM: `import`/`export` at the start of a line. The first letter is
 * encoded as a character reference (`&#x69;mport`), which renders as the letter.
 */
const esmUnsafe: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
];

/**
 * `www.` then domain characters then `<` (`www.<webservername>.com`, Q273913): Sätteri's GFM
 * autolink-literal scan swallows a `\\<` escape there and reads `<webservername>` as an unclosed JSX
 * tag. In such text `<` is written as the character reference `&#x3C;` instead, which it keeps.
 */
const text: Handle = (node: Text, _parent, state, info) => {
  const value = showControls(node.value);
  return state.safe(value, WWW_THEN_LT.test(value) ? { ...info, encode: ['<'] } : info);
};
const WWW_THEN_LT = /www\.[\w.-]*</i;

/** Text and code show control characters as their pictures (controls.ts): all article text on the page goes through these two. */
const code: Handle = (node: Code, parent, state, info) => defaultHandlers.code({ ...node, value: showControls(node.value) }, parent, state, info);

/**
 * Keeps lines under JSX_PER_LINE elements (components.ts): the JSX_PER_LINE-th `<KbRef>` of a
 * paragraph, and every one after that many more, is written with a line ending between its name and
 * its attributes: white space inside the tag, the same element, the same HTML. Table rows cannot
 * hold a line ending; blocks.ts keeps them under the bound.
 */
const jsxElement = mdxToMarkdown().extensions?.find((extension) => extension.handlers?.mdxJsxTextElement)?.handlers?.mdxJsxTextElement as Handle;
const elementsSeen = new WeakMap<object, number>();
const mdxJsxTextElement: Handle = (node: MdxJsxTextElement, parent, state, info) => {
  const value = jsxElement(node, parent, state, info);
  if (!parent || state.stack.includes('tableCell')) return value;
  const seen = (elementsSeen.get(parent) ?? 0) + 1;
  elementsSeen.set(parent, seen);
  return seen % JSX_PER_LINE === 0 ? value.replace(/^(<[^\s>/]+) /, '$1\n') : value;
};

/** Serializer options: fixed markers so output is stable, resource links (MDX has no autolinks). */
const baseOptions: Options = {
  extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown(), { unsafe: esmUnsafe }],
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  rule: '-',
  fence: '`',
  fences: true,
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
  resourceLink: true,
  incrementListMarker: true,
};

/** The options used: the base ones with the faster, equivalent `root` (tracker, `indentLines`, `safe`) and `heading` handlers. */
const options: Options = { ...baseOptions, handlers: { root, heading, text, code, mdxJsxTextElement } };

/** Serializer options without the speed-ups (for tests comparing the two). */
export const referenceOptions: Options = { ...baseOptions, handlers: { text, code, mdxJsxTextElement } };

/** MDX text of an mdast root (deterministic: same tree, same bytes). */
export function mdastToMdx(tree: Root): string {
  return toMarkdown(tree, options);
}

/** The MDX page of `article`: front matter, then the body (same article, same bytes). */
export function articleToMdx(article: Article): string {
  return mdastToMdx(articleToMdast(article));
}
