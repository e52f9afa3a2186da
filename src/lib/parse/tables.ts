/**
 * Aligned-column tables, recognised only when the columns are unambiguous:
 * column starts (after runs of 2+ spaces) are shared by 2+ rows (or given by
 * a dashed underline in runs), a start seen in one row only merely shifts a
 * cell within its column (right-aligned numbers), no cell text crosses a
 * column start, no row below the first starts with an empty cell (it could
 * continue the row above), and there are at least 2 columns and 2 rows
 * under a dashed header underline (3 rows without one). Otherwise the lines
 * are left to become preformatted. Code-like rows (`=`, `;`, braces,
 * comments) never make a table: aligned code comments are not columns.
 */
import { parseInline } from './inline.ts';
import { firstNonSpace, isBlank, isRuleText, type Line } from './lines.ts';
import type { TableCellNode, TableNode, TableRowNode } from './model.ts';
import { isCodeLike } from './preformatted.ts';

/** Whether a row looks like source code rather than a table row (`=`, `;`, braces, comments). */
function isCodeRow(text: string): boolean {
  return isCodeLike(text) || /[{}=;]|\/\*|\s'/.test(text);
}

/** Whether a line is a header underline: dashes, in one run or in runs separated by spaces. */
export function isUnderline(text: string): boolean {
  return text.charCodeAt(firstNonSpace(text)) === 45 && /^\s*-{2,}(?:\s+-{2,})*\s*$/.test(text) && text.trim().length >= 3;
}

/** The starts of the dash runs of an underline (its column starts when there are 2+ runs). */
function runStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 45 && (i === 0 || text.charCodeAt(i - 1) !== 45)) starts.push(i);
  return starts;
}

/** The cell starts of a row: its first non-space column and every column after a run of 2+ spaces. */
function cellStarts(text: string): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i === text.length) return starts;
  starts.push(i);
  for (let gap = text.indexOf('  ', i + 1); gap !== -1; gap = text.indexOf('  ', i + 1)) {
    i = gap + 2;
    while (i < text.length && text.charCodeAt(i) === 32) i++;
    if (i === text.length) break;
    starts.push(i);
  }
  return starts;
}

/** Text, 2+ spaces, text: a row with a cell start after its first (see `cellStarts`). */
const gap = /[^ ] {2,}[^ ]/;

/**
 * A cheap necessary condition for columns found from cell starts: 2+ lines with a cell start past
 * the least indent + 1 (a gap of 2+ spaces inside the text, or a deeper indent).
 */
function mayHaveColumns(lines: readonly Line[]): boolean {
  let min = Infinity;
  for (const line of lines) if (line.indent < min) min = line.indent;
  let count = 0;
  for (const line of lines) {
    if ((line.indent > min + 1 || (line.text.includes('  ') && gap.test(line.text))) && ++count >= 2) return true;
  }
  return false;
}

/**
 * Columns from cell starts: the least indent, then every start past it + 1 shared by 2+ rows;
 * null when there is none, or when a start found in one row only does more than shift a cell
 * right inside its column (right-aligned numbers) — then the columns are ambiguous.
 */
function columnsOf(rows: readonly Line[]): number[] | null {
  const starts = rows.map((row) => cellStarts(row.text));
  let width = 0;
  for (const row of starts) if (row.length > 0 && row[row.length - 1]! >= width) width = row[row.length - 1]! + 1;
  const counts = new Int32Array(width);
  for (const row of starts) for (const s of row) counts[s] = counts[s]! + 1; // not `counts[s]!++`: Stryker's instrumenter cannot mutate that
  const min = rows.reduce((m, r) => Math.min(m, r.indent), Infinity);
  const columns: number[] = [];
  for (let s = Math.max(0, min + 2); s < width; s++) if (counts[s]! >= 2) columns.push(s);
  if (columns.length === 0) return null;
  for (let r = 0; r < rows.length; r++) {
    for (const s of starts[r]!) {
      if (s <= min + 1 || counts[s]! >= 2) continue;
      let c = min;
      for (const col of columns) if (col < s) c = col;
      if (!isBlank(rows[r]!.text.slice(c, s))) return null;
    }
  }
  columns.unshift(min);
  return columns;
}

/** Split a row at the column starts; null when a cell's text crosses a start. */
export function splitRow(text: string, columns: readonly number[]): string[] | null {
  const cells: string[] = [];
  for (let c = 0; c < columns.length; c++) {
    const start = columns[c] ?? 0;
    const end = columns[c + 1] ?? Infinity;
    if (c > 0 && start < text.length && start > 0 && text[start - 1] !== ' ') return null;
    cells.push(text.slice(c === 0 ? 0 : start, end === Infinity ? undefined : end).trim());
  }
  return cells;
}

/** Try to read `lines` (no blank lines) as a table; null when its columns are ambiguous. */
export function readTable(lines: readonly Line[]): TableNode | null {
  // Cheap checks first; every check only decides between null and going on, so their order is free.
  if (lines.length < 3) return null;
  const header = isUnderline(lines[1]!.text);
  if (!header && !mayHaveColumns(lines)) return null;
  if (isUnderline(lines[0]!.text)) return null;
  if (!header) for (let i = 2; i < lines.length; i++) if (isUnderline(lines[i]!.text)) return null;
  const underlineAt = header ? 1 : -1;
  const rows = lines.filter((line, i) => i !== underlineAt && !isRuleText(line.text));
  if (rows.length < (header ? 2 : 3)) return null;
  for (const line of lines) if (line.text.includes('\t') || line.text.includes('|')) return null;
  let columns: number[];
  const runs = header ? runStarts(lines[1]!.text) : [];
  if (runs.length >= 2) columns = runs;
  else {
    const found = columnsOf(rows);
    if (!found) return null;
    columns = found;
  }
  if (columns.length < 2) return null;
  if (lines.some((l) => isCodeRow(l.text))) return null;
  const cells: string[][] = [];
  for (const row of rows) {
    const split = splitRow(row.text, columns);
    if (!split) return null;
    cells.push(split);
  }
  // A row below the first with an empty first cell may continue the row above it (a cell's text
  // wrapped) or be a row of its own: ambiguous, so the layout stays preformatted.
  for (let r = 1; r < cells.length; r++) if (cells[r]![0] === '') return null;
  // Every column must hold text in at least two rows, or it is not a column.
  for (let c = 0; c < columns.length; c++) {
    let filled = 0;
    for (const row of cells) if (row[c] !== '' && row[c] !== undefined) filled++;
    if (filled < 2) return null;
  }
  const out: TableRowNode[] = rows.map((row, r) => ({
    type: 'tableRow',
    children: cells[r]!.map((value): TableCellNode => ({
      type: 'tableCell',
      children: value === '' ? [] : parseInline(value, row.number),
      line: row.number,
    })),
    line: row.number,
  }));
  return { type: 'table', header, children: out, line: lines[0]?.number ?? 1 };
}
