/**
 * Reads one built article page into a search record, as Pagefind read it before it was replaced: body text from the
 * `data-search-body` elements (minus `data-search-ignore` subtrees and heading permalinks), cut
 * into sections at headings with ids, plus the `data-search-meta` / `-filter` values wherever they
 * sit. One pass of htmlparser2's streaming parser; no DOM.
 */
import { Parser } from 'htmlparser2';
import type { SearchRecord, SearchSection } from './record.ts';
import { blockElements, rawElements } from './text-elements.ts';

const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The metadata keys a record keeps. */
const metaKeys = new Set(['id', 'title', 'date', 'ids']);
/** `/kb/311/Q311457/` → 311457. */
const urlPattern = /\/kb\/[^/]+\/Q(\d+)\/?$/;
/** What a closing element undoes (bit flags, one number per open element). */
const BODY = 1, IGNORE = 2, RAW = 4, HEADING = 8, CAPTURE = 16, BLOCK = 32;

/** A `data-search-meta` or `-filter` element whose text is being collected. */
interface Capture {
  kind: 'meta' | 'filter';
  key: string;
  text: string;
}

/**
 * The search record of an article page at `url` (`/kb/311/Q311457/`), or null when nothing on the
 * page is marked `data-search-body` (a "not in archive" page). Throws when a body page has no
 * article number in either its url or its `id` meta: the caller passed the wrong page.
 */
export function extractRecord(html: string, url: string): SearchRecord | null {
  if (!html.includes('data-search-body')) return null; // saves a parse; the parse below decides
  const meta = new Map<string, string>();
  const filters: Array<[string, string]> = [];
  const sections: SearchSection[] = [];
  /** One entry per open element: the flags it set. */
  const stack: number[] = [];
  let bodyDepth = 0, ignoreDepth = 0, rawDepth = 0;
  let sawBody = false;
  const captures: Capture[] = [];
  /** The current section; the heading's own text goes to `headingText` while its element is open. */
  let section = { anchor: '', heading: '', text: '' };
  let headingText: string | null = null;

  const addText = (text: string): void => {
    if (rawDepth > 0) return;
    for (const capture of captures) capture.text += text;
    if (bodyDepth === 0 || ignoreDepth > 0) return;
    if (headingText === null) section.text += text;
    else headingText += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let flags = 0;
        if (rawElements.has(name)) flags |= RAW;
        if ('data-search-body' in attribs) flags |= BODY;
        if ('data-search-ignore' in attribs || hasClass(attribs.class, 'heading-anchor')) flags |= IGNORE;
        const metaKey = attribs['data-search-meta'];
        const filterKey = attribs['data-search-filter'];
        if ((metaKey !== undefined && metaKeys.has(metaKey)) || filterKey) {
          captures.push({ kind: filterKey ? 'filter' : 'meta', key: filterKey || metaKey!, text: '' });
          flags |= CAPTURE;
        }
        if (flags & BODY) {
          bodyDepth++;
          sawBody = true;
        }
        if (flags & IGNORE) ignoreDepth++;
        if (flags & RAW) rawDepth++;
        if (blockElements.has(name)) {
          flags |= BLOCK;
          addText(' ');
        }
        if (headingElements.has(name) && attribs.id && bodyDepth > 0 && ignoreDepth === 0 && rawDepth === 0 && headingText === null) {
          sections.push(section);
          section = { anchor: attribs.id, heading: '', text: '' };
          headingText = '';
          flags |= HEADING;
        }
        stack.push(flags);
      },
      ontext: addText,
      onclosetag() {
        const flags = stack.pop() ?? 0;
        if (flags & BLOCK) addText(' ');
        if (flags & HEADING) {
          section.heading = collapse(headingText!);
          headingText = null;
        }
        if (flags & CAPTURE) {
          const capture = captures.pop()!;
          const value = collapse(capture.text);
          if (capture.kind === 'meta') meta.set(capture.key, value);
          else if (value) filters.push([capture.key, value]);
        }
        if (flags & RAW) rawDepth--;
        if (flags & IGNORE) ignoreDepth--;
        if (flags & BODY) bodyDepth--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html); // closes every element still open, so the stack and counters unwind
  if (!sawBody) return null;
  sections.push(section);

  const id = meta.get('id') ?? '';
  const n = Number((urlPattern.exec(url) ?? /^Q?(\d+)$/i.exec(id))?.[1] ?? NaN);
  if (!Number.isSafeInteger(n)) throw new Error(`unexpected url \`${url}\` with id \`${id}\`, expected \`/kb/<bucket>/Q<n>/\` or an id meta \`Q<n>\``);
  const cut = sections.map((s) => ({ anchor: s.anchor, heading: s.heading, text: collapse(s.text) }));
  return {
    n,
    id,
    url,
    title: meta.get('title') ?? '',
    date: meta.get('date') ?? '',
    filters,
    ids: meta.get('ids') ?? '',
    sections: cut[0]!.anchor === '' && cut[0]!.text === '' ? cut.slice(1) : cut,
  };
}

/** `text` with every whitespace run (no-break spaces included) made one space, and trimmed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a `class` attribute value lists `name`. */
function hasClass(value: string | undefined, name: string): boolean {
  return value !== undefined && value.includes(name) && value.split(/\s+/).includes(name);
}
