/**
 * Code listings whose line breaks must stay, whatever the lines around them:
 *
 * - a run opened by a registry key path (a wrapped path or a tree of subkeys may follow), an INI
 *   section header, RTF or a `Directory of X:\\` line, up to the first line that reads as a
 *   sentence (a note about the key); a bracketed title over prose is prose;
 * - an ASCII-art table, to the end of its run of lines;
 * - a box drawn with `*` (a banner, a program's comment box): three lines or more, each a rule of
 *   `*` or a line that starts with `* ` and ends with ` *`; its sides are not bullets;
 * - settings: two lines or more of `name = value` (`Data type = REG_DWORD` / `Range = 0 or 1`,
 *   `MaxButton = .F.`), none of them prose, closing a paragraph whose first line is a name or ends
 *   in `:` (`UpdateFrequency`, `Set the following properties of the form:`), or making it whole.
 *
 * - a listing under a paragraph's text, no blank line between: two lines or more of program text,
 *   INI or registry lines, settings or machine output, under a line ending in `:`
 *   (`… remove the following lines:` / `Device=\BlueMAX\ExtraDOS.max` / `Install=…`), or
 *   settings alone under a sentence that stops without a period (`… create one with the following
 *   entries` / `EXTENT = TREE` / `INTEGRITY = FILE`) or under a paragraph's first line of three words
 *   at most (`a textbox` / `name = 'Textbox1'`); the prose after them, if any, is a paragraph of its own;
 *   and two settings or more heading a paragraph (`COM1Base=<address>` / `COM2Base=<address>` /
 *   `Default:  2`), the text below them a paragraph.
 * - a registry value written as labelled lines (`Value Name: Display` / `Data Type : REG_SZ` /
 *   `Value     : (GMT+02:00) Athens`): two lines or more of `Label: value` with the labels of a
 *   registry entry, one of them a `REG_` type, making the paragraph or closing it under a line
 *   ending in `:`;
 * - a paragraph of two lines or more each of which is a statement or machine output, none prose (a
 *   bullet whose text is a stack, `ntdll!RtlAllocateHeap` / `snalm!GetReadBuffer`): verbatim text
 *   needs a blank line or a container's start above it, a list item's own text has neither;
 * - a listing written inside quotation marks, as steps write what to type (`" [Paths]` /
 *   `WinDir=C:\WINDOWS` / `HostWinBootDrv=C " (without the quotation marks)`): a paragraph of two
 *   lines or more opening with `"`, ending with `" (without the quotation marks)`, two of its lines
 *   program text, INI lines or comments and none prose but a comment.
 *
 * Program listings and machine output are verbatim text (`verbatim.ts`).
 */
import { isRuleText, runEnd, type Line } from './lines.ts';
import { isMachineOutput } from './machine-output.ts';
import { isComment, isProseLine, isStarText, isStatement, readsAsProse } from './program-lines.ts';
import { isArtLike, isIniLike, isIniSection, isRegistryLike } from './preformatted.ts';

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

/** A line of a box drawn with `*`: a rule of five `*` or more, or a side (`*   text   *`). */
const starBoxPattern = /^\s*(?:\*{5,}|\*(?: .*)? \*)\s*$/;

/** How many lines from `lines[i]` on are a box drawn with `*` (its whole run, three lines or more), or 0. */
export function starBoxLength(lines: readonly Line[], i: number): number {
  const end = runEnd(lines, i);
  if (end - i < 3) return 0;
  for (let k = i; k < end; k++) if (!starBoxPattern.test(lines[k]!.text)) return 0;
  return end - i;
}

/** A setting: a short name (words, `_`, `-`, `#`), `=`, a value. */
const settingPattern = /^\s*[A-Za-z_][\w #-]{0,40}?\s?=\s*\S/;

/** Whether a line is a setting and not prose (`Range = 0 or 1`, not `the value = 0 means that the key is not read`). */
function isSetting(text: string): boolean {
  return settingPattern.test(text) && !readsAsProse(text);
}

/**
 * Where the settings of a paragraph's lines start (see the file comment): 0 when every line is one, 1
 * when the first line is a name or ends in `:` and the rest are, or -1.
 */
export function settingsStart(lines: readonly Line[]): number {
  if (lines.length < 2) return -1;
  for (let k = 1; k < lines.length; k++) if (!isSetting(lines[k]!.text)) return -1;
  const first = lines[0]!.text;
  if (isSetting(first)) return lines.length >= 2 ? 0 : -1;
  if (lines.length < 3) return -1;
  return /:\s*$/.test(first) || first.trim().split(/\s+/).length <= 3 ? 1 : -1;
}

/** A setting named by one word (`ToolTipText = any wording …`). */
const keyLinePattern = /^\s*([A-Za-z_][\w.$-]*)\s?=\s*\S/;

/**
 * Whether a line is a setting or an INI line (see `keyLinePattern`; a prose value only under a program's name): not a condition
 * continued on the next line (`… = "8.0" and`), nor a sentence (`Unique="Class". SCX - Same as …`,
 * `uniqueID="Screen".`).
 */
function isKeyLine(text: string): boolean {
  // Most lines hold no `=`: settled at once.
  if (!text.includes('=')) return false;
  const name = keyLinePattern.exec(text)?.[1];
  // A setting whose value is a phrase is one when its name is a program's (`ToolTipText`), not a word of a sentence (`operator= function and a class …`).
  const key = name !== undefined && (!isProseLine(text) || /[A-Z0-9_.$]/.test(name.slice(1)));
  return (key || (isIniLike(text) && !isIniSection(text) && !isProseLine(text))) && !/(?:\s(?:and|or|AND|OR)|[,(+&|.])\s*$|[.!?]["')]?\s+[A-Z]/.test(text);
}

/** Whether a line is a line of a listing: a setting, or program text, an INI or registry line or machine output that is not prose. */
function isListingLine(text: string): boolean {
  return isKeyLine(text) || ((isStatement(text) || isIniLike(text) || isRegistryLike(text) || isMachineOutput(text)) && !isProseLine(text));
}

/**
 * The lines `[start, end)` of a paragraph's lines that are a listing under its text (see the file
 * comment), or null: two lines or more, right under a line ending in `:` (any listing lines) or
 * under a line of prose that stops without a sentence's end or a first line of a name (settings
 * only), what follows them, if anything, opening with a line of prose; or two settings or more
 * heading the paragraph, text about them below.
 */
export function listingInParagraph(lines: readonly Line[]): { start: number; end: number } | null {
  // Settings heading the paragraph, the text about them below (`COM1Base=<address>` … / `Default:  2`).
  let head = 0;
  while (head < lines.length && isKeyLine(lines[head]!.text)) head++;
  if (head >= 2 && head < lines.length) {
    // Short lines of neither prose nor labels under them are the same file's (`Link Driver DEPCA` in NET.CFG).
    const rest = lines.slice(head);
    if (rest.every((l) => !isProseLine(l.text) && !/^\s*[A-Za-z][\w ]*:(?:\s|$)/.test(l.text) && l.text.trim().split(/\s+/).length <= 4)) return { start: 0, end: lines.length };
    return { start: 0, end: head };
  }
  for (let k = 1; k + 1 < lines.length; k++) {
    const intro = lines[k - 1]!.text.trimEnd();
    const colon = intro.endsWith(':');
    // Settings under a line with no colon: under a sentence that stops short, or under a name (`b. a textbox`); the settings are looked at first (most lines are prose).
    if (!colon && !(isKeyLine(lines[k]!.text) && /[A-Za-z0-9)]$/.test(intro) && (readsAsProse(intro) || (k === 1 && intro.trim().split(/\s+/).length <= 3)))) continue;
    const belongs = colon ? isListingLine : isKeyLine;
    let end = k;
    while (end < lines.length && belongs(lines[end]!.text)) end++;
    if (end - k >= 2 && (end === lines.length || isProseLine(lines[end]!.text)) && !isListingLine(intro)) return { start: k, end };
    if (end > k) k = end;
  }
  return null;
}

/** The idiom closing a quoted listing, the closing quote and the note after it. */
const withoutQuotesPattern = /"\s*\(without the quotation marks\)\s*$/i;

/** Whether a paragraph's lines are a listing written inside quotation marks (see the file comment). */
export function isQuotedListing(lines: readonly Line[]): boolean {
  if (lines.length < 2 || !/^\s*"/.test(lines[0]!.text)) return false;
  if (!withoutQuotesPattern.test(lines.map((l) => l.text.trim()).join(' '))) return false;
  let listing = 0;
  for (const [k, line] of lines.entries()) {
    // The text inside the quotes: the opening quote, and the closing quote with the note, set aside.
    let text = k === 0 ? line.text.replace(/^(\s*)"\s?/, '$1') : line.text;
    const close = text.lastIndexOf('"');
    if (k >= lines.length - 2 && close !== -1 && /\(without/i.test(text.slice(close))) text = text.slice(0, close);
    if (isComment(text)) listing++;
    else if (isProseLine(text)) return false;
    else if (isStatement(text) || isIniLike(text) || isMachineOutput(text)) listing++;
  }
  return listing >= 2;
}

/** A line of a registry value's description: a label of a registry entry, a colon, a value. */
const registryValuePattern = /^\s*\(?(?:Registry Key|Key Name|Key|Subkey|Value Name|Value Type|Value|Data Type|Date Type|Data Value|Data|Type|String|Default|Range|Radix|Base)\s*:\s*\S/;

/**
 * Where the registry value closing a paragraph's lines starts (see the file comment): 0 when the
 * whole paragraph is one, the index after a line ending in `:` when it closes the paragraph, or -1.
 */
export function registryValueStart(lines: readonly Line[]): number {
  let k = lines.length;
  while (k > 0 && registryValuePattern.test(lines[k - 1]!.text)) k--;
  if (lines.length - k < 2 || (k > 0 && !/:\s*$/.test(lines[k - 1]!.text))) return -1;
  return lines.slice(k).some((l) => /\bREG_[A-Z_]+\b/.test(l.text)) ? k : -1;
}

/** Whether every line of a paragraph (two or more) is a statement or machine output, none of them prose, the first not an introduction ending in `:` (see the file comment). */
export function isListingParagraph(lines: readonly Line[]): boolean {
  // A first line ending in `:` introduces what follows (`Call SQLSetPos:`): the listing-under-text reader's.
  return lines.length >= 2 && !/:\s*$/.test(lines[0]!.text) && lines.every((l) => !isProseLine(l.text) && (isStatement(l.text) || isMachineOutput(l.text)));
}

/**
 * Whether the run `lines[start..end)` is a listing introduced by the line above it (`… you may see
 * entries similar to the following:`, then a blank line or two, or a blank line and a rule over the output): two lines or more, half at least program
 * text, machine output or lines with a gap of columns inside (a comment shaped like a bullet aside),
 * and none reading as prose.
 */
export function isIntroducedListing(lines: readonly Line[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  // A blank line or two, or a rule drawn over the output and a blank line above it, lie between.
  let k = start - 1;
  if (k >= 0 && !lines[k]!.blank && isRuleText(lines[k]!.text)) k--;
  const gap = k;
  while (k >= 0 && gap - k < 2 && lines[k]!.blank) k--;
  if (k < 0 || k === gap) return false;
  const intro = lines[k]!;
  // The introduction ends in `:` and reads as prose, or ends a sentence begun in prose on the line above (`… file (.sic` / `or .sid):`).
  const above = lines[k - 1];
  if (intro.blank || !/:\s*$/.test(intro.text) || isStatement(intro.text) || !(readsAsProse(intro.text) || (above !== undefined && !above.blank && readsAsProse(above.text)))) return false;
  let code = 0;
  for (let k = start; k < end; k++) {
    const text = lines[k]!.text;
    if (isProseLine(text)) return false;
    if (isStatement(text) || isMachineOutput(text) || (isComment(text) && !/^\s*\*\s/.test(text)) || /[^\s.?!:]\s{2,}\S/.test(text.trim())) code++;
  }
  return code >= 2 && code * 2 >= end - start;
}

/** Whether a paragraph's lines are a statement under its comment (`*This tells the other side to start` / `Thisform.Olecontrol1.output = CHR(26)`): every line a statement or a comment that cannot be a bullet, one of each at least. */
export function isCommentedStatement(lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  // Most paragraphs are prose with no comment line: asking that first, cheaply, spares every other
  // paragraph the statement tests (the parse's dearest lines; the answer is the same).
  if (!lines.some((line) => isComment(line.text) && !isStarText(line.text))) return false;
  let statements = 0;
  let comments = 0;
  for (const line of lines) {
    if (isStatement(line.text)) statements++;
    else if (isComment(line.text) && !isStarText(line.text)) comments++;
    else return false;
  }
  return statements > 0 && comments > 0;
}
