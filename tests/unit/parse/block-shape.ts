/**
 * Blocks written as short strings, so a test states the parse of a few lines in one readable value:
 * `p: text`, `pre(kind): value`, `rule`, `table: a | b / c | d`, `refs: Q1 Q2`, and for lists and
 * notes `{ 'ol 1. start 1': [[...item blocks], …] }` / `{ 'note NOTE': [...] }`.
 */
import { parseBlocks } from '../../../src/lib/parse/blocks.ts';
import { makeLine } from '../../../src/lib/parse/lines.ts';
import type { Block } from '../../../src/lib/parse/model.ts';
import { inlineText } from '../../../src/lib/parse/text.ts';

export type Shape = string | { [head: string]: Shape[] | Shape[][] };

/** One block as a short value (see the file comment). */
export function shapeOf(block: Block): Shape {
  switch (block.type) {
    case 'paragraph':
      return `p: ${inlineText(block.children)}`;
    case 'preformatted':
      return `pre(${block.kind}): ${block.value}`;
    case 'rule':
      return 'rule';
    case 'table':
      return `table${block.header ? ' (header)' : ''}: ${block.children.map((r) => r.children.map((c) => inlineText(c.children)).join(' | ')).join(' / ')}`;
    case 'referenceList':
      return `refs: ${block.children.map((r) => r.id).join(' ')}`;
    case 'note':
      return { [`note ${block.label}`]: block.children.map(shapeOf) };
    case 'list': {
      const head = block.ordered ? `ol ${block.numbering ?? '1'} start ${block.start}` : 'ul';
      return { [head]: block.children.map((item) => [`${item.marker}`, ...item.children.map(shapeOf)]) };
    }
  }
}

/** The blocks of body lines `texts` (numbered from 1), each as a short value. */
export function shapes(texts: readonly string[], base = 0, depth = 0): Shape[] {
  return parseBlocks(texts.map((t, i) => makeLine(i + 1, t)), base, depth).map(shapeOf);
}
