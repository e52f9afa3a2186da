/**
 * Marks the query's words on an article page opened from a search result (`?highlight=…`), with the
 * index's own word rules (src/lib/search/engine/query-plan.ts, tokenize.ts) so the page marks what
 * the search matched: `install` marks `installing`, `compver.ini` marks the file name, stop words are
 * skipped. Only the indexed text is marked: `[data-search-body]` minus `[data-search-ignore]`,
 * heading permalinks and scripts, as the indexer reads it (src/lib/search/engine/extract.ts).
 */
import { matcherOf, type WordMatcher } from './engine/excerpt.ts';
import { planQuery, stemsTypedPast } from './engine/query-plan.ts';
import { words, wordTerms } from './engine/tokenize.ts';
import { blockElements, rawElements } from './engine/text-elements.ts';

/** Class of the `<mark>` elements added (styled in src/components/SearchMeta.astro). */
export const highlightClass = 'search-highlight';

/** The indexed text of a body element, and the text node each stretch of it comes from. */
interface BodyText {
  text: string;
  nodes: Array<{ node: Text; start: number }>;
}

/** Reads `root`'s indexed text in document order, a space at each block edge. */
function bodyText(root: Element): BodyText {
  const out: BodyText = { text: '', nodes: [] };
  const walk = (element: Element): void => {
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.nodes.push({ node: child as Text, start: out.text.length });
        out.text += (child as Text).data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (rawElements.has(el.tagName.toLowerCase()) || el.hasAttribute('data-search-ignore') || el.classList.contains('heading-anchor')) continue;
        const block = blockElements.has(el.tagName.toLowerCase());
        if (block) out.text += ' ';
        walk(el);
        if (block) out.text += ' ';
      }
    }
  };
  walk(root);
  return out;
}

/**
 * The matcher of `query` on a page whose words have `pageTerms`, resolved as the index resolves it
 * (src/lib/search/engine/search.ts): a compound, or its parts when the page lacks it whole; for the
 * last word, when the page lacks it, the terms it begins or the stems it has typed past.
 */
export function pageMatcher(query: string, pageTerms: ReadonlySet<string>): WordMatcher | null {
  const matched = new Set<string>();
  for (const group of planQuery(query).groups) {
    if (pageTerms.has(group.term)) matched.add(group.term);
    else if (group.parts.length > 0) for (const part of group.parts) matched.add(part);
    else if (group.prefix) {
      // As the index: terms the typed word begins, and stems it has typed past (`componen` → `compon`).
      const typed = group.prefix;
      const shorter = new Set(stemsTypedPast(typed));
      for (const term of pageTerms) if (term.startsWith(typed) || shorter.has(term)) matched.add(term);
    }
  }
  return matched.size > 0 ? matcherOf(matched) : null;
}

/** Wraps `[start, end)` of `node` (offsets in its text) in a highlight mark. */
function wrap(node: Text, start: number, end: number): void {
  const middle = start > 0 ? node.splitText(start) : node;
  if (end - start < middle.length) middle.splitText(end - start);
  const mark = node.ownerDocument.createElement('mark');
  mark.className = highlightClass;
  middle.replaceWith(mark);
  mark.append(middle);
}

/** Marks the words of `query` in every `[data-search-body]` of `doc`; returns how many words were marked. */
export function highlightQuery(doc: Document, query: string): number {
  const bodies = [...doc.querySelectorAll('[data-search-body]')].filter((el) => !el.parentElement?.closest('[data-search-body]'));
  const texts = bodies.map(bodyText).map((body) => ({ ...body, words: words(body.text) }));
  const pageTerms = new Set<string>();
  for (const text of texts) for (const word of text.words) for (const term of wordTerms(word.text)) pageTerms.add(term);
  const matches = pageMatcher(query, pageTerms);
  if (!matches) return 0;
  let marked = 0;
  for (const { words: found, nodes } of texts) {
    const hits = found.filter((word) => matches(word.text));
    marked += hits.length;
    // Last word first, so splitting a text node leaves the offsets of earlier words in it valid. A
    // word across text nodes (`Q<a>266130</a>`) gets a mark in each.
    let last = nodes.length - 1;
    for (const word of hits.reverse()) {
      while (last > 0 && nodes[last]!.start >= word.end) last--;
      for (let i = last; i >= 0; i--) {
        const { node, start } = nodes[i]!;
        const from = Math.max(word.start, start);
        const to = Math.min(word.end, start + node.length);
        if (from < to) wrap(node, from - start, to - start);
        if (start <= word.start) break;
      }
    }
  }
  return marked;
}
