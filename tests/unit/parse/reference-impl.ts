/**
 * The parser's earlier, plain formulations of functions that now take fast paths, kept as
 * references: `fast-paths.test.ts` checks the fast versions give the same results.
 */
import { parseInline, type TextSpan } from '../../../src/lib/parse/inline.ts';
import type { Line } from '../../../src/lib/parse/lines.ts';
import type { Inline, TableCellNode, TableNode, TableRowNode } from '../../../src/lib/parse/model.ts';
import { splitRow } from '../../../src/lib/parse/tables.ts';

/** `isRuleText` over the trimmed text. */
export function isRuleTextReference(text: string, char?: '=' | '-', min = 3): boolean {
  const t = text.trim();
  if (t.length < min) return false;
  const c = t[0];
  if (char ? c !== char : c !== '=' && c !== '-' && c !== '*' && c !== '_') return false;
  for (let i = 1; i < t.length; i++) if (t[i] !== c) return false;
  return true;
}

/** `isCodeLike` as one regular expression. */
export const codePatternReference =
  /(?:[;{}]\s*$|^\s*(?:#\s*(?:include|define|if|ifdef|endif|pragma)\b|\/\/|\/\*|\*\/|'|REM\b|Dim\b|Sub\b|End\s+(?:Sub|Function|If)\b|Function\b|Private\b|Public\b|int\b|void\b|char\b|return\b|if\s*\(|for\s*\(|while\s*\(|mov\b|push\b|call\b|<\/?[A-Za-z]+[^>]*>))/;

/** `splitLines` by a regular expression. */
export function splitLinesReference(text: string): Array<{ number: number; text: string }> {
  const parts = text.split(/\r?\n|\r/);
  if (parts.at(-1) === '') parts.pop();
  return parts.map((part, i) => ({ number: i + 1, text: part }));
}

/** `parseSpans` parsing each span alone (with its joining space) and merging adjacent text. */
export function parseSpansReference(spans: readonly TextSpan[]): Inline[] {
  const out: Inline[] = [];
  spans.forEach((span, index) => {
    const text = index === 0 ? span.text : ` ${span.text}`;
    for (const node of parseInline(text, span.line)) {
      const last = out[out.length - 1];
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else out.push(node);
    }
  });
  return out;
}

const isUnderline = (text: string): boolean => /^\s*-{2,}(?:\s+-{2,})*\s*$/.test(text) && text.trim().length >= 3;
const isCodeRow = (text: string): boolean => codePatternReference.test(text) || /[{}=;]|\/\*|\s'/.test(text);

function runStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '-' && (i === 0 || text[i - 1] !== '-')) starts.push(i);
  return starts;
}

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

/** `readTable` checking everything in source order, columns counted in a map. */
export function readTableReference(lines: readonly Line[]): TableNode | null {
  if (lines.some((l) => l.text.includes('\t') || l.text.includes('|') || isCodeRow(l.text))) return null;
  const underlineAt = lines.findIndex((l) => isUnderline(l.text));
  if (underlineAt > 1) return null;
  const header = underlineAt === 1;
  const rows = lines.filter((_, i) => i !== underlineAt && !isRuleTextReference(lines[i]?.text ?? ''));
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
  if (out.slice(1).some((r) => (r.children[0]?.children.length ?? 0) === 0)) return null;
  for (let c = 0; c < columns.length; c++) {
    if (out.filter((r) => (r.children[c]?.children.length ?? 0) > 0).length < 2) return null;
  }
  return { type: 'table', header, children: out, line: lines[0]?.number ?? 1 };
}
