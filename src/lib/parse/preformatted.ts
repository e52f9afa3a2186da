/**
 * Preformatted blocks: commands, registry keys, INI lines, code listings,
 * ASCII art, ambiguous tables. Kept verbatim, common indentation removed.
 */
import { isSpaceCode, type Line } from './lines.ts';
import type { PreformattedKind, PreformattedNode } from './model.ts';

const registryPattern = /^\s*(?:HKEY_[A-Z_]+|HKLM|HKCU|HKCR|HKU)(?:\\|\s*$)/;
const iniSectionPattern = /^\s*\[[^\]\s][^\]]*\]\s*$/;
const iniKeyPattern = /^\s*[A-Za-z_][\w .$-]{0,60}=/;
const commandPattern =
  /^\s*(?:[A-Za-z]:\\[^>]*>|(?:net|copy|xcopy|del|dir|cd|md|mkdir|ren|regedit|regedt32|setup|format|fdisk|ping|expand|attrib|edit|type|echo|set|start|msiexec|nbtstat|ipconfig|rundll32|sysedit|scandisk|chkdsk|win|smartdrv|mem|sys|debug|path|deltree|move|xcacls|cacls|at|net\s+\w+)(?:\s|$)|\S+\.(?:exe|com|bat|cmd)(?:\s|$))/i;
/** Code-like line starts (the other sign of code, a last character `;`, `{` or `}`, is tested apart). */
const codeStartPattern =
  /^\s*(?:(?:#\s*(?:include|define|if|ifdef|ifndef|elif|else|endif|undef|pragma)\b|\/\/|\/\*|\*\/|'|REM\b|Dim\b|Sub\b|End\s+(?:Sub|Function|If)\b|Function\b|Private\b|Public\b|int\b|void\b|char\b|return\b|if\s*\(|for\s*\(|while\s*\(|mov\b|push\b|call\b|<\/?[A-Za-z]+[^>]*>))/;
const artPattern = /^\s*(?:[|+].*[|+]\s*$|\+-{2,})/;

/** Whether a line looks like code (ends in `;`/`{`/`}`, starts with a directive, a comment, a keyword or a tag). */
export function isCodeLike(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  return last === 59 || last === 123 || last === 125 || codeStartPattern.test(text);
}

/** Whether a line is an INI section header (`[boot]`). */
export function isIniSection(text: string): boolean {
  return iniSectionPattern.test(text);
}

/** Whether a line is an INI line (`[section]` or `key=value`). */
export function isIniLike(text: string): boolean {
  return iniSectionPattern.test(text) || (text.includes('=') && iniKeyPattern.test(text));
}

/** Whether a line is a registry key path (`HKEY_LOCAL_MACHINE\…`). */
export function isRegistryLike(text: string): boolean {
  return registryPattern.test(text);
}

/** Whether a line is part of ASCII art (`+----+`, `| cell |`). */
export function isArtLike(text: string): boolean {
  return artPattern.test(text);
}

/** Guess what a preformatted block holds, for styling only. */
export function preformattedKind(lines: readonly Line[]): PreformattedKind {
  const content = lines.filter((l) => !l.blank).map((l) => l.text);
  if (content.length === 0) return 'text';
  if (content.some(isRegistryLike)) return 'registry';
  if (content.every(isIniLike)) return 'ini';
  const code = content.filter(isCodeLike).length;
  if (code > 0 && code * 3 >= content.length) return 'code';
  if (content.length <= 3 && content.every((t) => commandPattern.test(t))) return 'command';
  return 'text';
}

/** Make a preformatted block from lines (blank lines inside kept), common indentation removed. */
export function makePreformatted(lines: readonly Line[], kind?: PreformattedKind): PreformattedNode {
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]?.blank) first++;
  while (last >= first && lines[last]?.blank) last--;
  const body = lines.slice(first, last + 1);
  let common = Infinity;
  for (const l of body) if (!l.blank) common = Math.min(common, l.indent);
  if (!Number.isFinite(common)) common = 0;
  const value = body.map((l) => (l.blank ? '' : stripColumns(l.text, common).trimEnd())).join('\n');
  return { type: 'preformatted', kind: kind ?? preformattedKind(body), value, line: body[0]?.number ?? lines[0]?.number ?? 1 };
}

/** Remove `columns` columns of leading whitespace (a tab counts to the next multiple of 8). */
function stripColumns(text: string, columns: number): string {
  let col = 0;
  let i = 0;
  while (i < text.length && col < columns) {
    const c = text[i];
    if (c === '\t') {
      const next = col + 8 - (col % 8);
      if (next > columns) return ' '.repeat(next - columns) + text.slice(i + 1);
      col = next;
    } else if (c === ' ' || c === '\u00a0') col++;
    else break;
    i++;
  }
  return text.slice(i);
}
