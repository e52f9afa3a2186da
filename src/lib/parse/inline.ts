/**
 * The inline pass: text to text, article references (`Q266130`), URLs
 * (http, https, ftp, `www.`) and e-mail addresses. A linear scan: no
 * backtracking regular expression ever runs over a whole line.
 *
 * Article references are `Q` or `q` followed by 4 to 6 digits (leading zeros
 * allowed), not touching a letter, digit or `_` on either side, and not inside
 * a URL or an address. `KB266130` is not recognised (not used by the archive).
 */
import { idMentionPattern, normalizeArticleId } from './ids.ts';
import type { Inline } from './model.ts';

/** A piece of a paragraph's text and the source line it starts on. */
export interface TextSpan {
  text: string;
  line: number;
}

/** A recognised inline at `[start, end)`; its node's line is set when the nodes are assembled. */
interface Token {
  start: number;
  end: number;
  node: Inline;
}

const refPattern = idMentionPattern;
const wwwPattern = /www\./gi;

/** Whether a character code is an ASCII letter, digit or `_`. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether a character code is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether a character may be part of a URL. */
function isUrlChar(c: number): boolean {
  return c > 32 && c !== 34 && c !== 60 && c !== 62 && c !== 0x7f && c !== 0xa0 && c !== 96;
}

/** Whether a character may be part of an e-mail address's local part. */
function isLocalChar(c: number): boolean {
  return isWordCode(c) || c === 46 || c === 37 || c === 43 || c === 45;
}

/** Whether a character may be part of a host name. */
function isHostChar(c: number): boolean {
  return isWordCode(c) || c === 46 || c === 45;
}

/** Trim trailing punctuation and unbalanced `)` or `]` from a URL candidate's end. */
function urlEnd(text: string, start: number, end: number): number {
  let parens = 0;
  let brackets = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(') parens++;
    else if (ch === ')') parens--;
    else if (ch === '[') brackets++;
    else if (ch === ']') brackets--;
  }
  let e = end;
  while (e > start) {
    const ch = text[e - 1] ?? '';
    if ('.,;:!?\'"'.includes(ch)) e--;
    else if (ch === ')' && parens < 0) {
      parens++;
      e--;
    } else if (ch === ']' && brackets < 0) {
      brackets++;
      e--;
    } else break;
  }
  return e;
}

/** Whether a host name has at least two dot-separated labels and ends in a letter-only label of 2+. */
export function isHostName(host: string): boolean {
  const labels = host.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) if (!/^[A-Za-z0-9-]+$/.test(label)) return false;
  return /^[A-Za-z]{2,}$/.test(labels[labels.length - 1] ?? '');
}

/** Find URLs (`scheme://…` and `www.…`). */
function findUrls(text: string, out: Token[]): void {
  let from = 0;
  for (;;) {
    const sep = text.indexOf('://', from);
    if (sep === -1) break;
    from = sep + 3;
    let s = sep;
    while (s > 0 && s > sep - 5 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    const scheme = text.slice(s, sep).toLowerCase();
    if (scheme !== 'http' && scheme !== 'https' && scheme !== 'ftp') continue;
    if (s > 0 && isWordCode(text.charCodeAt(s - 1))) continue;
    let e = from;
    while (e < text.length && isUrlChar(text.charCodeAt(e))) e++;
    e = urlEnd(text, s, e);
    if (e <= from) continue;
    const value = text.slice(s, e);
    out.push({ start: s, end: e, node: { type: 'url', value, href: value, line: 0 } });
    from = e;
  }
  for (wwwPattern.lastIndex = 0; ; ) {
    const match = wwwPattern.exec(text);
    if (!match) break;
    const w = match.index;
    from = w + 4;
    const before = w > 0 ? text.charCodeAt(w - 1) : 32;
    if (isWordCode(before) || before === 46 || before === 47 || before === 64 || before === 45) continue;
    let e = from;
    while (e < text.length && isHostChar(text.charCodeAt(e))) e++;
    const host = text.slice(w, e).replace(/[.-]+$/, '');
    if (!isHostName(host) || host.split('.').length < 3) continue;
    while (e < text.length && isUrlChar(text.charCodeAt(e))) e++;
    e = urlEnd(text, w, e);
    const value = text.slice(w, e);
    out.push({ start: w, end: e, node: { type: 'url', value, href: `http://${value}`, line: 0 } });
    from = e;
    wwwPattern.lastIndex = from;
  }
}

/** Find e-mail addresses around each `@`. */
function findEmails(text: string, out: Token[]): void {
  let from = 0;
  let floor = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at === -1) break;
    from = at + 1;
    let s = at;
    while (s > floor && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < at && text[s] === '.') s++;
    let e = at + 1;
    while (e < text.length && isHostChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    floor = at + 1;
    if (s === at) continue;
    const domain = text.slice(at + 1, e);
    if (!isHostName(domain)) continue;
    out.push({ start: s, end: e, node: { type: 'email', value: text.slice(s, e), line: 0 } });
    from = e;
    floor = e;
  }
}

/** Find article references. */
function findRefs(text: string, out: Token[]): void {
  refPattern.lastIndex = 0;
  for (let m = refPattern.exec(text); m; m = refPattern.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s > 0 && isWordCode(text.charCodeAt(s - 1))) continue;
    if (e < text.length && isWordCode(text.charCodeAt(e))) continue;
    const id = normalizeArticleId(m[0]);
    if (!id) continue;
    out.push({ start: s, end: e, node: { type: 'articleRef', id: id.id, number: id.number, value: m[0], line: 0 } });
  }
}

const priority: Record<Inline['type'], number> = { url: 0, email: 1, articleRef: 2, text: 3 };

/** Inline nodes of `text`; `lineAt(offset)` is the source line of the node starting at `offset` (called with rising offsets). */
function inlines(text: string, lineAt: (offset: number) => number): Inline[] {
  const tokens: Token[] = [];
  findUrls(text, tokens);
  findEmails(text, tokens);
  findRefs(text, tokens);
  tokens.sort((a, b) => a.start - b.start || priority[a.node.type] - priority[b.node.type]);
  const out: Inline[] = [];
  let pos = 0;
  for (const token of tokens) {
    if (token.start < pos) continue;
    if (token.start > pos) out.push({ type: 'text', value: text.slice(pos, token.start), line: lineAt(pos) });
    token.node.line = lineAt(token.start);
    out.push(token.node);
    pos = token.end;
  }
  if (pos < text.length) out.push({ type: 'text', value: text.slice(pos), line: lineAt(pos) });
  return out;
}

/** Parse one string into inline nodes, all on `line`. */
export function parseInline(text: string, line: number): Inline[] {
  return inlines(text, () => line);
}

/**
 * Parse spans (one per source line) joined with single spaces; adjacent text merges and keeps its
 * first line. A node's line is that of the span it starts in (a joining space belongs to the span
 * after it). No token crosses a space, so this equals parsing each span alone.
 */
export function parseSpans(spans: readonly TextSpan[]): Inline[] {
  if (spans.length === 0) return [];
  if (spans.length === 1) return parseInline(spans[0]!.text, spans[0]!.line);
  const starts: number[] = [0];
  let end = spans[0]!.text.length;
  for (let k = 1; k < spans.length; k++) {
    starts.push(end);
    end += 1 + spans[k]!.text.length;
  }
  let k = 0;
  const lineAt = (offset: number): number => {
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
    return spans[k]!.line;
  };
  return inlines(spans.map((span) => span.text).join(' '), lineAt);
}
