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
 * make one list.
 */
import { normalizeArticleId, writtenIdSource } from './ids.ts';
import { firstNonSpace, isRuleText, type Line } from './lines.ts';
import type { ReferenceItemNode, ReferenceListNode } from './model.ts';

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

/** Read the citations starting at `start` (blank lines between them allowed); returns the list and the index after it. */
export function readCitations(lines: readonly Line[], start: number): { node: ReferenceListNode; end: number } {
  const items: ReferenceItemNode[] = [];
  let i = start;
  let end = start;
  while (i < lines.length) {
    const cited = matchCitation(lines[i]!);
    if (!cited) break;
    const read = readCitation(lines, i, cited);
    items.push(read.item);
    end = read.end;
    i = end;
    while (i < lines.length && lines[i]!.blank) i++;
  }
  return { node: { type: 'referenceList', children: items, line: lines[start]?.number ?? 1 }, end };
}
