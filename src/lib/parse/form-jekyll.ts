/**
 * Reader of the archive's Jekyll form: front matter, `## QID: title`,
 * optional `{% raw %}` lines, body lines indented by one TAB, and the
 * `Article:` … `Last Modified:` header at the top of the body.
 */
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeTitleEntities } from './entities.ts';
import { KbSourceError } from './errors.ts';
import type { Frame, HeaderFields } from './frame.ts';
import { writtenIdSource } from './ids.ts';
import { makeLine, type Line, type SourceLine } from './lines.ts';

// The `s` flag on patterns matching the rest of a line: lines are already split on CR and LF, and
// without it `.` stops at a U+2028 or U+2029 inside a title, which then reads as no title at all.
const headingPattern = new RegExp(`^##[ \\t]+(${writtenIdSource()})[ \\t]*:[ \\t]?(.*)$`, 's');
const titleIdPattern = new RegExp(`^(${writtenIdSource()})[ \\t]*:[ \\t]?(.*)$`, 's');
const headerPattern = /^(Article|Product\(s\)|Version\(s\)|Operating System\(s\)|Keyword\(s\)|Last Modified)[ \t]*:[ \t]?(.*)$/s;
const frontMatterTitlePattern = /^title[ \t]*:(.*)$/s;
const rawPattern = /^\{%-?\s*(end)?raw\s*-?%\}$/;

/** Whether a source line is a Jekyll `{% raw %}` or `{% endraw %}` line. */
export function isRawLine(text: string): boolean {
  return text.includes('{%') && rawPattern.test(text.trim());
}

/** Whether a source line is the `## QID: title` line. */
export function isHeadingLine(text: string): boolean {
  return headingPattern.test(text);
}

/** Remove YAML double or single quotes around a scalar. */
function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    return v.slice(1, -1).replace(/\\(["\\\/])/g, '$1');
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** The index of the line closing a front matter opened at `open`, or -1. */
export function frontMatterEnd(lines: readonly SourceLine[], open: number): number {
  for (let i = open + 1; i < lines.length; i++) {
    const t = (lines[i]?.text ?? '').trimEnd();
    if (t === '---' || t === '...') return i;
  }
  return -1;
}

/** Read the front matter's title into the header. */
function readFrontMatter(lines: readonly SourceLine[], from: number, to: number, header: HeaderFields): void {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line) continue;
    const m = frontMatterTitlePattern.exec(line.text);
    if (!m) continue;
    const title = decodeTitleEntities(unquote(m[1] ?? ''));
    const idMatch = titleIdPattern.exec(title);
    if (idMatch) {
      header.altIds.push({ value: idMatch[1] ?? '', line: line.number });
      header.frontMatterTitle = { value: (idMatch[2] ?? '').trim(), line: line.number };
    } else header.frontMatterTitle = { value: title.trim(), line: line.number };
  }
}

/** Split a Jekyll-form article into header fields and body lines. */
export function readJekyll(lines: readonly SourceLine[], file: string): Frame {
  const header: HeaderFields = { altIds: [] };
  const diagnostics: Frame['diagnostics'] = [];
  let i = 0;
  while (i < lines.length && (lines[i]?.text.trim() ?? '') === '') i++;
  if (lines[i]?.text.trimEnd() === '---') {
    const close = frontMatterEnd(lines, i);
    if (close === -1) throw new KbSourceError('kb/unclosed-front-matter', file, lines[lines.length - 1]?.number ?? 1, [i + 1]);
    readFrontMatter(lines, i + 1, close, header);
    i = close + 1;
  }
  let articleLine = 0;
  const body: Line[] = [];
  let rawOpen = 0;
  let unindentedReported = false;
  let sawHeading = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const text = line.text;
    if (!sawHeading && body.every((l) => l.blank)) {
      const h = headingPattern.exec(text);
      if (h) {
        sawHeading = true;
        header.altIds.push({ value: h[1] ?? '', line: line.number });
        header.title = { value: decodeTitleEntities((h[2] ?? '').trim()), line: line.number };
        articleLine ||= line.number;
        body.length = 0;
        continue;
      }
    }
    if (isRawLine(text)) {
      rawOpen = /end/.test(text) ? 0 : line.number;
      continue;
    }
    if (text.startsWith('\t')) body.push(makeLine(line.number, text.slice(1)));
    else {
      if (text.trim() !== '' && !unindentedReported) {
        unindentedReported = true;
        diagnostics.push(diagnostic('kb/unindented-line', line.number));
      }
      body.push(makeLine(line.number, text));
    }
  }
  if (rawOpen) diagnostics.push(diagnostic('kb/missing-endraw', lines[lines.length - 1]?.number ?? rawOpen, [rawOpen]));
  const headerEnd = readHeaderFields(body, header);
  const first = body.find((l) => !l.blank);
  if (header.id) articleLine = header.id.line;
  else if (!articleLine) articleLine = first?.number ?? 1;
  return { form: 'jekyll', header, articleLine, body: body.slice(headerEnd), diagnostics };
}

/** Read the `Article:` … `Last Modified:` lines at the top of the body; returns the index after them. */
function readHeaderFields(body: readonly Line[], header: HeaderFields): number {
  let i = 0;
  while (i < body.length && body[i]?.blank) i++;
  let end = 0;
  for (; i < body.length; i++) {
    const line = body[i];
    if (!line) break;
    const m = headerPattern.exec(line.text);
    if (!m) break;
    const field = { value: (m[2] ?? '').trim(), line: line.number };
    switch (m[1]) {
      case 'Article': header.id = field; break;
      case 'Product(s)': header.products = field; break;
      case 'Version(s)': header.versions = field; break;
      case 'Operating System(s)': header.operatingSystems = field; break;
      case 'Keyword(s)': header.keywords = field; break;
      default: header.lastModified = field;
    }
    end = i + 1;
  }
  return end;
}
