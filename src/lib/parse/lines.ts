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
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      out.push({ number: number++, text: text.slice(start, i) });
      start = i + 1;
    }
    if (start < n) out.push({ number, text: text.slice(start) });
    return out;
  }
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

/** Whether a character code is whitespace as `\s` in a regular expression matches it. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The index of the first character of `text` that `\s` does not match (its length when none). */
export function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
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

/** The index after the run of non-blank lines starting at `start`, looking `limit` lines ahead at most (default: no limit). */
export function runEnd(lines: readonly Line[], start: number, limit = Infinity): number {
  let i = start;
  while (i < lines.length && i - start < limit && !lines[i]!.blank) i++;
  return i;
}

/** Whether a text holds only whitespace. */
export function isBlank(text: string): boolean {
  return firstNonSpace(text) === text.length;
}

/** Make a body line from a number and its text. */
export function makeLine(number: number, text: string): Line {
  return { number, text, indent: measureIndent(text), blank: isBlank(text) };
}

/** Whether a text is a rule: only `=` or only `-` (at least `min`), `*` or `_` characters, around whitespace. */
export function isRuleText(text: string, char?: '=' | '-', min = 3): boolean {
  const start = firstNonSpace(text);
  let end = text.length;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end - start < min) return false;
  const c = text.charCodeAt(start);
  if (char ? c !== char.charCodeAt(0) : c !== 61 && c !== 45 && c !== 42 && c !== 95) return false;
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) !== c) return false;
  return true;
}
