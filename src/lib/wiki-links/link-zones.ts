/**
 * Where a bare id may be turned into a link, per format: in running text, never inside code, a link
 * (its text or target), a tag or attribute, a template, or what the wiki keeps verbatim. Answers with
 * the spans that must stay as they are; an id touching one is left alone.
 */
import { Parser } from 'htmlparser2';
import type { WikiFormat } from './formats.ts';

/** A span `[start, end)` of a text. */
export type Span = readonly [number, number];

/** Spans of every match of each pattern. */
function spansOf(text: string, patterns: readonly RegExp[]): Span[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const));
}

/** Markdown: fenced code, code spans, links and images (text and target), reference definitions, autolinks and HTML tags. */
const markdownKept = [
  /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm,
  /(`+)[^`][\s\S]*?\1/g,
  /!?\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?/g,
  /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm,
  /<[^>\n]*>/g,
];

/** MediaWiki: internal and external links, templates, verbatim elements (also escaped, in an XML dump), tags, preformatted lines. */
const mediawikiKept = [
  /\[\[[\s\S]*?\]\]/g,
  /\[[^\]\n]*\]/g,
  /\{\{[\s\S]*?\}\}/g,
  /<(nowiki|pre|code|source|syntaxhighlight|math|tt)\b[\s\S]*?<\/\1\s*>/gi,
  /&lt;(nowiki|pre|code|source|syntaxhighlight|math|tt)\b[\s\S]*?&lt;\/\1\s*&gt;/gi,
  /&lt;[\s\S]*?&gt;/g,
  /<[^>]*>/g,
  /^ [^\n]*$/gm,
];

/** In a MediaWiki XML dump, everything outside the `<text>` elements (titles, comments, metadata) stays. */
function outsideDumpText(text: string): Span[] {
  if (!/^\s*(?:<\?xml|<mediawiki)/.test(text)) return [];
  const kept: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(/(<text\b[^>]*>)([\s\S]*?)<\/text>/g)) {
    kept.push([from, m.index + m[1]!.length]);
    from = m.index + m[1]!.length + m[2]!.length;
  }
  kept.push([from, text.length]);
  return kept;
}

/** HTML and Confluence elements whose text is code, a link or a parameter. */
const keptElements = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'tt', 'script', 'style', 'textarea', 'title', 'ac:link', 'ac:plain-text-link-body', 'ac:plain-text-body', 'ac:parameter', 'ac:emoticon']);

/** HTML and Confluence storage: everything but the text nodes outside kept elements and CDATA. */
function htmlKept(text: string, xml: boolean): Span[] {
  const free: Span[] = [];
  let depth = 0;
  let cdata = false;
  const parser = new Parser(
    {
      onopentag: (name) => void (keptElements.has(name.toLowerCase()) || name.toLowerCase().startsWith('ri:') ? depth++ : 0),
      onclosetag: (name) => void (keptElements.has(name.toLowerCase()) || name.toLowerCase().startsWith('ri:') ? (depth = Math.max(0, depth - 1)) : 0),
      oncdatastart: () => void (cdata = true),
      oncdataend: () => void (cdata = false),
      ontext: () => {
        if (depth === 0 && !cdata) free.push([parser.startIndex, parser.endIndex + 1]);
      },
    },
    { xmlMode: xml, recognizeSelfClosing: true, decodeEntities: true },
  );
  parser.end(text);
  // The complement of the free text spans.
  const kept: Span[] = [];
  let at = 0;
  for (const [start, end] of free) {
    if (start > at) kept.push([at, start]);
    at = Math.max(at, end);
  }
  if (at < text.length) kept.push([at, text.length]);
  return kept;
}

/** Plain text: a bare id already followed by its link (` <https://…>`, as `kbatlas links --ids` writes it). */
function textKept(text: string): Span[] {
  return spansOf(text, [/\S+ <https?:\/\/[^\s>]*>/g]);
}

/** The spans of `text` where a bare id must not become a link. */
export function keptSpans(text: string, format: WikiFormat): Span[] {
  switch (format) {
    case 'markdown':
      return spansOf(text, markdownKept);
    case 'mediawiki':
      return [...spansOf(text, mediawikiKept), ...outsideDumpText(text)];
    case 'html':
      return htmlKept(text, false);
    case 'confluence':
      return htmlKept(text, true);
    case 'text':
      return textKept(text);
  }
}

/** Whether `[start, end)` touches a kept span. */
export function touches(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}
