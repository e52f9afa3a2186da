/**
 * Bytes to text: the `.TXT` form is Windows-1252, the Jekyll form UTF-8 (with
 * a Windows-1252 fallback). A byte-order mark is removed.
 */

/** The encoding a byte input was read with. */
export type Encoding = 'utf-8' | 'windows-1252';

/** The text of an input and how it was decoded. */
export interface DecodedText {
  text: string;
  /** The encoding used; null when the input already was a string. */
  encoding: Encoding | null;
  /** Whether UTF-8 was wanted but the bytes were not valid UTF-8. */
  fellBack: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** Whether bytes start like the `.TXT` form (`DOCUMENT:`), after an optional BOM and blank lines. */
function looksLikeTxt(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0d || bytes[i] === 0x0a || bytes[i] === 0x09)) i++;
  const head = String.fromCharCode(...bytes.subarray(i, i + 9));
  return head === 'DOCUMENT:';
}

/** Decode an input; `form` says which encoding to prefer (`auto` sniffs `DOCUMENT:`, default). */
export function decodeInput(input: string | Uint8Array, form: 'auto' | 'jekyll' | 'txt' = 'auto'): DecodedText {
  if (typeof input === 'string') {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: null, fellBack: false };
  }
  const txt = form === 'txt' || (form === 'auto' && looksLikeTxt(input));
  if (txt) return { text: stripBom(cp1252.decode(input)), encoding: 'windows-1252', fellBack: false };
  try {
    return { text: stripBom(utf8.decode(input)), encoding: 'utf-8', fellBack: false };
  } catch {
    return { text: stripBom(cp1252.decode(input)), encoding: 'windows-1252', fellBack: true };
  }
}

/** Remove a leading byte-order mark (also `ï»¿`, a UTF-8 BOM read as Windows-1252). */
function stripBom(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
  if (text.startsWith('\u00ef\u00bb\u00bf')) return text.slice(3);
  return text;
}
