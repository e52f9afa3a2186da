/**
 * Reader of Microsoft's `.TXT` form: `DOCUMENT:Q311457  05-JUN-2002  [sms]`,
 * `TITLE   :` … `KEYWORDS:`, a `=====` rule, then the unindented body.
 *
 * Body lines lose one leading space, as the archive's converter did when it
 * made the Jekyll form: both forms then give the same tree.
 */
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { KbSourceError } from './errors.ts';
import type { Frame, HeaderFields } from './frame.ts';
import { isRuleText, makeLine, type SourceLine } from './lines.ts';

const documentPattern = /^DOCUMENT[ \t]*:[ \t]*(\S*)[ \t]*(\S*)[ \t]*(?:\[([^\]]*)\])?/;
// `s`: a field's value may hold U+2028 or U+2029, which `.` does not match otherwise (see form-jekyll.ts).
const fieldPattern = /^(TITLE|PRODUCT|PROD\/VER|OPER\/SYS|KEYWORDS)[ \t]*:(.*)$/s;

/** Whether a line is the `.TXT` form's `DOCUMENT:` line. */
export function isDocumentLine(text: string): boolean {
  return /^DOCUMENT[ \t]*:/.test(text);
}

/** Split a `.TXT`-form article into header fields and body lines. */
export function readTxt(lines: readonly SourceLine[], file: string): Frame {
  const header: HeaderFields = { altIds: [] };
  const diagnostics: Frame['diagnostics'] = [];
  let i = 0;
  while (i < lines.length && (lines[i]?.text.trim() ?? '') === '') i++;
  const first = lines[i];
  const doc = first ? documentPattern.exec(first.text) : null;
  if (!first || !doc) throw new KbSourceError('kb/no-id', file, first?.number ?? 1);
  const articleLine = first.number;
  if (doc[1]) header.id = { value: doc[1], line: first.number };
  if (doc[2]) header.lastModified = { value: doc[2], line: first.number };
  if (doc[3] !== undefined) header.productCode = { value: doc[3].trim(), line: first.number };
  i++;
  let bodyStart = -1;
  let lastField = i;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (isRuleText(line.text, '=', 10)) {
      bodyStart = i + 1;
      break;
    }
    const m = fieldPattern.exec(line.text);
    if (!m) {
      if (line.text.trim() === '') continue;
      diagnostics.push(diagnostic('kb/missing-header-rule', line.number, [line.text.trim().slice(0, 40)]));
      bodyStart = lastField;
      break;
    }
    lastField = i + 1;
    const field = { value: (m[2] ?? '').trim(), line: line.number };
    switch (m[1]) {
      case 'TITLE': header.title = field; break;
      case 'PRODUCT': header.products = field; break;
      case 'PROD/VER': header.versions = { ...field, value: field.value.replace(/^:/, '') }; break;
      case 'OPER/SYS': header.operatingSystems = field; break;
      default: header.keywords = field;
    }
  }
  if (bodyStart === -1) bodyStart = lastField;
  const body = lines.slice(bodyStart).map((l) => makeLine(l.number, l.text.startsWith(' ') ? l.text.slice(1) : l.text));
  return { form: 'txt', header, articleLine, body, diagnostics };
}
