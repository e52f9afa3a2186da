/**
 * Text from files, archives and articles made safe to print: every character a terminal acts on
 * or reads as a line break is written as an escape, so a message is one line of plain text and an
 * escape sequence hidden in a file name (an OSC title, a colour change, a forged `file:1: error:`
 * line) reaches the terminal as harmless characters.
 */

/**
 * C0 controls (tab and line feed included), DEL, C1 controls, the Unicode line and paragraph
 * separators, and the bidirectional overrides and isolates that can reorder what a reader sees.
 */
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\n`, `\t` and `\r` by name, other characters as `\xHH` (up to U+00FF) or `\uHHHH`. */
function escape(char: string): string {
  if (char === '\n') return '\\n';
  if (char === '\t') return '\\t';
  if (char === '\r') return '\\r';
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character, line separator and bidirectional control escaped (see the module comment). */
export function printable(text: string): string {
  return text.replace(unprintable, escape);
}
