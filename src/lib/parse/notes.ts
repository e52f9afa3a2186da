/** Notes: paragraphs starting `NOTE:`, `WARNING:`, `IMPORTANT:`, `CAUTION:`, `TIP:` (any case). */
import { firstNonSpace, type Line } from './lines.ts';
import type { NoteKind } from './model.ts';

/** A note label found at the start of a line. */
export interface NoteStart {
  kind: NoteKind;
  /** The label as written, without the colon. */
  label: string;
  /** Column where the note's text starts. */
  textColumn: number;
  /** The text after the label. */
  text: string;
}

const notePattern = /^(\s*)(notes?|warning|important|caution|tip)([ \t]*:[ \t]*)(.*)$/i;
/** Codes of the letters a label can start with (a quick test before the pattern). */
const noteInitials = new Set([...'nwictNWICT'].map((c) => c.charCodeAt(0)));

/** Whether a line starts with a note label; returns the label and the text after it. */
export function matchNote(line: Line): NoteStart | null {
  if (!noteInitials.has(line.text.charCodeAt(firstNonSpace(line.text)))) return null;
  const m = notePattern.exec(line.text);
  if (!m) return null;
  const label = m[2] ?? '';
  const lower = label.toLowerCase();
  const kind: NoteKind = lower === 'notes' ? 'note' : (lower as NoteKind);
  const textColumn = line.indent + label.length + (m[3] ?? '').length;
  return { kind, label, textColumn, text: m[4] ?? '' };
}
