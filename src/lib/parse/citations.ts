/**
 * Citations in the older form, read as reference-list entries so that they link, list and count
 * exactly as `Q121852 Title` lines do; the labels are kept as written on each entry.
 *
 *   ARTICLE-ID: Q121852
 *   TITLE : How to Do the Thing That Has a Title Long Enough
 *           to Wrap
 *
 * Grammar: an id line — `ARTICLE-ID`, `:`, an id (`Q121852`, or the archive's
 * `<LINK TYPE="ARTICLE" VALUE="Q121852">Q121852</LINK>`), then maybe the title, with or without a
 * `TITLE :` label — then, after at most one blank line, a `TITLE :` line (also `TITLE:`,
 * `TITLED :`, `Title :`) when the id line had no title. The title continues on the lines right
 * after it that are not another citation, a label or a rule. Entries separated by blank lines
 * make one list. One article writes the title first (`TITLE : …` right above `ARTICLE-ID: Q161426`);
 * that is the same entry.
 *
 * A citation written in a program's comments (`'   ARTICLE-ID: Q135840` then `'   TITLE : …`) is
 * taken out of its listing the same way: the listing is split around it (`splitCitedCode`).
 */
import { normalizeArticleId, writtenIdSource } from './ids.ts';
import { firstNonSpace, isRuleText, type Line } from './lines.ts';
import type { Block, PreformattedNode, ReferenceItemNode, ReferenceListNode } from './model.ts';

const idLinePattern = new RegExp(
  `^\\s*(ARTICLE-ID\\s*:\\s*(?:(?:ARTICLE-)?ID\\s*:\\s*)?(?:<LINK\\b[^>]*>)?(${writtenIdSource()})(?:<\\/LINK>)?)(?:[\\s\\u00a0]+(.*))?$`,
);
const titlePattern = /^\s*(TITLED?\s*:|Title\s*:)\s*(.*)$/;

/** An id line: the label and id as written, the id, and the rest of the line (a title, maybe labelled). */
export interface CitationStart {
  label: string;
  value: string;
  rest: string;
}

/** Whether a line starts an older-form citation (`ARTICLE-ID: Q121852`). */
export function matchCitation(line: Line): CitationStart | null {
  if (line.text.charCodeAt(firstNonSpace(line.text)) !== 65 || !line.text.includes('ARTICLE-ID')) return null;
  const m = idLinePattern.exec(line.text.trimEnd());
  if (!m || !normalizeArticleId(m[2] ?? '')) return null;
  return { label: m[1] ?? '', value: m[2] ?? '', rest: (m[3] ?? '').trim() };
}

/** Whether a line is a title label line (`TITLE : …`). */
function matchTitle(line: Line | undefined): { label: string; title: string } | null {
  const m = line && !line.blank ? titlePattern.exec(line.text.trimEnd()) : null;
  return m ? { label: m[1] ?? '', title: (m[2] ?? '').trim() } : null;
}

/** A title-first citation at `i`: a `TITLE : …` line right above an id line with nothing after the id. */
function matchTitleFirst(lines: readonly Line[], i: number): { label: string; title: string; cited: CitationStart } | null {
  const line = lines[i]!;
  if (line.blank || !line.text.includes('TITLE')) return null;
  const title = matchTitle(line);
  const next = lines[i + 1];
  const cited = title && title.title !== '' && next ? matchCitation(next) : null;
  return cited && cited.rest === '' ? { ...title!, cited } : null;
}

/** Whether an older-form citation starts at `lines[i]` (its id line, or a title right above it). */
export function startsCitation(lines: readonly Line[], i: number): boolean {
  return matchCitation(lines[i]!) !== null || matchTitleFirst(lines, i) !== null;
}

/** Read one citation at `start`; returns the entry and the index after it. */
function readCitation(lines: readonly Line[], start: number, cited: CitationStart): { item: ReferenceItemNode; end: number } {
  const line = lines[start]!;
  const id = normalizeArticleId(cited.value)!;
  let titleLabel: string | null = null;
  let title = cited.rest;
  let end = start + 1;
  const inline = matchTitle({ ...line, text: cited.rest });
  if (inline) ({ label: titleLabel, title } = inline);
  else if (title === '') {
    const at = lines[end]?.blank ? end + 1 : end;
    const next = matchTitle(lines[at]);
    if (next) {
      ({ label: titleLabel, title } = next);
      end = at + 1;
    }
  }
  // Wrapped title lines: right after, until a blank line, another citation, a label or a rule.
  while (end < lines.length && title !== '') {
    const next = lines[end]!;
    if (next.blank || matchCitation(next) || matchTitle(next) || isRuleText(next.text)) break;
    title = `${title} ${next.text.trim()}`;
    end++;
  }
  const item: ReferenceItemNode = { type: 'referenceItem', id: id.id, number: id.number, value: cited.value, title, citation: { id: cited.label, title: titleLabel }, line: line.number };
  return { item, end };
}

/** Read a title-first citation at `start` (the title line; the entry's line is its id's). */
function readTitleFirst(lines: readonly Line[], start: number, found: { label: string; title: string; cited: CitationStart }): { item: ReferenceItemNode; end: number } {
  const id = normalizeArticleId(found.cited.value)!;
  const line = lines[start + 1]!;
  const item: ReferenceItemNode = { type: 'referenceItem', id: id.id, number: id.number, value: found.cited.value, title: found.title, citation: { id: found.cited.label, title: found.label }, line: line.number };
  return { item, end: start + 2 };
}

/** Read the citations starting at `start` (blank lines between them allowed); returns the list and the index after it. */
export function readCitations(lines: readonly Line[], start: number): { node: ReferenceListNode; end: number } {
  const items: ReferenceItemNode[] = [];
  let i = start;
  let end = start;
  while (i < lines.length) {
    const cited = matchCitation(lines[i]!);
    const titleFirst = cited ? null : matchTitleFirst(lines, i);
    if (!cited && !titleFirst) break;
    const read = cited ? readCitation(lines, i, cited) : readTitleFirst(lines, i, titleFirst!);
    items.push(read.item);
    end = read.end;
    i = end;
    while (i < lines.length && lines[i]!.blank) i++;
  }
  return { node: { type: 'referenceList', children: items, line: lines[start]?.number ?? 1 }, end };
}

/** A citation in a comment: the comment's mark (`'`, `;`, `*`, `//`, `REM`, `&&`), then `ARTICLE-ID: Qnnn` alone. */
const commentedIdPattern = new RegExp(`^(\\s*(?:'|;|\\*+|\\/\\/|REM\\b|&&)\\s*)(ARTICLE-ID\\s*:\\s*(${writtenIdSource()}))\\s*$`);

/**
 * A preformatted listing with citations in its comments, split around them: the listing before,
 * the citations as a reference list (so they link, list and count), the listing after. A listing
 * without such a citation is returned as it is.
 */
export function splitCitedCode(node: PreformattedNode): Block[] {
  if (!node.value.includes('ARTICLE-ID')) return [node];
  const rows = node.value.split('\n');
  const out: Block[] = [];
  let from = 0;
  const flush = (to: number): void => {
    while (from < to && rows[from]!.trim() === '') from++;
    let last = to;
    while (last > from && rows[last - 1]!.trim() === '') last--;
    if (last > from) out.push({ ...node, value: rows.slice(from, last).join('\n'), line: node.line + from });
  };
  for (let k = 0; k + 1 < rows.length; k++) {
    const m = commentedIdPattern.exec(rows[k]!);
    const id = m ? normalizeArticleId(m[3]!) : null;
    const mark = m?.[1]?.trim() ?? '';
    const next = rows[k + 1]!;
    const title = id && next.trimStart().startsWith(mark) ? titlePattern.exec(next.trimStart().slice(mark.length)) : null;
    if (!m || !id || !title) continue;
    flush(k);
    const item: ReferenceItemNode = { type: 'referenceItem', id: id.id, number: id.number, value: m[3]!, title: (title[2] ?? '').trim(), citation: { id: `${mark} ${m[2]!}`, title: title[1]! }, line: node.line + k };
    out.push({ type: 'referenceList', children: [item], line: node.line + k });
    from = k + 2;
    k++;
  }
  flush(rows.length);
  return out;
}
