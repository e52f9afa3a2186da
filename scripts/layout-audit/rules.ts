/**
 * The layout audit's rules: each looks at one article's source lines, its parsed model and its
 * emitted MDX, and reports the places whose output looks like a flattened layout. They are
 * heuristics for finding articles to read, not the parser's own tests: the parser decides, the
 * audit only points at where to look.
 */
import type { Article, ListNode } from '../../src/lib/parse/index.ts';
import { isMachineOutput } from '../../src/lib/parse/machine-output.ts';
import { isComment, isStatement } from '../../src/lib/parse/program-lines.ts';
import { referencesOf } from '../../src/lib/emit/index.ts';
import { leavesOf, type Leaf } from './spans.ts';

/** One article as the audit sees it. */
export interface AuditInput {
  id: string;
  /** Source lines by 1-based number (index 0 unused), the Jekyll form's TAB prefix removed. */
  lines: readonly string[];
  article: Article;
  mdx: string;
}

/** A place a rule flagged: the source line and a short excerpt. */
export interface Finding {
  line: number;
  excerpt: string;
}

/** A rule: an id, what it flags, and its check. */
export interface Rule {
  id: string;
  description: string;
  check: (input: AuditInput, leaves: readonly Leaf[]) => Finding[];
}

/**
 * The columns where text resumes after a gap inside a line: a run of 3+ spaces, or of 2 spaces not
 * after sentence punctuation (many articles put two spaces between sentences).
 */
export function gapColumns(text: string): number[] {
  const out: number[] = [];
  const re = / {2,}(?=\S)/g;
  const start = text.search(/\S/);
  if (start === -1) return out;
  re.lastIndex = start;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text[m.index - 1] ?? '';
    if (m[0].length === 2 && /[.?!:]/.test(before)) continue;
    // The spacing after a leading list marker (`1.  Click`, `*  Item`) is not a column.
    if (/^\s*(?:[-*o•·]|\d{1,3}[.)]|[A-Za-z][.)]|[ivxlcIVXLC]{2,6}[.)])$/.test(text.slice(0, m.index))) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

/** How many of `numbers`' lines hold a column gap. */
function gapLines(input: AuditInput, numbers: readonly number[]): number {
  return numbers.filter((n) => gapColumns(input.lines[n] ?? '').length > 0).length;
}

/** Whether two of `numbers`' lines hold a column gap at the same column. */
function sharedGap(input: AuditInput, numbers: readonly number[]): boolean {
  const seen = new Set<number>();
  for (const n of numbers) {
    for (const c of new Set(gapColumns(input.lines[n] ?? ''))) {
      if (seen.has(c)) return true;
      seen.add(c);
    }
  }
  return false;
}

const orderedMarker = /^\s*(\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{2,6})([.)])\s+\S/;
const letterMarker = /^\s*([A-Za-z]|[ivxlcIVXLC]{2,6})[.)]\s+\S/;

/** `excerpt` of a source line for the report. */
function excerpt(input: AuditInput, line: number): string {
  return (input.lines[line] ?? '').trim().slice(0, 70);
}

/** Every list of the model, outermost first. */
function listsOf(leaves: readonly Leaf[]): ListNode[] {
  const seen = new Set<ListNode>();
  for (const leaf of leaves) for (const list of leaf.lists) seen.add(list);
  return [...seen];
}

/** The letter or roman numeral value of a marker's text, as a number when it is a plain sequence step. */
function markerKey(text: string): { style: string; value: string } | null {
  const m = orderedMarker.exec(text);
  if (!m) return null;
  const mark = m[1]!;
  const style = /^\d/.test(mark) ? '1' : /^[a-z]/.test(mark) ? 'a' : 'A';
  return { style: style + m[2], value: mark };
}

/** Whether marker `b` follows marker `a` (`1`→`2`, `a`→`b`, `i`→`ii`, `A`→`B`). */
function follows(a: string, b: string): boolean {
  if (/^\d+$/.test(a)) return Number(b) === Number(a) + 1;
  const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
  const ra = roman.indexOf(a.toLowerCase());
  if (ra !== -1 && roman[ra + 1] === b.toLowerCase()) return true;
  return a.length === 1 && b.length === 1 && b.charCodeAt(0) === a.charCodeAt(0) + 1;
}

export const rules: Rule[] = [
  {
    id: 'columns-in-paragraph',
    description: 'a paragraph joined from source lines of which two or more hold a column gap',
    check: (input, leaves) =>
      leaves
        .filter((l) => l.block.type === 'paragraph' && l.lines.length >= 2 && gapLines(input, l.lines) >= 2)
        .map((l) => ({ line: l.block.line, excerpt: excerpt(input, l.block.line) })),
  },
  {
    id: 'columns-in-list',
    description: 'a list with two or more items whose first source lines hold a column gap at the same column (numbered or bulleted rows of a column layout)',
    check: (input, leaves) => {
      const out: Finding[] = [];
      for (const list of listsOf(leaves)) {
        const lines = leaves.filter((l) => l.block.type === 'paragraph' && l.lists.at(-1) === list && l.itemStart).map((l) => l.lines[0]!);
        if (lines.length >= 2 && sharedGap(input, lines)) out.push({ line: list.line, excerpt: excerpt(input, list.line) });
      }
      return out;
    },
  },
  {
    id: 'rule-after-short-line',
    description: 'a thematic break of `-` or `=` about as long as the short line a blank line above it (a heading whose underline was set apart)',
    check: (input, leaves) => {
      const out: Finding[] = [];
      for (const leaf of leaves) {
        if (leaf.block.type !== 'rule') continue;
        const rule = (input.lines[leaf.block.line] ?? '').trim();
        if (!/^(?:-+|=+)$/.test(rule)) continue;
        const n = leaf.block.line - 2;
        const title = (input.lines[n] ?? '').trim();
        const alone = (input.lines[n - 1] ?? '').trim() === '' && (input.lines[n + 1] ?? '').trim() === '';
        if (alone && title !== '' && title.length <= 60 && Math.abs(title.length - rule.length) <= 3) out.push({ line: leaf.block.line, excerpt: `${title} / ${rule.slice(0, 20)}` });
      }
      return out;
    },
  },
  {
    id: 'letters-as-numbers',
    description: 'an ordered list whose source markers were letters or roman numerals, emitted without them',
    check: (input, leaves) => {
      const lettered = listsOf(leaves).filter((list) => list.ordered && letterMarker.test(input.lines[list.line] ?? ''));
      const typed = input.mdx.match(/<ol type="[aAiI]"/g)?.length ?? 0;
      return lettered.length > typed ? lettered.map((list) => ({ line: list.line, excerpt: excerpt(input, list.line) })) : [];
    },
  },
  {
    id: 'markers-in-paragraph',
    description: 'a paragraph joined from 2+ lines starting with ordered markers in sequence (a flattened list)',
    check: (input, leaves) => {
      const out: Finding[] = [];
      for (const leaf of leaves) {
        if (leaf.block.type !== 'paragraph' || leaf.lines.length < 2) continue;
        const keys = leaf.lines.slice(leaf.itemStart ? 1 : 0).map((n) => markerKey(input.lines[n] ?? ''));
        if (keys.some((k, i) => k && i > 0 && keys.slice(0, i).some((p) => p && p.style === k.style && follows(p.value, k.value)))) {
          out.push({ line: leaf.block.line, excerpt: excerpt(input, leaf.block.line) });
        }
      }
      return out;
    },
  },
  {
    id: 'wrapped-number-as-list',
    description: 'a list or list item starting on a line that continues a long prose line ending in a letter, digit or comma (`… Windows` / `95. The …`), not the next step',
    check: (input, leaves) => {
      const out: Finding[] = [];
      for (const list of listsOf(leaves)) {
        if (!list.ordered) continue;
        list.children.forEach((item, k) => {
          const before = (input.lines[item.line - 1] ?? '').trimEnd();
          if (before.length < 60 || !/[A-Za-z0-9,]$/.test(before) || orderedMarker.test(before)) return;
          const previous = list.children[k - 1];
          const key = markerKey(input.lines[item.line] ?? '');
          const prevKey = previous ? markerKey(input.lines[previous.line] ?? '') : null;
          if (key && prevKey && follows(prevKey.value, key.value)) return;
          out.push({ line: item.line, excerpt: `${before.trim().slice(-30)} / ${excerpt(input, item.line)}` });
        });
      }
      return out;
    },
  },
  {
    id: 'citation-not-listed',
    description: 'an `ARTICLE-ID: Qnnn` citation not read as a listed reference to that article (or, inside a line, not linked)',
    check: (input, leaves) => {
      const listed = new Set<string>();
      for (const leaf of leaves) {
        if (leaf.block.type === 'referenceList') for (const item of leaf.block.children) listed.add(`${item.line}:${item.number}`);
      }
      const cited = new Set(referencesOf(input.article));
      const out: Finding[] = [];
      input.lines.forEach((text, n) => {
        const m = /ARTICLE-ID\s*:\s*(?:ARTICLE-ID:\s*|ID:\s*)?(?:<LINK[^>]*>)?[Qq]?0*(\d{3,7})/.exec(text);
        if (!m) return;
        const ok = /^\s*ARTICLE-ID/.test(text) ? listed.has(`${n}:${Number(m[1])}`) : cited.has(`Q${Number(m[1])}`);
        if (!ok) out.push({ line: n, excerpt: excerpt(input, n) });
      });
      return out;
    },
  },
  {
    id: 'listing-as-paragraph',
    description: 'a paragraph whose first line opens a code listing (a registry key path, an INI section, RTF, `Directory of X:\\`)',
    check: (input, leaves) =>
      leaves
        .filter((l) => l.block.type === 'paragraph' && /^\s*(?:(?:[-*o•·]|\d{1,3}[.)]|[A-Za-z][.)])\s+)?(?:HKEY_[A-Z_]+(?:\\|\s*$)|\[[^\]\s][^\]]*\]\s*$|\{\\rtf|Directory of [A-Za-z]:\\)/.test(input.lines[l.block.line] ?? ''))
        .map((l) => ({ line: l.block.line, excerpt: excerpt(input, l.block.line) })),
  },
  {
    id: 'link-url-preformatted',
    description: 'a preformatted block of link text lines each followed by its URL in parentheses',
    check: (input, leaves) =>
      leaves
        .filter((l) => l.block.type === 'preformatted' && l.lines.some((n) => /^\s*\((?:https?|ftp):\/\/\S+\)\s*$/.test(input.lines[n] ?? '')))
        .map((l) => ({ line: l.block.line, excerpt: excerpt(input, l.block.line) })),
  },
  {
    id: 'code-in-paragraph',
    description: 'a paragraph (or list item) joined from 2+ source lines of which two or more, and half at least, are program statements, comments that cannot be prose, or machine output (a listing or a trace read as prose)',
    check: (input, leaves) =>
      leaves
        .filter((l) => {
          if (l.block.type !== 'paragraph' || l.lines.length < 2) return false;
          // A list item's marker line is read without its marker, as the parser reads the item's text.
          const texts = l.lines.map((n, k) => (k === 0 && l.itemStart ? (input.lines[n] ?? '').replace(/^\s*(?:[-o•·]|\d{1,3}[.)]|[A-Za-z][.)])\s+/, '') : (input.lines[n] ?? '')));
          const code = texts.filter((t) => isStatement(t) || isMachineOutput(t) || (isComment(t) && !/^\s*\*\s/.test(t))).length;
          return code >= 2 && code * 2 >= texts.length;
        })
        .map((l) => ({ line: l.block.line, excerpt: excerpt(input, l.block.line) })),
  },
];
