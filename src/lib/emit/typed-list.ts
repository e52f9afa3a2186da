/**
 * Lettered and roman lists (`a.`, `A.`, `i.`, `I.`) as JSX `<ol type="a" start="2">`: Markdown lists
 * only count with numbers, and both MDX compilers (Sätteri and @mdx-js/mdx) pass an `ol` element
 * with its `type` to the page, so the reader sees the article's own letters.
 *
 * An item holding one paragraph is written on one line, `<li>text</li>`: both compilers then give
 * an `li` without a `<p>`, as a tight Markdown list does. An item holding more (a nested list, a
 * note, code) is a block `<li>` whose content is Markdown.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Block, ListNode, ListNumbering } from '../parse/model.ts';
import type { Flow } from './blocks.ts';
import { phrasing } from './inlines.ts';

/** A string-valued JSX attribute. */
function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** `<ol type={numbering} [start]>` holding the list's items (`flow`: the block converter, passed in to avoid an import cycle). */
export function typedList(node: ListNode, numbering: ListNumbering, flow: (blocks: readonly Block[]) => Flow[]): MdxJsxFlowElement {
  const attributes = [attribute('type', numbering)];
  if (node.start !== null && node.start !== 1) attributes.push(attribute('start', String(node.start)));
  const children: Flow[] = [];
  // Consecutive one-paragraph items share one paragraph of `<li>` elements, one per line.
  let line: Paragraph | null = null;
  for (const item of node.children) {
    const only = item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : null;
    if (only && only.type === 'paragraph') {
      const li: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'li', attributes: [], children: phrasing(only.children) };
      if (line) line.children.push({ type: 'text', value: '\n' }, li);
      else children.push((line = { type: 'paragraph', children: [li] as PhrasingContent[] }));
      continue;
    }
    line = null;
    children.push({ type: 'mdxJsxFlowElement', name: 'li', attributes: [], children: flow(item.children) as MdxJsxFlowElement['children'] });
  }
  return { type: 'mdxJsxFlowElement', name: 'ol', attributes, children: children as MdxJsxFlowElement['children'] };
}
