/** Paragraphs: wrapped source lines joined with single spaces, then the inline pass. */
import { parseSpans } from './inline.ts';
import type { Line } from './lines.ts';
import type { ParagraphNode } from './model.ts';

/** Make a paragraph from its lines (at least one). */
export function makeParagraph(lines: readonly Line[]): ParagraphNode {
  const spans = lines.map((l) => ({ text: l.text.trim(), line: l.number }));
  return { type: 'paragraph', children: parseSpans(spans), line: lines[0]?.number ?? 1 };
}
