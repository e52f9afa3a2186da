/**
 * Text of a model and of a source, and their words: makes "no word of the
 * source is lost" checkable.
 */
import { appliesToIntro } from './applies-to.ts';
import { sectionsInOrder } from './walk.ts';
import { decodeInput } from './decode.ts';
import { isDocumentLine } from './form-txt.ts';
import { frontMatterEnd, isHeadingLine, isRawLine } from './form-jekyll.ts';
import { formatKbDate } from './header.ts';
import { decodeHexMarkers } from './hex-markers.ts';
import { isRuleText, splitLines } from './lines.ts';
import type { Article, Block, Inline, SectionNode } from './model.ts';
import type { ParseOptions } from './parse.ts';

/** The text of inline nodes as written in the source (references and links by their written value). */
export function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) out += node.value;
  return out;
}

/** The text of blocks in document order, one line per paragraph, item or row. */
export function blocksText(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(inlineText(block.children));
        break;
      case 'list':
        for (const item of block.children) {
          const inner = blocksText(item.children);
          out.push(`${item.marker} ${inner[0] ?? ''}`, ...inner.slice(1));
        }
        break;
      case 'note': {
        const inner = blocksText(block.children);
        out.push(`${block.label}: ${inner[0] ?? ''}`, ...inner.slice(1));
        break;
      }
      case 'table':
        for (const row of block.children) out.push(row.children.map((c) => inlineText(c.children)).join(' | '));
        break;
      case 'preformatted':
        out.push(block.value);
        break;
      case 'referenceList':
        for (const item of block.children) {
          const { citation } = item;
          out.push(citation ? `${citation.id}${citation.title === null ? '' : ` ${citation.title}`} ${item.title}` : `${item.value} ${item.title}`);
        }
        break;
      case 'rule':
        break;
    }
  }
  return out;
}

/** The text of sections (title, blocks, subsections) in document order. */
function sectionsText(sections: readonly SectionNode[]): string[] {
  return sectionsInOrder(sections).flatMap((s) => [s.title, ...blocksText(s.children)]);
}

/** The text of the body in document order: applies-to, preamble, sections, query words, trailer, disclaimer. */
export function articleBodyText(article: Article): string {
  const out: string[] = [];
  if (article.appliesTo.length > 0) out.push(appliesToIntro, ...article.appliesTo.map((a) => `- ${a}`));
  out.push(...blocksText(article.preamble), ...sectionsText(article.sections));
  // The label is written when the trailer is there, even with no words after it (as the source does).
  if (article.additionalQueryWords.length > 0 || article.trailerFields) out.push(`Additional query words: ${article.additionalQueryWords.join(' ')}`);
  if (article.trailerFields) out.push(...article.trailerFields.map((f) => `${f.label} : ${f.value}`));
  else {
    if (article.technology.length > 0) out.push(`Technology : ${article.technology.join(' ')}`);
    if (article.issueType) out.push(`Issue type : ${article.issueType}`);
    if (article.solutionType) out.push(`Solution Type : ${article.solutionType}`);
  }
  if (article.disclaimer) out.push(article.disclaimer);
  return out.join('\n');
}

/** All the text of the model in document order: metadata with labels, title, then the body. */
export function articleText(article: Article): string {
  const head = [
    `Article: ${article.id}`,
    `Title: ${article.title}`,
    `Product(s): ${article.products.join(' | ')}`,
    `Version(s): ${article.versions.join(',')}`,
    `Operating System(s): ${article.operatingSystems.join(' | ')}`,
    `Keyword(s): ${article.keywords.join(' ')}`,
    `Last Modified: ${article.lastModified ? formatKbDate(article.lastModified) : ''}`,
  ];
  if (article.productCode) head.push(`Product code: ${article.productCode}`);
  return `${head.join('\n')}\n${articleBodyText(article)}`;
}

/** Normalised word tokens: runs of letters and digits, lower-cased (rules and punctuation are not words). */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const headerLabel = /^\t?(?:Article|Product\(s\)|Version\(s\)|Operating System\(s\)|Keyword\(s\)|Last Modified)[ \t]*:|^(?:TITLE|PRODUCT|PROD\/VER|OPER\/SYS|KEYWORDS)[ \t]*:/;

/**
 * The body text of a source, comparable with `articleBodyText`: front matter,
 * the `## ` line, `{% raw %}` lines, the header fields and the `.TXT` header
 * rule removed; hex markers decoded. Written apart from the parser on purpose.
 */
export function sourceBodyText(input: string | Uint8Array, options: ParseOptions = {}): string {
  const lines = splitLines(decodeInput(input, options.form ?? 'auto').text);
  let i = 0;
  while (i < lines.length && lines[i]?.text.trim() === '') i++;
  if (lines[i]?.text.trimEnd() === '---') {
    const close = frontMatterEnd(lines, i);
    i = close === -1 ? lines.length : close + 1;
  }
  const out: string[] = [];
  let inHead = true;
  for (; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (isRawLine(text)) continue;
    if (inHead) {
      if (text.trim() === '' || isHeadingLine(text) || isDocumentLine(text) || headerLabel.test(text)) continue;
      inHead = false;
      if (isRuleText(text, '=', 10)) continue;
    }
    out.push(decodeHexMarkers(text.startsWith('\t') ? text.slice(1) : text));
  }
  return out.join('\n');
}
