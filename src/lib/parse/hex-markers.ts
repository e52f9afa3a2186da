/**
 * Hex markers of the archive's converter: `<A0>` stands for the Windows-1252
 * byte 0xA0 it could not map.
 *
 * The rule (measured on the whole archive): only `<7F>` and `<80>`…`<FF>` are
 * decoded. Lower ones are kept as written, because `<00>`, `<03>`, `<1B>`,
 * `<1C>`, `<20>` … are NetBIOS name suffixes in network articles
 * (`DOMAIN<1B>`). Look-alikes are kept too: `<DD>` (an HTML tag), `<CD>` (the
 * CD-ROM drive placeholder, `<CD>\I386`), `<F1>`…`<F9>` (function keys), and a
 * marker right after another `<…>` tag (`<computer_name><BE>`).
 */

const decoder = new TextDecoder('windows-1252');
const lookAlikes = new Set(['DD', 'CD', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9']);
const markerPattern = /<([0-9A-F]{2})>/g;

/** The character a marker's hex digits stand for, or null when it is kept as written. */
function markerChar(hex: string): string | null {
  if (lookAlikes.has(hex)) return null;
  const byte = parseInt(hex, 16);
  if (byte < 0x7f) return null;
  return decoder.decode(Uint8Array.of(byte));
}

/** Replace plausible hex markers (`<A0>`, `<B7>` …) by the Windows-1252 character they stand for. */
export function decodeHexMarkers(text: string): string {
  if (text.indexOf('<') === -1) return text;
  let lastDecodedEnd = -1;
  return text.replace(markerPattern, (whole, hex: string, offset: number) => {
    const previous = offset > 0 ? text[offset - 1] : '';
    if (previous === '>' && offset !== lastDecodedEnd) return whole;
    const char = markerChar(hex);
    if (char === null) return whole;
    lastDecodedEnd = offset + whole.length;
    return char;
  });
}
