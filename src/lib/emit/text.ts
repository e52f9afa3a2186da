/** Plain-text helpers over the article model: what a reader would see, without markup. */
import type { Block } from '../parse/model.ts';
import { inlineText } from '../parse/text.ts';

/** The text of the first paragraph found depth-first in `blocks`, or null when there is none. */
export function firstParagraphText(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const text = collapseWhitespace(inlineText(block.children));
      if (text !== '') return text;
    } else if (block.type === 'note' || block.type === 'list') {
      const inner =
        block.type === 'note'
          ? firstParagraphText(block.children)
          : firstParagraphText(block.children.flatMap((item) => item.children));
      if (inner !== null) return inner;
    }
  }
  return null;
}

/** Runs of whitespace (tabs, no-break spaces, newlines) as one space, trimmed. */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * `value` cut to at most `max` characters at a word boundary, with `…` appended when cut.
 * Default `max`: 200.
 */
export function truncate(value: string, max = 200): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return head.replace(/[\s,;:.-]+$/, '') + '…';
}
