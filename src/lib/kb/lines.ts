/**
 * The coarse tokenizer: source text to numbered lines, and the measures the
 * passes use (indent, blank, rule).
 */

/** One line of the source file. */
export interface SourceLine {
  /** 1-based line number in the original file. */
  number: number;
  /** The line without its line ending. */
  text: string;
}

/** One body line, after the form's prefix (a TAB, or the `.TXT` form's first space) is removed. */
export interface Line {
  /** 1-based line number in the original file. */
  number: number;
  /** The text, prefix removed, trailing whitespace kept. */
  text: string;
  /** Columns of leading whitespace (tabs to the next multiple of 8). */
  indent: number;
  /** Whether the line holds only whitespace. */
  blank: boolean;
}

/** Split text into lines on CRLF, CR or LF; a final line ending does not make an extra line. */
export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  let number = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ number: number++, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < n) out.push({ number, text: text.slice(start) });
  return out;
}

/** Columns of leading whitespace of a text (tabs to the next multiple of 8). */
export function measureIndent(text: string): number {
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) col++;
    else if (c === 9) col = col + 8 - (col % 8);
    else return col;
  }
  return col;
}

/** Whether a text holds only whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Make a body line from a number and its text. */
export function makeLine(number: number, text: string): Line {
  return { number, text, indent: measureIndent(text), blank: isBlank(text) };
}

/** Whether a text is a rule: only `=` or only `-` (at least `min`), `*` or `_` characters, around whitespace. */
export function isRuleText(text: string, char?: '=' | '-', min = 3): boolean {
  const t = text.trim();
  if (t.length < min) return false;
  const c = t[0];
  if (char ? c !== char : c !== '=' && c !== '-' && c !== '*' && c !== '_') return false;
  for (let i = 1; i < t.length; i++) if (t[i] !== c) return false;
  return true;
}
