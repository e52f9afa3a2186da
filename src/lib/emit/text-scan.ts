/**
 * One pass over `before + value + after` (the string mdast-util-to-markdown's `safe()` escapes) that
 * records, as bit masks over pattern-character slots, which characters occur and which occur next to
 * line endings — what `fast-safe.ts` needs to tell which unsafe patterns can match.
 */

/** Scan result: pairs of 30-bit slot masks, then flags. Reused between calls (read it before the next scan). */
export const scanned = new Int32Array(9);
/** `scanned` pair: characters present anywhere. */
export const PRESENT_AT = 0;
/** `scanned` pair: characters right after a line ending. */
export const PREV_AT = 2;
/** `scanned` pair: characters right before a line ending. */
export const NEXT_AT = 4;
/** `scanned` pair: characters after a line ending and optional spaces or tabs (the line ending's run). */
export const RUN_AT = 6;
/** `scanned` slot of the flags: `BREAK_FLAG` (some line ending), `DIGIT_FLAG` (a digit starts a run). */
export const FLAGS_AT = 8;
/** Flag: the string holds a line ending. */
export const BREAK_FLAG = 1;
/** Flag: a digit follows a line ending and optional spaces or tabs. */
export const DIGIT_FLAG = 2;

/** Per ASCII code, its slot's bit in the low (slots 0–29) and high (30–59) masks; 0 when it has none. */
export interface SlotBits {
  low: Int32Array;
  high: Int32Array;
}

let before = '';
let value = '';
let after = '';

/** The code of the character at `k` of `before + value + after`, or -1 past its end. */
function codeAt(k: number): number {
  if (k < before.length) return before.charCodeAt(k);
  k -= before.length;
  if (k < value.length) return value.charCodeAt(k);
  k -= value.length;
  return k < after.length ? after.charCodeAt(k) : -1;
}

/** Set the bit of the character `code` in the `scanned` pair starting at `at`. */
function mark(at: number, code: number, bits: SlotBits): void {
  if (code < 0 || code >= 128) return;
  scanned[at] = scanned[at]! | bits.low[code]!;
  scanned[at + 1] = scanned[at + 1]! | bits.high[code]!;
}

/** Record the neighbours of the line ending at `k`: the characters before and after it, and its run. */
function lineEnding(k: number, bits: SlotBits): void {
  scanned[FLAGS_AT] = scanned[FLAGS_AT]! | BREAK_FLAG;
  if (k > 0) mark(NEXT_AT, codeAt(k - 1), bits);
  mark(PREV_AT, codeAt(k + 1), bits);
  for (let j = k + 1; ; j++) {
    const code = codeAt(j);
    if (code === -1) return;
    mark(RUN_AT, code, bits);
    if (code !== 32 && code !== 9) {
      if (code >= 48 && code <= 57) scanned[FLAGS_AT] = scanned[FLAGS_AT]! | DIGIT_FLAG;
      return;
    }
  }
}

/** Record the line endings (`\n`, `\r`) of `part`, which starts at `offset` of the whole string. */
function lineEndings(part: string, offset: number, bits: SlotBits): void {
  for (let i = part.indexOf('\n'); i !== -1; i = part.indexOf('\n', i + 1)) lineEnding(offset + i, bits);
  for (let i = part.indexOf('\r'); i !== -1; i = part.indexOf('\r', i + 1)) lineEnding(offset + i, bits);
}

/** The slot masks of the characters present in `part`, or-ed into `scanned`. */
function present(part: string, bits: SlotBits): void {
  const { low, high } = bits;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < part.length; i++) {
    const code = part.charCodeAt(i);
    if (code < 128) {
      lo |= low[code]!;
      hi |= high[code]!;
    }
  }
  scanned[PRESENT_AT] = scanned[PRESENT_AT]! | lo;
  scanned[PRESENT_AT + 1] = scanned[PRESENT_AT + 1]! | hi;
}

/** Scan `before + text + after` into `scanned`. */
export function scanText(textBefore: string, text: string, textAfter: string, bits: SlotBits): void {
  scanned.fill(0);
  before = textBefore;
  value = text;
  after = textAfter;
  present(textBefore, bits);
  present(text, bits);
  present(textAfter, bits);
  lineEndings(textBefore, 0, bits);
  lineEndings(text, textBefore.length, bits);
  lineEndings(textAfter, textBefore.length + text.length, bits);
  before = value = after = '';
}
