/** Reference lists: lines giving an article id then its title (`  Q266130 SMS: Component Versions …`). */
import { normalizeArticleId, writtenIdSource } from './ids.ts';
import { firstNonSpace, type Line } from './lines.ts';
import type { ReferenceItemNode, ReferenceListNode } from './model.ts';

/** A reference line: an id of 4 to 6 digits (a shorter one is a quarter or a list label: `Q1`), then its title. */
const refLinePattern = new RegExp(`^\\s*(${writtenIdSource(4, 6)})(?:[\\s\\u00a0]+(.*))?$`);

/** Whether a line is a reference line; returns the id as written and the title. */
export function matchReference(line: Line): { value: string; title: string } | null {
  const first = line.text.charCodeAt(firstNonSpace(line.text));
  if (first !== 81 && first !== 113) return null;
  const m = refLinePattern.exec(line.text.trimEnd());
  if (!m || !normalizeArticleId(m[1] ?? '')) return null;
  return { value: m[1] ?? '', title: (m[2] ?? '').trim() };
}

/** Read a reference list starting at `start`; returns the node and the index after it. */
export function readReferenceList(lines: readonly Line[], start: number): { node: ReferenceListNode; end: number } {
  const items: ReferenceItemNode[] = [];
  let i = start;
  let end = start;
  let lastIndent = lines[start]?.indent ?? 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line) break;
    if (line.blank) {
      i++;
      continue;
    }
    const ref = matchReference(line);
    if (ref) {
      const id = normalizeArticleId(ref.value);
      if (!id) break;
      items.push({ type: 'referenceItem', id: id.id, number: id.number, value: ref.value, title: ref.title, line: line.number });
      lastIndent = line.indent;
      end = ++i;
      continue;
    }
    const last = items[items.length - 1];
    if (last && i === end && line.indent > lastIndent) {
      last.title = last.title ? `${last.title} ${line.text.trim()}` : line.text.trim();
      end = ++i;
      continue;
    }
    break;
  }
  return { node: { type: 'referenceList', children: items, line: lines[start]?.number ?? 1 }, end };
}
