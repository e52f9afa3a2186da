/**
 * Code listings whose line breaks must stay, whatever the lines around them:
 *
 * - a run opened by a registry key path (a wrapped path or a tree of subkeys may follow), an INI
 *   section header, RTF or a `Directory of X:\\` line, up to the first line that reads as a
 *   sentence (a note about the key); a bracketed title over prose is prose;
 * - an ASCII-art table, to the end of its run of lines;
 * - a program listing: a run of program lines (BASIC, assembler, `;` comments, assignments, C-like
 *   code, debugger output), half the run at least when the first is one, two thirds when the first
 *   is a header over a dump.
 */
import { runEnd, type Line } from './lines.ts';
import { isArtLike, isCodeLike, isIniSection, isRegistryLike } from './preformatted.ts';

/** Whether a line reads as a sentence: six words or more, three of them lower-case words, and none of the characters keys and code are made of (`\\`, `=`, `{`, `}`, `;`, `:`, `$`, `<`, `>`, `#`). */
function isSentence(text: string): boolean {
  if (/[\\={};:$<>#]/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  return words.length >= 6 && words.filter((w) => /^[a-z]{2,}[,.]?$/.test(w)).length >= 3;
}

/** How many lines of a run `listingLength` looks at (keeps parsing linear on long runs). */
const listingLookahead = 50;

/** Whether a line may open a listing (the quick test `listingLength` starts with). */
function mayOpenListing(text: string): boolean {
  return isRegistryLike(text) || isIniSection(text) || /^\s*(?:\{\\rtf|Directory of [A-Za-z]:\\)/.test(text);
}

/**
 * How many lines of a run (`run[0]` its first) are a code listing whose line breaks must stay, or 0:
 * its first line is a registry key path (a wrapped path or a tree of subkeys may follow), an INI
 * section header, RTF, or a `Directory of X:\\` listing; the listing ends before the first line
 * that reads as a sentence (a note about the key). A bracketed title followed by prose is prose.
 * `run` is the run of lines, or its first `listingLookahead` lines (then a listing that takes them
 * all goes on to the run's end).
 */
function listingLength(run: readonly Line[]): number {
  const first = run[0]?.text ?? '';
  if (isRegistryLike(first)) {
    if (first.slice(first.lastIndexOf('\\') + 1).trim().split(/\s+/).length >= 4) return 0;
  } else if (!mayOpenListing(first)) return 0;
  let k = 1;
  while (k < run.length && k < listingLookahead && !isSentence(run[k]!.text)) k++;
  if (k === 1 && run.length > 1 && isIniSection(first)) return 0;
  return k;
}

/** BASIC statements (upper case, as the archive's listings write them) and assembler directives that start a program line. */
const programStartPattern =
  /^\s*(?:\d{1,5}\s+)?(?:(?:DIM|REDIM|CLS|PRINT|LPRINT|OPEN|CLOSE|FOR|NEXT|IF|ELSE|ELSEIF|END|CALL|DECLARE|SUB|FUNCTION|SCREEN|LINE|KEY|DEF|DEFINT|DEFDBL|DEFSNG|DEFLNG|DEFSTR|COMMON|TYPE|GOSUB|GOTO|RETURN|INPUT|LOCATE|COLOR|WHILE|WEND|DO|LOOP|SELECT|CASE|SHARED|STATIC|ERASE|BLOAD|BSAVE|POKE|OUT|SLEEP|RANDOMIZE|GET|PUT|FIELD|LSET|RSET|ON|RESUME|ERROR|STOP|SHELL|CHAIN|RUN|DATA|READ|RESTORE|WRITE|SEEK|PALETTE|VIEW|WINDOW|PSET|PRESET|CIRCLE|PAINT|DRAW|SOUND|PLAY|BEEP|CONST|LET)(?=[\s(#$%!&]|$)|\.(?:MODEL|CODE|DATA|STACK)\b|(?:TITLE|DOSSEG|INCLUDELIB|EXTRN|PUBLIC|ASSUME)\s|[A-Za-z_]\w*\s+(?:PROC|ENDP|SEGMENT|ENDS|DB|DW|DD|EQU|proc|endp|segment|ends|db|dw|dd|equ)\b|[A-Za-z_]\w*:\s*$|;|[A-Za-z_][\w.]*[$%!&#]?(?:\([^)]*\))?\s*=)/;

/** Debugger and trace output: two 8-digit hex words (`0006F738 62A02500`), or a register (`eax=007ffff8`); a FoxPro `&&` comment. */
const machinePattern = /\b[0-9A-Fa-f]{8}\b.*\b[0-9A-Fa-f]{8}\b|\b[a-z]{2,3}=[0-9a-f]{8}\b|\S\s+&&\s/;

/** Whether a line reads as a line of a program or of its output: code (`isCodeLike`), an INI section, an assignment (`x = 1`, `a$(i)=`), a BASIC statement, an assembler directive, a `;` comment, or debugger output. */
function isProgramLike(text: string): boolean {
  return isCodeLike(text) || isIniSection(text) || programStartPattern.test(text) || machinePattern.test(text);
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

/** Whether `lines[i]` opens a listing (see `listingLength`) or an ASCII-art table. */
export function opensCode(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  return isArtLike(text) || (mayOpenListing(text) && listingLength(lines.slice(i, runEnd(lines, i, listingLookahead))) > 0);
}

/** How many lines from `lines[i]` on are the listing or ASCII-art table it opens: to the end of its run of lines at most. */
export function codeLength(lines: readonly Line[], i: number): number {
  if (isArtLike(lines[i]!.text)) return runEnd(lines, i) - i;
  const seen = runEnd(lines, i, listingLookahead);
  const length = listingLength(lines.slice(i, seen));
  return length === seen - i && seen === i + listingLookahead ? runEnd(lines, i) - i : length;
}
