/**
 * Aligned-column tables, recognised only when the columns are unambiguous:
 * column starts (after runs of 2+ spaces) are shared by 2+ rows (or given by
 * a dashed underline in runs), a start seen in one row only merely shifts a
 * cell within its column (right-aligned numbers), no cell text crosses a
 * column start, and there are at least 2 columns and 2 rows
 * under a dashed header underline (3 rows without one). Otherwise the lines
 * are left to become preformatted. Code-like rows (`=`, `;`, braces,
 * comments) never make a table: aligned code comments are not columns.
 */
import { parseInline } from './inline.ts';
import { isRuleText, type Line } from './lines.ts';
import type { TableCellNode, TableNode, TableRowNode } from './model.ts';
import { isCodeLike } from './preformatted.ts';

/** Whether a row looks like source code rather than a table row (`=`, `;`, braces, comments). */
function isCodeRow(text: string): boolean {
  return isCodeLike(text) || /[{}=;]|\/\*|\s'/.test(text);
}

/** Whether a line is a header underline: dashes, in one run or in runs separated by spaces. */
export function isUnderline(text: string): boolean {
  return /^\s*-{2,}(?:\s+-{2,})*\s*$/.test(text) && text.trim().length >= 3;
}

/** The starts of the dash runs of an underline (its column starts when there are 2+ runs). */
function runStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '-' && (i === 0 || text[i - 1] !== '-')) starts.push(i);
  return starts;
}

/** The cell starts of a row: its first non-space column and every column after a run of 2+ spaces. */
function cellStarts(text: string): number[] {
  const starts: number[] = [];
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') spaces++;
    else {
      if (starts.length === 0 || spaces >= 2) starts.push(i);
      spaces = 0;
    }
  }
  return starts;
}

/** Split a row at the column starts; null when a cell's text crosses a start. */
function splitRow(text: string, columns: readonly number[]): string[] | null {
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
  if (lines.some((l) => l.text.includes('\t') || l.text.includes('|') || isCodeRow(l.text))) return null;
  const underlineAt = lines.findIndex((l) => isUnderline(l.text));
  if (underlineAt > 1) return null;
  const header = underlineAt === 1;
  const rows = lines.filter((_, i) => i !== underlineAt && !isRuleText(lines[i]?.text ?? ''));
  if (rows.length < (header ? 2 : 3)) return null;
  if (underlineAt === 0) return null;
  let columns: number[];
  const under = header ? lines[1] : undefined;
  const runs = under ? runStarts(under.text) : [];
  if (runs.length >= 2) columns = runs;
  else {
    const counts = new Map<number, number>();
    for (const row of rows) for (const s of cellStarts(row.text)) counts.set(s, (counts.get(s) ?? 0) + 1);
    const min = rows.reduce((m, r) => Math.min(m, r.indent), Infinity);
    columns = [...counts.keys()].filter((s) => s > min + 1 && (counts.get(s) ?? 0) >= 2).sort((a, b) => a - b);
    // A cell start found in one row only is fine when it just shifts a cell right
    // inside its column (right-aligned numbers); otherwise the columns are ambiguous.
    for (const row of rows) {
      for (const s of cellStarts(row.text)) {
        if (s <= min + 1 || columns.includes(s)) continue;
        let c = min;
        for (const col of columns) if (col < s) c = col;
        if (row.text.slice(c, s).trim() !== '') return null;
      }
    }
    columns.unshift(min);
  }
  if (columns.length < 2) return null;
  const out: TableRowNode[] = [];
  for (const row of rows) {
    const cells = splitRow(row.text, columns);
    if (!cells) return null;
    const nodes: TableCellNode[] = cells.map((value) => ({
      type: 'tableCell',
      children: value === '' ? [] : parseInline(value, row.number),
      line: row.number,
    }));
    out.push({ type: 'tableRow', children: nodes, line: row.number });
  }
  // Every column must hold text in at least two rows, or it is not a column.
  for (let c = 0; c < columns.length; c++) {
    if (out.filter((r) => (r.children[c]?.children.length ?? 0) > 0).length < 2) return null;
  }
  return { type: 'table', header, children: out, line: lines[0]?.number ?? 1 };
}
