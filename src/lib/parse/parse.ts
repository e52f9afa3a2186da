/**
 * `parseArticle`: the ordered passes from source to model — decode, split
 * lines, read the form (front matter or `.TXT` header), header metadata,
 * hex markers, applies-to, trailer, keywords (completed from the trailer),
 * sections, blocks (with inlines).
 */
import { readAppliesTo } from './applies-to.ts';
import { parseBlocks } from './blocks.ts';
import { decodeInput, wideEncodingOf, type InvalidUtf8 } from './decode.ts';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { KbSourceError } from './errors.ts';
import { isDocumentLine, readTxt } from './form-txt.ts';
import { isHeadingLine, readJekyll } from './form-jekyll.ts';
import { readHeader } from './header.ts';
import { decodeHexMarkers } from './hex-markers.ts';
import { isBlank, makeLine, splitLines, type Line, type SourceLine } from './lines.ts';
import type { Article, Diagnostic, MetadataField, ParseResult, SectionNode, SourceForm } from './model.ts';
import { findHeadings } from './sections.ts';
import { completeKeywords } from './keywords.ts';
import { readTrailer, trailerField } from './trailer.ts';

/** Options of `parseArticle`. */
export interface ParseOptions {
  /** File name used in errors (default `<input>`). */
  file?: string;
  /** Source form (default `auto`: detected from the content). */
  form?: 'auto' | SourceForm;
}

/** A control character worth a `kb/control-character` diagnostic. */
const controlCharacter = /[\u0000-\u0008\u000b\u000e-\u001f]/;
/** A character `checkText` counts as binary: NUL and C0 controls other than TAB, LF, FF, CR, SUB, ESC. */
const badCharacter = /[\u0000-\u0008\u000b\u000e-\u0019\u001c-\u001f]/;

/** Throw `kb/empty` or `kb/binary` when the text cannot be an article (`controls`: whether it holds any `controlCharacter`). */
function checkText(text: string, file: string, controls: boolean): void {
  if (isBlank(text)) throw new KbSourceError('kb/empty', file, 1);
  if (!controls) return;
  const sample = text.slice(0, 8192);
  if (!badCharacter.test(sample)) return;
  let bad = 0;
  let badLine = 0;
  let line = 1;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 10) line++;
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 26 && c !== 27)) {
      bad++;
      badLine ||= line;
    }
  }
  if (bad > 0 && (bad * 100 >= sample.length || sample.includes('\0\0'))) throw new KbSourceError('kb/binary', file, badLine, [bad]);
}

/** Detect the form from the first non-blank line; throws `kb/not-kb-article` when it is neither. */
export function detectForm(lines: readonly SourceLine[], file: string): SourceForm {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) throw new KbSourceError('kb/empty', file, 1);
  const t = first.text.trimEnd();
  if (isDocumentLine(t)) return 'txt';
  if (t === '---' || isHeadingLine(t) || /^\t?Article[ \t]*:/.test(t)) return 'jekyll';
  throw new KbSourceError('kb/not-kb-article', file, first.number, [t.slice(0, 40)]);
}


/**
 * Decode hex markers in body lines and report the first control character (`mayHoldControls`: false
 * when the source holds none, which decoded markers never add).
 */
function cleanBody(body: readonly Line[], diagnostics: Diagnostic[], mayHoldControls: boolean): Line[] {
  let reported = !mayHoldControls;
  return body.map((line) => {
    const text = decodeHexMarkers(line.text);
    if (!reported && controlCharacter.test(text)) {
      reported = true;
      const ch = controlCharacter.exec(text)?.[0] ?? '';
      diagnostics.push(diagnostic('kb/control-character', line.number, [`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`]));
    }
    return text === line.text ? line : makeLine(line.number, text);
  });
}

/** The `kb/invalid-utf8` warning, at the line and column of the first such byte in `text`. */
function invalidUtf8Diagnostic(text: string, invalid: InvalidUtf8): Diagnostic {
  const before = text.slice(0, invalid.index);
  const lines = splitLines(before);
  const endsLine = before.endsWith('\n') || before.endsWith('\r');
  const line = endsLine ? lines.length + 1 : Math.max(1, lines.length);
  const column = endsLine ? 1 : (lines.at(-1)?.text.length ?? 0) + 1;
  const more = invalid.count > 1 ? ` (and ${invalid.count - 1} more such ${invalid.count > 2 ? 'bytes' : 'byte'})` : '';
  const hex = invalid.byte.toString(16).toUpperCase().padStart(2, '0');
  return { ...diagnostic('kb/invalid-utf8', line, [hex, text.charAt(invalid.index), more]), column };
}

/** Parse one KB article (Jekyll or `.TXT` form, text or bytes) into the model and its diagnostics. */
export function parseArticle(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? '<input>';
  const diagnostics: Diagnostic[] = [];
  const wide = typeof input === 'string' ? null : wideEncodingOf(input);
  if (wide) throw new KbSourceError('kb/unsupported-encoding', file, 1, [wide]);
  const decoded = decodeInput(input, options.form ?? 'auto');
  if (decoded.invalidUtf8) diagnostics.push(invalidUtf8Diagnostic(decoded.text, decoded.invalidUtf8));
  const controls = controlCharacter.test(decoded.text);
  checkText(decoded.text, file, controls);
  const lines = splitLines(decoded.text);
  const form = options.form && options.form !== 'auto' ? options.form : detectForm(lines, file);
  const frame = form === 'txt' ? readTxt(lines, file) : readJekyll(lines, file);
  diagnostics.push(...frame.diagnostics);
  const header = readHeader(frame, file, diagnostics);
  const body = cleanBody(frame.body, diagnostics, controls);

  const appliesTo = readAppliesTo(body, diagnostics);
  const trailer = readTrailer(body, appliesTo.end);
  const headings = findHeadings(body, appliesTo.end, trailer.start);

  const firstHeading = headings[0]?.index ?? trailer.start;
  const preamble = parseBlocks(body.slice(appliesTo.end, firstHeading));
  const sections: SectionNode[] = [];
  let parent: SectionNode | null = null;
  headings.forEach((h, n) => {
    const end = headings[n + 1]?.index ?? trailer.start;
    const section: SectionNode = {
      type: 'section',
      level: h.level,
      title: h.title,
      anchor: h.anchor,
      children: parseBlocks(body.slice(h.next, end)),
      sections: [],
      line: h.line,
    };
    if (h.level === 3 && parent) parent.sections.push(section);
    else {
      sections.push(section);
      parent = h.level === 2 ? section : null;
    }
  });

  const article: Article = {
    type: 'article',
    id: header.id,
    number: header.number,
    title: header.title,
    products: header.products,
    versions: header.versions,
    operatingSystems: header.operatingSystems,
    keywords: completeKeywords(header.keywords, trailer.fields),
    lastModified: header.lastModified,
    appliesTo: appliesTo.items,
    technology: splitField(trailer.fields, 'Technology'),
    issueType: fieldValue(trailer.fields, 'Issue type'),
    solutionType: fieldValue(trailer.fields, 'Solution Type'),
    additionalQueryWords: trailer.additionalQueryWords,
    productCode: header.productCode,
    disclaimer: trailer.disclaimer,
    form,
    preamble,
    sections,
    line: header.line,
    ...(trailer.fields.length > 0 ? { trailerFields: trailer.fields } : {}),
  };
  return { article, diagnostics };
}

/** The value of a trailer field (label compared without case), or null when absent or empty. */
function fieldValue(fields: readonly MetadataField[], label: string): string | null {
  const value = trailerField(fields, label)?.value;
  return value ? value : null;
}

/** The whitespace-separated words of a trailer field. */
function splitField(fields: readonly MetadataField[], label: string): string[] {
  return (fieldValue(fields, label) ?? '').split(/\s+/).filter((w) => w !== '');
}
