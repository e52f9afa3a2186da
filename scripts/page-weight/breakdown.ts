/**
 * What an article page's HTML is made of: its bytes split into named parts (body, chrome, metadata
 * card, head tags, JSON-LD, inline script and style…) by the element each byte sits in. Used by
 * `npm run audit:page-weight` and by the sample site's size test.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** The parts of a page, in the order they are printed. `markup` is what no rule claims (doctype, html/head/body tags, whitespace). */
export const PARTS = [
  'body',
  'title',
  'metadata card',
  'contents',
  'copy buttons',
  'heading links',
  'search metadata',
  'referenced by',
  'disclaimer',
  'chrome',
  'head: CSP meta',
  'head: link previews',
  'head: JSON-LD',
  'head: other tags',
  'inline script',
  'inline style',
  'markup',
] as const;

/** One part's name. */
export type Part = (typeof PARTS)[number];

/** Bytes per part of one page; they add up to the page's size. */
export type Breakdown = Record<Part, number>;

/** The first rule an element matches names its part; its descendants are not looked at. */
const RULES: { part: Part; test: (el: Element, inHead: boolean) => boolean }[] = [
  { part: 'head: JSON-LD', test: (el) => el.name === 'script' && el.attribs.type === 'application/ld+json' },
  { part: 'inline script', test: (el) => el.name === 'script' && el.attribs.src === undefined },
  { part: 'inline style', test: (el) => el.name === 'style' },
  { part: 'head: CSP meta', test: (el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy' },
  {
    part: 'head: link previews',
    test: (el, inHead) =>
      inHead &&
      ((el.name === 'meta' && /^(og|twitter|article):/.test(el.attribs.property ?? el.attribs.name ?? '')) ||
        (el.name === 'link' && el.attribs.rel === 'alternate')),
  },
  { part: 'head: other tags', test: (_el, inHead) => inHead },
  { part: 'title', test: (el) => el.name === 'h1' },
  { part: 'metadata card', test: (el) => hasClass(el, 'meta-card') },
  { part: 'contents', test: (el) => hasClass(el, 'toc') },
  { part: 'copy buttons', test: (el) => hasClass(el, 'copy-links') || hasClass(el, 'copy-anchor') },
  { part: 'heading links', test: (el) => hasClass(el, 'heading-anchor') },
  { part: 'search metadata', test: (el) => hasClass(el, 'search-meta') },
  { part: 'referenced by', test: (el) => hasClass(el, 'referenced-by') },
  { part: 'disclaimer', test: (el) => hasClass(el, 'disclaimer') },
  {
    part: 'chrome',
    test: (el) =>
      ['site-header', 'site-footer', 'skip-link', 'breadcrumbs', 'prev-next'].some((name) => hasClass(el, name)) ||
      (el.name === 'script' && el.attribs.src !== undefined),
  },
];

function hasClass(el: Element, name: string): boolean {
  return (el.attribs.class ?? '').split(/\s+/).includes(name);
}

/** Splits `html` into parts; the article body is what `.article-body` holds besides its heading links and copy buttons. */
export function pageBreakdown(html: string): Breakdown {
  const parts = Object.fromEntries(PARTS.map((part) => [part, 0])) as Breakdown;
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const bytesOf = (node: ChildNode) => Buffer.byteLength(html.slice(node.startIndex!, node.endIndex! + 1));
  let claimed = 0;
  const walk = (nodes: ChildNode[], inHead: boolean, inBody: boolean) => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') {
        if (inBody && node.type === 'text') {
          parts.body += bytesOf(node);
          claimed += bytesOf(node);
        }
        continue;
      }
      const el = node as Element;
      const rule = RULES.find((candidate) => candidate.test(el, inHead));
      if (rule) {
        const bytes = bytesOf(el);
        parts[rule.part] += bytes;
        claimed += bytes;
        continue;
      }
      if (inBody || hasClass(el, 'article-body')) {
        // The body's own markup (its elements' tags) counts as body; only the claimed parts are taken out.
        const tags = bytesOf(el) - el.children.reduce((sum, child) => sum + bytesOf(child), 0);
        parts.body += tags;
        claimed += tags;
      }
      walk(el.children, inHead || el.name === 'head', inBody || hasClass(el, 'article-body'));
    }
  };
  walk(doc.children, false, false);
  parts.markup = Buffer.byteLength(html) - claimed;
  return parts;
}

/** The median of `values` (the mean of the middle two for an even count); 0 for none. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
