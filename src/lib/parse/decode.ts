/**
 * Bytes to text: the `.TXT` form is Windows-1252, the Jekyll form UTF-8. In UTF-8 text, a byte that
 * starts no valid UTF-8 sequence is read alone as Windows-1252 (what a stray byte in these archives
 * almost always is), so one bad byte never changes how the rest of the file reads; a file written
 * wholly in Windows-1252 still reads right, byte by byte. A byte-order mark is removed.
 */

/** The encoding a byte input was read with. */
export type Encoding = 'utf-8' | 'windows-1252';

/** Bytes read as Windows-1252 inside UTF-8 text: how many, and the first one. */
export interface InvalidUtf8 {
  /** How many such bytes the input holds. */
  count: number;
  /** The first one's value (`0xE9`). */
  byte: number;
  /** Where the first one's character is in `text` (a UTF-16 index). */
  index: number;
}

/** The text of an input and how it was decoded. */
export interface DecodedText {
  text: string;
  /** The encoding used; null when the input already was a string. */
  encoding: Encoding | null;
  /** Bytes that were not valid UTF-8 where UTF-8 was wanted (each read as Windows-1252), or null. */
  invalidUtf8: InvalidUtf8 | null;
}

/** Wide encodings found by their byte-order mark or the NUL bytes of their ASCII characters. */
export type WideEncoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const cp1252 = new TextDecoder('windows-1252');

/** Whether bytes start like the `.TXT` form (`DOCUMENT:`), after an optional BOM and blank lines. */
function looksLikeTxt(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0d || bytes[i] === 0x0a || bytes[i] === 0x09)) i++;
  const head = String.fromCharCode(...bytes.subarray(i, i + 9));
  return head === 'DOCUMENT:';
}

/**
 * The length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none
 * (the well-formed sequences of the Unicode standard, table 3-7: no overlong forms, no surrogates,
 * nothing above U+10FFFF).
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  let length: number;
  let lower = 0x80;
  let upper = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) lower = 0xa0;
    if (lead === 0xed) upper = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) lower = 0x90;
    if (lead === 0xf4) upper = 0x8f;
  } else return 0;
  const second = bytes[i + 1];
  if (second === undefined || second < lower || second > upper) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** UTF-8 with every byte that starts no valid sequence read alone as Windows-1252. */
function decodeMixed(bytes: Uint8Array): { text: string; invalid: InvalidUtf8 | null } {
  let text = '';
  let invalid: InvalidUtf8 | null = null;
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    text += utf8.decode(bytes.subarray(runStart, i));
    if (invalid) invalid.count += 1;
    else invalid = { count: 1, byte: bytes[i]!, index: text.length };
    text += cp1252.decode(bytes.subarray(i, i + 1));
    i += 1;
    runStart = i;
  }
  return { text: text + utf8.decode(bytes.subarray(runStart)), invalid };
}

/** Decode an input; `form` says which encoding to prefer (`auto` sniffs `DOCUMENT:`, default). */
export function decodeInput(input: string | Uint8Array, form: 'auto' | 'jekyll' | 'txt' = 'auto'): DecodedText {
  if (typeof input === 'string') {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: null, invalidUtf8: null };
  }
  const txt = form === 'txt' || (form === 'auto' && looksLikeTxt(input));
  if (txt) return { text: stripBom(cp1252.decode(input)), encoding: 'windows-1252', invalidUtf8: null };
  try {
    return { text: stripBom(utf8.decode(input)), encoding: 'utf-8', invalidUtf8: null };
  } catch {
    const { text, invalid } = decodeMixed(input);
    const stripped = stripBom(text);
    const shift = text.length - stripped.length;
    return { text: stripped, encoding: 'utf-8', invalidUtf8: invalid && { ...invalid, index: Math.max(0, invalid.index - shift) } };
  }
}

/**
 * The UTF-16 or UTF-32 encoding of `bytes`, told by a byte-order mark or, without one, by the zero
 * bytes ASCII characters have in those encodings (in at least 9 of 10 places of the first 1 KB);
 * null for anything else.
 */
export function wideEncodingOf(bytes: Uint8Array): WideEncoding | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'UTF-32LE';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32BE';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16LE';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16BE';
  const size = Math.min(bytes.length, 1024);
  const sample = bytes.subarray(0, size - (size % 4));
  // Most inputs hold no zero byte at all: one native search settles them.
  if (sample.length < 8 || sample.indexOf(0) === -1) return null;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 4]! += 1;
  const quarter = sample.length / 4;
  const mostly = (n: number) => n >= quarter * 0.9;
  const rarely = (n: number) => n <= quarter * 0.1;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  if (rarely(z0) && mostly(z1) && mostly(z2) && mostly(z3)) return 'UTF-32LE';
  if (mostly(z0) && mostly(z1) && mostly(z2) && rarely(z3)) return 'UTF-32BE';
  if (rarely(z0) && rarely(z2) && mostly(z1) && mostly(z3)) return 'UTF-16LE';
  if (mostly(z0) && mostly(z2) && rarely(z1) && rarely(z3)) return 'UTF-16BE';
  return null;
}

/** Remove a leading byte-order mark (also `ï»¿`, a UTF-8 BOM read as Windows-1252). */
function stripBom(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
  if (text.startsWith('\u00ef\u00bb\u00bf')) return text.slice(3);
  return text;
}
