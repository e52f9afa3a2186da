/**
 * Where each leaf block of a parsed article came from: the model gives every block its first
 * source line; a leaf's span runs to the line before the next leaf (blank lines dropped), the last
 * one to the trailer. The audit's rules compare a leaf's output kind with the layout of its lines.
 */
import type { Article, Block, ListNode } from '../../src/lib/parse/index.ts';
import { sectionsInOrder } from '../../src/lib/parse/index.ts';

/** A block that holds no other block, with the lists it sits in (innermost last). */
export interface Leaf {
  block: Exclude<Block, { type: 'list' } | { type: 'note' }> | { type: 'heading'; line: number };
  lists: ListNode[];
  /** Whether the leaf is the first block of a list item (its line is the item's marker line). */
  itemStart: boolean;
  /** Source line numbers of the leaf's non-blank lines. */
  lines: number[];
}

/** The leaves of `article` in source order, each with its span (`text(n)`: source line n, tab prefix removed). */
export function leavesOf(article: Article, text: (n: number) => string | undefined, bodyEnd: number): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (blocks: readonly Block[], lists: ListNode[], itemStart: boolean): void => {
    blocks.forEach((block, i) => {
      const first = itemStart && i === 0;
      if (block.type === 'list') {
        for (const item of block.children) visit(item.children, [...lists, block], true);
      } else if (block.type === 'note') visit(block.children, lists, first);
      else leaves.push({ block, lists, itemStart: first, lines: [] });
    });
  };
  visit(article.preamble, [], false);
  for (const section of sectionsInOrder(article.sections)) {
    leaves.push({ block: { type: 'heading', line: section.line }, lists: [], itemStart: false, lines: [] });
    visit(section.children, [], false);
  }
  leaves.sort((a, b) => a.block.line - b.block.line);
  leaves.forEach((leaf, i) => {
    const end = leaves[i + 1]?.block.line ?? bodyEnd;
    for (let n = leaf.block.line; n < end; n++) if ((text(n) ?? '').trim() !== '') leaf.lines.push(n);
  });
  return leaves;
}
