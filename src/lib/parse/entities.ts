/**
 * HTML entities of the archive's converter, decoded in titles only (bodies
 * are literal: `&parmcnt;` in a code listing stays as written).
 */

const named: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: '\u00a0',
};

const entityPattern = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** Decode `&quot;`, `&amp;`, `&lt;`, `&gt;`, `&apos;`, `&nbsp;` and numeric entities (`&#92;`); others stay. */
export function decodeTitleEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(entityPattern, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return named[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}
