/**
 * Bullet lists (`-`, `*`, `o`, `•`, `·`) and ordered steps — numbered (`1.`, `1)`), lettered
 * (`a.`, `b)`, `A.`) or roman (`i.`, `ii.`, `IV)`) — with wrapped continuation lines (indented past
 * the marker), blocks inside items and nesting.
 *
 * An ordered list keeps the kind of marker the article used (`numbering`). A list starting with `i`
 * or `I` whose next item is `ii`/`II` is roman; other letters count as letters. Capital letters and
 * roman numerals (`Q.`/`A.` of a question and answer, `I.` of a name) only start a list when the
 * next item follows in sequence (`A.` then `B.`).
 *
 * A line that starts with a number or a letter and a period is not a step when it continues the
 * sentence of the line above: that line is long (the number did not fit on it) and ends in a letter,
 * a digit or a comma (`… Microsoft Windows` / `95. The …`), unless it is the next step.
 */
import { parseBlocks } from './blocks.ts';
import { firstNonSpace, isRuleText, type Line } from './lines.ts';
import { isMachineOutput } from './machine-output.ts';
import type { ListItemNode, ListNode, ListNumbering } from './model.ts';
import { isProseLine, isStatement } from './program-lines.ts';

/** A list marker found at the start of a line. */
export interface Marker {
  /** The marker as written (`-`, `1.`, `a)`, `iv.`). */
  marker: string;
  ordered: boolean;
  /**
   * Bullets: the character; ordered: the kind and its punctuation — `1.`, `a.` (lower-case
   * letter), `A.`, `i.` (roman numeral of 2+ letters), `I.`, each also with `)`.
   */
  style: string;
  /** The item's number (`a` is 1, `iv` is 4); null for bullets. */
  value: number | null;
  /** Column of the marker. */
  indent: number;
  /** Column where the item's text starts. */
  textColumn: number;
  /** The text after the marker. */
  text: string;
}

const markerPattern = /^(\s*)([-*o•·]|\d{1,3}[.)]|[a-zA-Z][.)]|(?:[ivxlc]{2,6}|[IVXLC]{2,6})[.)])([ \t]+)(\S.*)$/;
const romanPattern = /^(?:c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i;
const romanDigits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Whether a character can start a marker: `-`, `*`, `•`, `·`, a digit or a letter (a quick test before the pattern). */
function mayStartMarker(c: number): boolean {
  return c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The value of a roman numeral (`iv` → 4), or null when it is not one. */
export function romanValue(text: string): number | null {
  if (text === '' || !romanPattern.test(text)) return null;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = romanDigits[text[i]!.toLowerCase()]!;
    const next = romanDigits[text[i + 1]?.toLowerCase() ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return value;
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
  const mark = marker.slice(0, -1);
  const punctuation = marker.slice(-1);
  if (/^\d/.test(marker)) {
    return { marker, ordered: true, style: `1${punctuation}`, value: Number(mark), indent, textColumn, text };
  }
  if (mark.length > 1) {
    const value = romanValue(mark);
    if (value === null) return null;
    return { marker, ordered: true, style: `${mark === mark.toLowerCase() ? 'i' : 'I'}${punctuation}`, value, indent, textColumn, text };
  }
  if (marker.length === 2) {
    const lower = mark === mark.toLowerCase();
    return { marker, ordered: true, style: `${lower ? 'a' : 'A'}${punctuation}`, value: mark.toLowerCase().charCodeAt(0) - 96, indent, textColumn, text };
  }
  // `o` is a bullet only when followed by a capital, a digit or a quote, not in prose like `o clock`.
  if (marker === 'o' && !/^[A-Z0-9"'(]/.test(text)) return null;
  return { marker, ordered: false, style: marker, value: null, indent, textColumn, text };
}

/** How a list's items count, decided by its first item and the one after it. */
interface Counting {
  numbering: ListNumbering | null;
  /** The item's value in this list, or null when the marker does not belong to it. */
  valueOf: (marker: Marker) => number | null;
}

/** The counting of a list whose first marker is `first` and whose next marker (if any) is `second`. */
function countingOf(first: Marker, second: Marker | null): Counting {
  const kind = first.style[0]!;
  const romanStart = first.marker.length === 2 && (kind === 'a' || kind === 'A') && /^[iI]$/.test(first.marker[0]!) && second !== null && sameCaseRoman(first, second) && romanValue(second.marker.slice(0, -1)) === 2;
  if (kind === 'i' || kind === 'I' || romanStart) {
    return { numbering: kind === 'a' || kind === 'i' ? 'i' : 'I', valueOf: (m) => (sameCaseRoman(first, m) ? romanValue(m.marker.slice(0, -1)) : null) };
  }
  const valueOf = (m: Marker): number | null => (m.style === first.style ? m.value : null);
  return { numbering: kind === 'a' || kind === 'A' ? kind : null, valueOf };
}

/** Whether `m` is a roman numeral marker of the same case and punctuation as `first`. */
function sameCaseRoman(first: Marker, m: Marker): boolean {
  const mark = m.marker.slice(0, -1);
  if (!m.ordered || m.marker.slice(-1) !== first.marker.slice(-1) || /^\d/.test(mark)) return false;
  const lower = first.marker === first.marker.toLowerCase();
  return (mark === mark.toLowerCase()) === lower && romanValue(mark) !== null;
}

/** Whether `next` continues the list that `first` started (same kind, same column ±1). */
function isSibling(first: Marker, counting: Counting, next: Marker | null): next is Marker {
  return next !== null && next.ordered === first.ordered && Math.abs(next.indent - first.indent) <= 1 && (first.ordered ? counting.valueOf(next) !== null : next.style === first.style);
}

/** How far ahead `startsList` looks for the second item of a list that needs one (keeps parsing linear). */
const lookahead = 200;

/** The first sibling marker after `start` within the first item's lines, or null. */
function nextSibling(lines: readonly Line[], start: number, first: Marker): Marker | null {
  const end = Math.min(lines.length, start + lookahead);
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const m = matchMarker(line);
    if (m && m.ordered && Math.abs(m.indent - first.indent) <= 1) return m;
    if (line.indent <= first.indent) return null;
  }
  return null;
}

/**
 * Whether the marker line at `start` starts a list: always for bullets, numbers and lower-case
 * letters; for capital letters and roman numerals of 2+ letters only when the next item follows in sequence.
 */
export function startsList(lines: readonly Line[], start: number): boolean {
  const first = matchMarker(lines[start]!);
  if (!first) return false;
  const kind = first.style[0]!;
  if (!first.ordered || kind === '1' || kind === 'a') return true;
  const second = nextSibling(lines, start, first);
  if (!second) return false;
  const counting = countingOf(first, second);
  const a = counting.valueOf(first);
  const b = counting.valueOf(second);
  return a !== null && b === a + 1;
}

/** Whether `line` continues the sentence of `previous` rather than starting a step (see the file comment). */
export function continuesSentence(previous: Line | undefined, line: Line): boolean {
  if (!previous || previous.blank) return false;
  const text = previous.text.trimEnd();
  if (text.length < 60 || !/[A-Za-z0-9,]$/.test(text)) return false;
  const marker = matchMarker(line);
  return marker !== null && marker.ordered;
}

/** Whether a line of an item's text was wrapped at the margin: long, and not ending a sentence or introducing what follows. */
function wrapsAtMargin(line: Line): boolean {
  const text = line.text.trimEnd();
  return text.length >= 60 && !/[.!?:;)"]$/.test(text);
}

/** Whether a line may be the wrapped text of an item: prose, or words with none of code's signs; never a bare number (`4.`), a statement or output (`THIS.CURSOR&lcI..DATABASE=x` under a FoxPro `* comment`). */
function continuesText(text: string): boolean {
  return /[A-Za-z]{2}/.test(text) && !isStatement(text) && !isMachineOutput(text) && (isProseLine(text) || !/[=;{}<>&|]/.test(text));
}

/** Read a list whose first marker is at `start` (`depth`: nesting of the list, default 0); returns the node and the index after it. */
export function readList(lines: readonly Line[], start: number, depth = 0): { node: ListNode; end: number } {
  const firstLine = lines[start];
  const first = firstLine ? matchMarker(firstLine) : null;
  if (!firstLine || !first) throw new Error('readList called without a marker');
  const counting = countingOf(first, first.ordered ? nextSibling(lines, start, first) : null);
  const items: ListItemNode[] = [];
  let i = start;
  let end = start;
  let value = counting.valueOf(first) ?? first.value;
  while (i < lines.length) {
    const line = lines[i];
    const marker = line ? matchMarker(line) : null;
    if (!line || !isSibling(first, counting, marker)) break;
    value = counting.valueOf(marker);
    const itemLines: Line[] = [{ number: line.number, text: ' '.repeat(marker.textColumn) + marker.text, indent: marker.textColumn, blank: false }];
    let k = i + 1;
    let last = i;
    // Whether the item's text wraps at the marker's column (`d) If the primary … REPL.INI file` / `in the EXPORT directory, …`):
    // the lines right below it, no blank line between, are its text (code there is a listing under a comment, not its text).
    let hanging = false;
    let hung = false;
    while (k < lines.length) {
      const next = lines[k];
      if (!next) break;
      if (next.blank) {
        k++;
        continue;
      }
      const nextMarker = matchMarker(next);
      // A number that ends a wrapped sentence (`… Windows` / `95. The …`) belongs to this item, unless it is the next step.
      const wrapped = k === last + 1 && continuesSentence(lines[last], next) && !(isSibling(first, counting, nextMarker) && counting.valueOf(nextMarker) === (value ?? 0) + 1);
      hanging = k === last + 1 && nextMarker === null && next.indent === marker.indent && !isRuleText(next.text) && (hanging || (wrapsAtMargin(lines[last]!) && continuesText(next.text)));
      if (!wrapped && !hanging && (isSibling(first, counting, nextMarker) || next.indent <= marker.indent)) break;
      hung ||= hanging;
      last = k;
      k++;
    }
    for (let j = i + 1; j <= last; j++) {
      const l = lines[j];
      if (l) itemLines.push(l);
    }
    // An item whose text hangs at the marker's column is read from that column: lines indented past it are indented (a command under the step).
    const base = hung ? marker.indent : marker.textColumn;
    if (hung) itemLines[0] = { ...itemLines[0]!, text: ' '.repeat(base) + marker.text, indent: base };
    items.push({ type: 'listItem', marker: marker.marker, children: parseBlocks(itemLines, base, depth + 1), line: line.number });
    end = last + 1;
    i = end;
    while (i < lines.length && lines[i]?.blank) i++;
  }
  const startValue = first.ordered ? (counting.valueOf(first) ?? first.value) : null;
  const numbering = counting.numbering ? { numbering: counting.numbering } : {};
  return { node: { type: 'list', ordered: first.ordered, start: startValue, ...numbering, children: items, line: firstLine.number }, end };
}
