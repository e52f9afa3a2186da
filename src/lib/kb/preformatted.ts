/**
 * Preformatted blocks: commands, registry keys, INI lines, code listings,
 * ASCII art, ambiguous tables. Kept verbatim, common indentation removed.
 * The lines a listing opener starts (`listingLength`) are one.
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
  /^\s*(?:(?:#\s*(?:include|define|if|ifdef|endif|pragma)\b|\/\/|\/\*|\*\/|'|REM\b|Dim\b|Sub\b|End\s+(?:Sub|Function|If)\b|Function\b|Private\b|Public\b|int\b|void\b|char\b|return\b|if\s*\(|for\s*\(|while\s*\(|mov\b|push\b|call\b|<\/?[A-Za-z]+[^>]*>))/;
const artPattern = /^\s*(?:[|+].*[|+]\s*$|\+-{2,})/;

/** Whether a line looks like code (ends in `;`/`{`/`}`, starts with a directive, a comment, a keyword or a tag). */
export function isCodeLike(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  return last === 59 || last === 123 || last === 125 || codeStartPattern.test(text);
}

/** Whether a line is an INI line (`[section]` or `key=value`). */
export function isIniLike(text: string): boolean {
  return iniSectionPattern.test(text) || (text.includes('=') && iniKeyPattern.test(text));
}

/** Whether a line is a registry key path (`HKEY_LOCAL_MACHINE\…`). */
export function isRegistryLike(text: string): boolean {
  return registryPattern.test(text);
}

/** Whether a line reads as a sentence: six words or more, three of them lower-case words, and none of the characters keys and code are made of (`\\`, `=`, `{`, `}`, `;`, `:`, `$`, `<`, `>`, `#`). */
function isSentence(text: string): boolean {
  if (/[\\={};:$<>#]/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  return words.length >= 6 && words.filter((w) => /^[a-z]{2,}[,.]?$/.test(w)).length >= 3;
}

/** How many lines of a run `listingLength` looks at (keeps parsing linear on long runs). */
export const listingLookahead = 50;

/** Whether a line may open a listing (the quick test `listingLength` starts with). */
export function mayOpenListing(text: string): boolean {
  return registryPattern.test(text) || iniSectionPattern.test(text) || /^\s*(?:\{\\rtf|Directory of [A-Za-z]:\\)/.test(text);
}

/**
 * How many lines of a run (`run[0]` its first) are a code listing whose line breaks must stay, or 0:
 * its first line is a registry key path (a wrapped path or a tree of subkeys may follow), an INI
 * section header, RTF, or a `Directory of X:\\` listing; the listing ends before the first line
 * that reads as a sentence (a note about the key). A bracketed title followed by prose is prose.
 * `run` is the run of lines, or its first `listingLookahead` lines (then a listing that takes them
 * all goes on to the run's end).
 */
export function listingLength(run: readonly Line[]): number {
  const first = run[0]?.text ?? '';
  if (registryPattern.test(first)) {
    if (first.slice(first.lastIndexOf('\\') + 1).trim().split(/\s+/).length >= 4) return 0;
  } else if (!mayOpenListing(first)) return 0;
  let k = 1;
  while (k < run.length && k < listingLookahead && !isSentence(run[k]!.text)) k++;
  if (k === 1 && run.length > 1 && iniSectionPattern.test(first)) return 0;
  return k;
}

/** BASIC statements (upper case, as the archive's listings write them) and assembler directives that start a program line. */
const programStartPattern =
  /^\s*(?:\d{1,5}\s+)?(?:(?:DIM|REDIM|CLS|PRINT|LPRINT|OPEN|CLOSE|FOR|NEXT|IF|ELSE|ELSEIF|END|CALL|DECLARE|SUB|FUNCTION|SCREEN|LINE|KEY|DEF|DEFINT|DEFDBL|DEFSNG|DEFLNG|DEFSTR|COMMON|TYPE|GOSUB|GOTO|RETURN|INPUT|LOCATE|COLOR|WHILE|WEND|DO|LOOP|SELECT|CASE|SHARED|STATIC|ERASE|BLOAD|BSAVE|POKE|OUT|SLEEP|RANDOMIZE|GET|PUT|FIELD|LSET|RSET|ON|RESUME|ERROR|STOP|SHELL|CHAIN|RUN|DATA|READ|RESTORE|WRITE|SEEK|PALETTE|VIEW|WINDOW|PSET|PRESET|CIRCLE|PAINT|DRAW|SOUND|PLAY|BEEP|CONST|LET)(?=[\s(#$%!&]|$)|\.(?:MODEL|CODE|DATA|STACK)\b|(?:TITLE|DOSSEG|INCLUDELIB|EXTRN|PUBLIC|ASSUME)\s|[A-Za-z_]\w*\s+(?:PROC|ENDP|SEGMENT|ENDS|DB|DW|DD|EQU|proc|endp|segment|ends|db|dw|dd|equ)\b|[A-Za-z_]\w*:\s*$|;|[A-Za-z_][\w.]*[$%!&#]?(?:\([^)]*\))?\s*=)/;

/** Debugger and trace output: two 8-digit hex words (`0006F738 62A02500`), or a register (`eax=007ffff8`); a FoxPro `&&` comment. */
const machinePattern = /\b[0-9A-Fa-f]{8}\b.*\b[0-9A-Fa-f]{8}\b|\b[a-z]{2,3}=[0-9a-f]{8}\b|\S\s+&&\s/;

/** Whether a line reads as a line of a program or of its output: code (`isCodeLike`), an INI section, an assignment (`x = 1`, `a$(i)=`), a BASIC statement, an assembler directive, a `;` comment, or debugger output. */
export function isProgramLike(text: string): boolean {
  return isCodeLike(text) || iniSectionPattern.test(text) || programStartPattern.test(text) || machinePattern.test(text);
}

/** Whether a line of a run is a program line: program-like, and not prose that starts with a keyword (`SCREEN mode 3 supports two pages.`). */
function isProgramLine(text: string): boolean {
  return isProgramLike(text) && (/[\\={};'"()$%&#<>]/.test(text) || text.trim().split(/\s+/).length < 6);
}

/** Whether a run of lines is a program listing: two or more program lines, and half the run at least when the first is one (two thirds otherwise: a header line over a dump). */
export function isProgramListing(run: readonly Line[]): boolean {
  if (run.length < 2) return false;
  let count = 0;
  for (const line of run) if (isProgramLine(line.text)) count++;
  return count >= 2 && (isProgramLine(run[0]!.text) ? count * 2 >= run.length : count * 3 >= run.length * 2);
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
