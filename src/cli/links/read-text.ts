/** A wiki file's bytes as text, or why it is not text `kbatlas links` can rewrite byte for byte. */

/** Decodes strict UTF-8 and keeps a byte-order mark as a character, so encoding the text again gives the same bytes. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a file, or the reason it is left alone. */
export type FileText = { text: string } | { reason: string };

/** Reads bytes as UTF-8 text; binary files, UTF-16 and invalid UTF-8 are refused with a reason. */
export function textOf(bytes: Uint8Array): FileText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { reason: 'UTF-16 text; save it as UTF-8 to check its links' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { reason: `binary content (a NUL byte at offset ${nul})` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { reason: 'not valid UTF-8 text' };
  }
}
