/**
 * Link lines in indented blocks: prose with a link, not preformatted text.
 *
 * - a run of URLs, each alone on its line (maybe in parentheses);
 * - up to three lines of URLs and single words (a file name before its URL);
 * - link text (one to three lines) followed by its URL in parentheses on the
 *   next line (`Download Setup.exe now` / `(http://…/Setup.exe)`): one
 *   paragraph per link; a run holding one such link may also carry up to two
 *   lines of notes after it (`Microsoft Press, 2001`);
 * - a short label ending in `:` (`x86:`, `US English:`) right before such pairs.
 */
import type { Line } from './lines.ts';
import type { ParagraphNode } from './model.ts';
import { makeParagraph } from './paragraphs.ts';

const urlLine = /^\s*\(?(?:https?|ftp):\/\/\S+\s*$|^\s*\(?www\.\S+\s*$/i;
const urlInParentheses = /^\s*\((?:https?|ftp):\/\/\S+\)\s*$/i;

/** Whether a line holds only a URL, maybe in parentheses. */
export function isLinkLine(text: string): boolean {
  return urlLine.test(text);
}

/** A run split into link text (one to three lines) each followed by its `(URL)` line, or null when it is not one. */
function linkGroups(run: readonly Line[]): Line[][] | null {
  const groups: Line[][] = [];
  let from = 0;
  for (let k = 0; k < run.length; k++) {
    if (!urlInParentheses.test(run[k]!.text)) continue;
    if (k === from || k - from > 3) return null;
    groups.push(run.slice(from, k + 1));
    from = k + 1;
  }
  return from === run.length && groups.length > 0 && groups.every((g) => g.slice(0, -1).every((l) => !isLinkLine(l.text))) ? groups : null;
}

/** The paragraphs of a run of link lines (see the file comment), or null when the run is not one. */
export function linkParagraphs(run: readonly Line[]): ParagraphNode[] | null {
  const links = run.filter((l) => isLinkLine(l.text)).length;
  if (links === run.length || (links > 0 && run.length <= 3 && run.every((l) => isLinkLine(l.text) || /^\s*\S+\s*$/.test(l.text)))) return [makeParagraph(run)];
  const groups = linkGroups(run);
  if (groups) return groups.map((group) => makeParagraph(group));
  // One link whose text or note goes on around it: up to three lines before its `(URL)`, two after.
  const at = run.findIndex((l) => urlInParentheses.test(l.text));
  const single = at >= 1 && at <= 3 && run.length - at - 1 <= 2 && run.every((l, k) => k === at || !urlInParentheses.test(l.text));
  return single ? [makeParagraph(run)] : null;
}

/** Whether `run` is a short label (`x86:`) and `next`, the run after it, holds link text and `(URL)` lines. */
export function isLinkLabel(run: readonly Line[], next: readonly Line[]): boolean {
  const text = run.length === 1 ? run[0]!.text.trim() : '';
  return text.length > 0 && text.length <= 40 && text.endsWith(':') && !/\S {2,}\S/.test(text) && linkGroups(next) !== null;
}
