/**
 * Where a bare id may be turned into a link, per format: in running text, never inside code, a link
 * (its text or target), a tag or attribute, a template, or what the wiki keeps verbatim. Answers with
 * the spans that must stay as they are; an id touching one is left alone. Every pattern here is linear
 * in the text (no lazy match can run from one opener to the end again and again): a 500 KB page of
 * unclosed brackets takes milliseconds.
 */
import { Parser } from 'htmlparser2';
import type { WikiFormat } from './formats.ts';
import { backtickSpans, nestedSpans, pairedSpans, SpanSet, spansOf, type Span } from './spans.ts';

/** Markdown: fenced and indented code (a line opening with a tab or four spaces, list continuations too: never linked by guess), code spans, links and images (text and target), reference definitions, autolinks and tags. */
function markdownKept(text: string): Span[] {
  return [
    ...pairedSpans(text, /^ {0,3}(`{3,}|~{3,})[^\n]*/gm, (m) => `\n${m[1]}`),
    ...backtickSpans(text),
    ...spansOf(text, [/!?\[[^\][\n]*\](?:\([^()\n]*\)|\[[^\][\n]*\])?/g, /^ {0,3}\[[^\][\n]+\]:[^\n]*$/gm, /<[^<>\n]*>/g, /^(?:\t| {4})[^\n]*$/gm]),
  ];
}

/** Elements whose text MediaWiki keeps verbatim or as code. */
const verbatim = /<(nowiki|pre|code|source|syntaxhighlight|math|tt)\b[^>]*>/gi;
const verbatimEscaped = /&lt;(nowiki|pre|code|source|syntaxhighlight|math|tt)\b(?:(?!&gt;)[^\n])*&gt;/gi;

/** MediaWiki: internal and external links, templates, verbatim elements (also escaped, in an XML dump), tags, preformatted lines. */
function mediawikiKept(text: string): Span[] {
  return [
    ...nestedSpans(text, '[[', ']]'),
    ...nestedSpans(text, '{{', '}}'),
    ...pairedSpans(text, verbatim, (m) => `</${m[1]}>`),
    ...pairedSpans(text, verbatimEscaped, (m) => `&lt;/${m[1]}&gt;`),
    ...spansOf(text, [/\[[^\][\n]*\]/g, /&lt;(?:(?!&gt;|&lt;)[^\n])*&gt;/g, /<[^<>]*>/g, /^ [^\n]*$/gm]),
    ...outsideDumpText(text),
  ];
}

/** In a MediaWiki XML dump, everything outside the `<text>` elements (titles, comments, metadata) stays. */
function outsideDumpText(text: string): Span[] {
  if (!/^\s*(?:<\?xml|<mediawiki)/.test(text)) return [];
  const kept: Span[] = [];
  let from = 0;
  for (const [start, end] of pairedSpans(text, /<text\b[^>]*>/g, () => '</text>')) {
    const open = text.indexOf('>', start) + 1;
    kept.push([from, open]);
    from = end - '</text>'.length;
  }
  kept.push([from, text.length]);
  return kept;
}

/** HTML and Confluence elements whose text is code, a link or a parameter (and every `ri:` resource). */
const keptElements = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'tt', 'script', 'style', 'textarea', 'title', 'ac:link', 'ac:plain-text-link-body', 'ac:plain-text-body', 'ac:parameter', 'ac:emoticon']);
const isKeptElement = (name: string) => keptElements.has(name.toLowerCase()) || name.toLowerCase().startsWith('ri:');

/** HTML and Confluence storage: everything but the text nodes outside kept elements and CDATA. */
function htmlKept(text: string, xml: boolean): Span[] {
  const free: Span[] = [];
  let depth = 0;
  let cdata = false;
  const parser = new Parser(
    {
      onopentag: (name) => void (isKeptElement(name) && depth++),
      onclosetag: (name) => void (isKeptElement(name) && (depth = Math.max(0, depth - 1))),
      oncdatastart: () => void (cdata = true),
      oncdataend: () => void (cdata = false),
      ontext: () => void (depth === 0 && !cdata && free.push([parser.startIndex, parser.endIndex + 1])),
    },
    { xmlMode: xml, recognizeSelfClosing: true, decodeEntities: true },
  );
  parser.end(text);
  const kept: Span[] = [];
  let at = 0;
  for (const [start, end] of free) {
    if (start > at) kept.push([at, start]);
    at = Math.max(at, end);
  }
  if (at < text.length) kept.push([at, text.length]);
  return kept;
}

/** The spans of `text` where a bare id must not become a link. */
export function keptSpans(text: string, format: WikiFormat): SpanSet {
  switch (format) {
    case 'markdown':
      return new SpanSet(markdownKept(text));
    case 'mediawiki':
      return new SpanSet(mediawikiKept(text));
    case 'html':
      return new SpanSet(htmlKept(text, false));
    case 'confluence':
      return new SpanSet(htmlKept(text, true));
    case 'text':
      // A bare id already followed by its link (` <https://…>`, as `--ids` writes it).
      return new SpanSet(spansOf(text, [/[^\s<]+ <https?:\/\/[^\s<>]*>/g]));
  }
}
