/**
 * Column layouts: a table or diagram drawn with spaces whose cells may run over several lines (and
 * hold numbers, `N/A` or short phrases). Joined into prose it would lose its meaning, so the whole
 * layout stays one preformatted block — or becomes a table when the table reader finds every row and
 * cell unambiguous.
 *
 * The signal is the layout itself: two lines with a column gap at the same column, one right
 * after the other, or set apart by one blank line or a rule line (a header row); a header row
 * underlined column by column; or a line whose next line is indented to one of its columns (a cell
 * continued). A gap is a run of 3+ spaces inside a line, or of 2 spaces not after sentence punctuation (many
 * articles put two spaces between sentences) and not right after a list marker (`1.  Click`).
 *
 * The layout runs to the next blank line (or note, reference or citation), and on past blank lines
 * while the next run continues it: it starts with a line sharing a column with the layout, a line
 * indented to one of its columns (a cell continued), a rule line, or two aligned lines of its own.
 */
import { firstNonSpace, isRuleText, type Line } from './lines.ts';
import { matchNote } from './notes.ts';
import { isUnderline } from './tables.ts';

/** Columns where text resumes after a column gap inside `text` (tabs to the next multiple of 8). */
export function gapColumns(text: string): number[] {
  const out: number[] = [];
  if (!text.includes('  ') && !text.includes('\t')) return out;
  let col = 0;
  let i = 0;
  // The leading indent, then the first word: a gap right after a list marker is the marker's spacing.
  for (; i < text.length && (text[i] === ' ' || text[i] === '\t'); i++) col = text[i] === '\t' ? col + 8 - (col % 8) : col + 1;
  const wordStart = i;
  let spaces = 0;
  let tab = false;
  let before = '';
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      if (spaces === 0) before = text[i - 1] ?? '';
      spaces++;
      tab ||= c === '\t';
      col = c === '\t' ? col + 8 - (col % 8) : col + 1;
      continue;
    }
    if (spaces >= 3 || tab || (spaces === 2 && !/[.?!:]/.test(before))) {
      const afterMarker = /^(?:[-*o•·]|\d{1,3}[.)]|[a-zA-Z][.)]|[ivxlcIVXLC]{2,6}[.)])$/.test(text.slice(wordStart, i - spaces));
      if (!afterMarker) out.push(col);
    }
    spaces = 0;
    tab = false;
    col++;
  }
  return out;
}

/** Whether two gap lists share a column (±1: a label one character longer shifts its value by one). */
function shareColumn(a: readonly number[], b: readonly number[]): boolean {
  for (const x of a) for (const y of b) if (Math.abs(x - y) <= 1) return true;
  return false;
}

/** The index of the next non-blank line after `i` with at most one blank line between, or -1. */
function nextContent(lines: readonly Line[], i: number): number {
  for (let j = i + 1; j <= i + 2 && j < lines.length; j++) if (!lines[j]!.blank) return j;
  return -1;
}

/** Whether a line is a rule or a header underline (dashes in runs). */
function isRuleLine(text: string): boolean {
  return isRuleText(text) || isUnderline(text);
}

/** The index of the next line after `i` that is not a rule (stepping over at most one blank line each side), or -1. */
function nextRow(lines: readonly Line[], i: number): number {
  const j = nextContent(lines, i);
  return j !== -1 && isRuleLine(lines[j]!.text) ? nextContent(lines, j) : j;
}

/** Whether a line holds a wide gap: 4+ spaces between two words (not after a leading list marker). */
function hasWideGap(text: string): boolean {
  return / {4,}\S/.test(text.trim().replace(/^(?:[-*o•·]|\d{1,3}[.)]|[a-zA-Z][.)])\s+/, ''));
}

/** Whether two lines' gaps align: a shared column, or two gaps or more in each (right-aligned numbers shift a column's start). */
function aligned(a: readonly number[], b: readonly number[]): boolean {
  return shareColumn(a, b) || (a.length >= 2 && b.length >= 2);
}

/** How many lines after a row `startsColumns` looks for the next one (a cell's text may wrap onto the lines between). */
const rowLookahead = 4;

/**
 * Whether `lines[i]` starts a column layout (see the file comment): its gaps align with those of
 * the next row — right after it, after one blank line or a rule (a header row set apart), or up to
 * four lines on within its run — or both it and the next line hold a wide gap (a label and its
 * right-aligned value); or it is a header underlined column by column; or the next line is indented
 * to one of its columns (a cell continued), unless the line is a note (a hanging indent).
 */
export function startsColumns(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (!line || line.blank) return false;
  const a = gapColumns(line.text);
  if (a.length === 0) return false;
  const next = lines[i + 1];
  if (!next || next.blank || isRuleLine(next.text)) {
    // A header row underlined column by column (`Name     Value` / `----     -----`).
    if (next && isUnderline(next.text) && /-\s+-/.test(next.text.trim())) return true;
    const j = nextRow(lines, i);
    return j !== -1 && aligned(a, gapColumns(lines[j]!.text));
  }
  if (hasWideGap(line.text) && hasWideGap(next.text)) return true;
  for (let j = i + 1; j < lines.length && j <= i + rowLookahead && !lines[j]!.blank; j++) {
    if (aligned(a, gapColumns(lines[j]!.text))) return true;
  }
  const indent = next.indent;
  return indent > line.indent + 1 && a.some((c) => Math.abs(c - indent) <= 1) && !matchNote(line);
}

/** Whether the run starting at `lines[i]` continues a layout with `columns` (see the file comment). */
function continuesLayout(lines: readonly Line[], i: number, columns: ReadonlySet<number>, least: number): boolean {
  const line = lines[i]!;
  if (isRuleLine(line.text)) {
    const j = nextContent(lines, i);
    return j !== -1 && !isRuleLine(lines[j]!.text) && continuesLayout(lines, j, columns, least);
  }
  if (startsColumns(lines, i) || gapColumns(line.text).some((c) => columns.has(c) || columns.has(c - 1) || columns.has(c + 1))) return true;
  return line.indent > least + 1 && (columns.has(line.indent) || columns.has(line.indent + 1) || columns.has(line.indent - 1));
}

/**
 * The extent of the column layout starting at `start` (where `startsColumns` holds): the index after
 * its last line. `stops(i)` says whether line i starts a construct that ends the layout.
 */
export function columnsEnd(lines: readonly Line[], start: number, stops: (i: number) => boolean): number {
  const columns = new Set<number>();
  let least = Infinity;
  let i = start;
  let end = start;
  for (;;) {
    while (i < lines.length && !lines[i]!.blank && (i === start || !stops(i))) {
      const line = lines[i]!;
      for (const c of gapColumns(line.text)) columns.add(c);
      if (!isRuleLine(line.text)) least = Math.min(least, line.indent);
      end = ++i;
    }
    if (i < lines.length && !lines[i]!.blank) break;
    let j = i;
    while (j < lines.length && lines[j]!.blank) j++;
    if (j >= lines.length || stops(j) || lines[j]!.indent < least || !continuesLayout(lines, j, columns, least)) break;
    i = j;
  }
  return end;
}

/** Whether a line is worth a quick look for columns: it holds two spaces or a tab after its first word. */
export function mayHoldColumns(line: Line): boolean {
  const text = line.text;
  const from = firstNonSpace(text);
  return text.indexOf('  ', from) !== -1 || text.indexOf('\t', from) !== -1;
}
