/** The header pass: raw header fields to the article's typed metadata. */
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeHexMarkers } from './hex-markers.ts';
import { KbSourceError } from './errors.ts';
import type { Frame } from './frame.ts';
import { normalizeArticleId } from './ids.ts';
import type { Article, Diagnostic } from './model.ts';

/** The metadata fields the header pass fills in. */
export type HeaderMetadata = Pick<
  Article,
  'id' | 'number' | 'title' | 'products' | 'versions' | 'operatingSystems' | 'keywords' | 'lastModified' | 'productCode' | 'line'
>;

const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `05-JUN-2002` → `2002-06-05`; null when it is not a valid date. */
export function parseKbDate(text: string): string | null {
  const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = months.indexOf((m[2] ?? '').toUpperCase()) + 1;
  const year = Number(m[3]);
  if (month === 0 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2002-06-05` → `05-JUN-2002`, the form both sources write. */
export function formatKbDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${months[Number(m) - 1] ?? ''}-${y}`;
}

/** Split a list-like header value on the given separators, dropping empty parts. */
function split(value: string | undefined, separators: RegExp): string[] {
  if (!value) return [];
  return value
    .split(separators)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Normalise the frame's header into metadata; throws `kb/no-id` when no id is found anywhere. */
export function readHeader(frame: Frame, file: string, diagnostics: Diagnostic[]): HeaderMetadata {
  const h = frame.header;
  const candidates = [h.id, ...h.altIds].filter((f) => f !== undefined);
  let chosen: { id: string; number: number; value: string; line: number } | null = null;
  for (const field of candidates) {
    const id = normalizeArticleId(field.value);
    if (!id) continue;
    if (!chosen) chosen = { ...id, value: field.value, line: field.line };
    else if (chosen.id !== id.id) diagnostics.push(diagnostic('kb/id-mismatch', field.line, [id.id, chosen.id, chosen.value]));
  }
  if (!chosen) throw new KbSourceError('kb/no-id', file, h.id?.line ?? frame.articleLine);

  let title = h.title?.value ?? '';
  const fm = h.frontMatterTitle;
  if (fm && h.title && fm.value !== h.title.value) {
    diagnostics.push(diagnostic('kb/title-mismatch', fm.line, [fm.value, h.title.value]));
  }
  if (!title && fm) title = fm.value;
  if (!title) {
    diagnostics.push(diagnostic('kb/missing-title', frame.articleLine, [chosen.id]));
    title = chosen.id;
  }

  let lastModified: string | null = null;
  if (h.lastModified && h.lastModified.value !== '') {
    lastModified = parseKbDate(h.lastModified.value);
    if (lastModified === null) {
      diagnostics.push(diagnostic('kb/invalid-date', h.lastModified.line, [h.lastModified.value]));
    }
  }

  return {
    id: chosen.id,
    number: chosen.number,
    title: decodeHexMarkers(title),
    products: split(h.products?.value, /\s*\|\s*/),
    versions: split(h.versions?.value, /\s*[,;|]\s*/),
    operatingSystems: split(h.operatingSystems?.value, /\s*[,|]\s*/),
    keywords: split(h.keywords?.value, /[\s|]+/),
    lastModified,
    productCode: h.productCode ? h.productCode.value : null,
    line: frame.articleLine,
  };
}
