/**
 * Rewrites a wiki export's KB references to the archive's canonical permalinks: old URLs become the
 * article's URL (keeping their `#fragment`), bare ids become links only when asked, and only where
 * link-zones.ts allows. Every byte outside the rewritten references is kept.
 */
import { articlePath } from '../site/urls.ts';
import type { KbReference } from './find.ts';
import { linkIn, type WikiFormat } from './formats.ts';
import { keptSpans } from './link-zones.ts';

/** One replacement of `[start, end)` of a text. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  reference: KbReference;
}

/** What to rewrite. */
export interface RewriteOptions {
  /** The archive's public root, ending in `/` (`https://kb.example.org/kbarchive/`). */
  base: URL;
  /** Also turn bare ids into links. Default: false. */
  ids?: boolean;
  /** Whether an article may be linked to; default: every one (no archive to ask). */
  linkable?: (id: string) => boolean;
}

/** The canonical permalink of an article under the archive's root, with a fragment if given. */
export function permalink(base: URL, id: string, fragment = ''): string {
  return new URL(articlePath(id), base).href + fragment;
}

/** The edits that rewrite `references` of `text` (found in it by findKbReferences), in order. */
export function planEdits(text: string, format: WikiFormat, references: readonly KbReference[], options: RewriteOptions): Edit[] {
  const linkable = options.linkable ?? (() => true);
  const kept = options.ids ? keptSpans(text, format) : null;
  const edits: Edit[] = [];
  for (const reference of references) {
    if (!linkable(reference.id)) continue;
    const url = permalink(options.base, reference.id, reference.fragment);
    if (reference.kind === 'url') edits.push({ start: reference.start, end: reference.end, replacement: url, reference });
    else if (kept && !kept.touches(reference.start, reference.end)) {
      edits.push({ start: reference.start, end: reference.end, replacement: linkIn(format, url, reference.text), reference });
    }
  }
  return edits;
}

/** `text` with `edits` (in order, not overlapping) applied. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return out + text.slice(at);
}
