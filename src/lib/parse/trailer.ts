/**
 * The trailer pass, from the end of the body: `Additional query words:`,
 * a `=====` rule (not a heading), `Label : value` lines, a closing rule, and
 * in the `.TXT` form the disclaimer and copyright after it.
 */
import { isRuleText, type Line } from './lines.ts';
import type { MetadataField } from './model.ts';

/** What the trailer holds and where the body ends. */
export interface Trailer {
  additionalQueryWords: string[];
  /** The line of `Additional query words:`, or null. */
  queryWordsLine: number | null;
  fields: MetadataField[];
  disclaimer: string | null;
  /** Index of the first body line that belongs to the trailer. */
  start: number;
}

const fieldPattern = /^([A-Z][A-Za-z ]{0,30}?)[ \t]*:[ \t]?(.*)$/;
const queryPattern = /^Additional query words[ \t]*:(.*)$/i;

/** The trailer field labelled `label` (compared without case), or undefined. */
export function trailerField(fields: readonly MetadataField[], label: string): MetadataField | undefined {
  const wanted = label.toLowerCase();
  return fields.find((field) => field.label.toLowerCase() === wanted);
}

/** Whether a text is a long `=` rule, as the trailer's are. */
function isTrailerRule(text: string): boolean {
  return isRuleText(text, '=', 20);
}

/** The index of the last non-blank line before `end`, or -1. */
function lastContent(body: readonly Line[], end: number): number {
  let i = end - 1;
  while (i >= 0 && body[i]?.blank) i--;
  return i;
}

/** Read the trailer at the end of the body, if there is one. */
export function readTrailer(body: readonly Line[], from: number): Trailer {
  const trailer: Trailer = { additionalQueryWords: [], queryWordsLine: null, fields: [], disclaimer: null, start: body.length };
  let end = body.length;
  // The closing rule and, after it, the disclaimer.
  const closing = findLastRule(body, from, end);
  if (closing !== -1) {
    const opening = findLastRule(body, from, closing);
    if (opening !== -1 && isFieldBlock(body, opening + 1, closing)) {
      const after = body.slice(closing + 1).filter((l) => !l.blank);
      if (after.length > 0) {
        trailer.disclaimer = body
          .slice(closing + 1)
          .map((l) => l.text.trimEnd())
          .join('\n')
          .trim();
      }
      for (let i = opening + 1; i < closing; i++) {
        const line = body[i];
        const m = line && !line.blank ? fieldPattern.exec(line.text.trim()) : null;
        if (line && m) trailer.fields.push({ label: (m[1] ?? '').trim(), value: (m[2] ?? '').trim(), line: line.number });
      }
      end = opening;
      trailer.start = opening;
    }
  }
  const q = lastContent(body, end);
  const queryLine = q >= from ? body[q] : undefined;
  const m = queryLine ? queryPattern.exec(queryLine.text.trim()) : null;
  if (queryLine && m) {
    trailer.additionalQueryWords = (m[1] ?? '').split(/\s+/).filter((w) => w !== '');
    trailer.queryWordsLine = queryLine.number;
    trailer.start = q;
  }
  return trailer;
}

/** The index of the last long `=` rule in `[from, end)` that is preceded by a blank line or by the query words, or -1. */
function findLastRule(body: readonly Line[], from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) {
    const line = body[i];
    if (line && isTrailerRule(line.text)) return i;
    // The disclaimer and field block are short: stop looking after 60 lines.
    if (end - i > 60) return -1;
  }
  return -1;
}

/** Whether the lines in `[from, to)` are all blank or `Label : value` fields, with at least one field. */
function isFieldBlock(body: readonly Line[], from: number, to: number): boolean {
  let fields = 0;
  for (let i = from; i < to; i++) {
    const line = body[i];
    if (!line || line.blank) continue;
    if (!fieldPattern.test(line.text.trim())) return false;
    fields++;
  }
  return fields > 0;
}
