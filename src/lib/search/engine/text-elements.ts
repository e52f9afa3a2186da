/**
 * How HTML elements shape the indexed text, shared by the indexer (extract.ts, htmlparser2 names)
 * and the article highlighter (DOM tag names, lowercased), so both see the same words.
 */

/** Elements whose edges separate words (`<p>a</p><p>b</p>` reads `a b`); all others are inline (`Q<a>266130</a>` reads `Q266130`). Lowercase names. */
export const blockElements: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** Elements whose content is never text: scripts, styles, templates, fallbacks. Lowercase names. */
export const rawElements: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);
