/**
 * Front matter data → YAML text, one key per line, every value written by `JSON.stringify` (JSON is
 * YAML 1.2 flow syntax, so js-yaml — the reader Astro uses — reads back exactly the same data):
 *
 * ```yaml
 * id: "Q311457"
 * versions: ["2.0","SP4"]
 * sections:
 *   - {"level":2,"title":"SUMMARY","anchor":"summary"}
 * ```
 *
 * Strings are always double-quoted, so `2.0`, `null`, `yes` or `2002-06-05` stay strings. Besides
 * what JSON escapes, characters YAML forbids or reads as line breaks are escaped as `\uXXXX`: C1
 * controls and DEL, U+0085, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF.
 */

/** Characters JSON leaves raw that YAML forbids in a stream or may treat as a line break. */
const yamlUnsafe = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** A mapping key written plain (unquoted): an identifier… */
const plainKey = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** …that no YAML version reads as a boolean or null. */
const reservedKey = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** `\uXXXX` for one character. */
function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `value` as JSON (one line); numbers must be finite (JSON would write `null`). */
function json(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`front matter: cannot write the number ${value}`);
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`front matter: cannot write a ${typeof value}`);
  return text;
}

/** Whether a list item is an object (lists of objects are written as block items). */
function isObject(item: unknown): boolean {
  return item !== null && typeof item === 'object';
}

/** A mapping key: plain when it is an identifier that cannot read as another type, else quoted. */
function key(name: string): string {
  return plainKey.test(name) && !reservedKey.test(name) ? name : JSON.stringify(name);
}

/**
 * YAML for a front matter object: a line per key in insertion order (undefined values left out);
 * lists holding objects as block items (`  - {…}`), any other value as its JSON. No trailing newline.
 */
export function toYaml(data: object): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.some(isObject)) {
      lines.push(`${key(name)}:`);
      for (const item of value) lines.push(`  - ${json(item)}`);
    } else lines.push(`${key(name)}: ${json(value)}`);
  }
  // Such characters can only be inside strings; one pass over the whole text escapes them all.
  const yaml = lines.join('\n');
  yamlUnsafe.lastIndex = 0;
  return yamlUnsafe.test(yaml) ? yaml.replace(yamlUnsafe, escapeChar) : yaml;
}
