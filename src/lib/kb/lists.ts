/**
 * Bullet lists (`-`, `*`, `o`, `•`, `·`) and numbered steps (`1.`, `1)`,
 * `a.`, `a)`), with wrapped continuation lines (indented past the marker),
 * blocks inside items and nesting.
 */
import { parseBlocks } from './blocks.ts';
import { firstNonSpace, type Line } from './lines.ts';
import type { ListItemNode, ListNode } from './model.ts';

/** A list marker found at the start of a line. */
export interface Marker {
  /** The marker as written (`-`, `1.`, `a)`). */
  marker: string;
  ordered: boolean;
  /** Bullets: the character; ordered: `1.`, `1)`, `a.` or `a)` (the numbering style). */
  style: string;
  /** The item's number (`a` is 1); null for bullets. */
  value: number | null;
  /** Column of the marker. */
  indent: number;
  /** Column where the item's text starts. */
  textColumn: number;
  /** The text after the marker. */
  text: string;
}

const markerPattern = /^(\s*)([-*o•·]|\d{1,3}[.)]|[a-z][.)])([ \t]+)(\S.*)$/;

/** Whether a character can start a marker: `-`, `*`, `•`, `·`, a digit or a lower-case letter (a quick test before the pattern). */
function mayStartMarker(c: number): boolean {
  return c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/** Whether a line starts with a list marker followed by text. */
export function matchMarker(line: Line): Marker | null {
  if (!mayStartMarker(line.text.charCodeAt(firstNonSpace(line.text)))) return null;
  const m = markerPattern.exec(line.text);
  if (!m) return null;
  const marker = m[2] ?? '';
  const text = m[4] ?? '';
  const indent = line.indent;
  const textColumn = indent + marker.length + (m[3] ?? '').length;
  if (/^\d/.test(marker)) {
    return { marker, ordered: true, style: `1${marker.slice(-1)}`, value: Number(marker.slice(0, -1)), indent, textColumn, text };
  }
  if (marker.length === 2) {
    return { marker, ordered: true, style: `a${marker.slice(-1)}`, value: marker.charCodeAt(0) - 96, indent, textColumn, text };
  }
  // `o` is a bullet only when followed by a capital, a digit or a quote, not in prose like `o clock`.
  if (marker === 'o' && !/^[A-Z0-9"'(]/.test(text)) return null;
  return { marker, ordered: false, style: marker, value: null, indent, textColumn, text };
}

/** Whether `next` continues the list that `first` started (same style, same column ±1). */
function isSibling(first: Marker, next: Marker | null): next is Marker {
  return next !== null && next.style === first.style && Math.abs(next.indent - first.indent) <= 1;
}

/** Read a list whose first marker is at `start` (`depth`: nesting of the list, default 0); returns the node and the index after it. */
export function readList(lines: readonly Line[], start: number, depth = 0): { node: ListNode; end: number } {
  const firstLine = lines[start];
  const first = firstLine ? matchMarker(firstLine) : null;
  if (!firstLine || !first) throw new Error('readList called without a marker');
  const items: ListItemNode[] = [];
  let i = start;
  let end = start;
  while (i < lines.length) {
    const line = lines[i];
    const marker = line ? matchMarker(line) : null;
    if (!line || !isSibling(first, marker)) break;
    const itemLines: Line[] = [{ number: line.number, text: ' '.repeat(marker.textColumn) + marker.text, indent: marker.textColumn, blank: false }];
    let k = i + 1;
    let last = i;
    while (k < lines.length) {
      const next = lines[k];
      if (!next) break;
      if (next.blank) {
        k++;
        continue;
      }
      if (isSibling(first, matchMarker(next)) || next.indent <= marker.indent) break;
      last = k;
      k++;
    }
    for (let j = i + 1; j <= last; j++) {
      const l = lines[j];
      if (l) itemLines.push(l);
    }
    items.push({ type: 'listItem', marker: marker.marker, children: parseBlocks(itemLines, marker.textColumn, depth + 1), line: line.number });
    end = last + 1;
    i = end;
    while (i < lines.length && lines[i]?.blank) i++;
  }
  return { node: { type: 'list', ordered: first.ordered, start: first.value, children: items, line: firstLine.number }, end };
}
