/**
 * The keywords pass: the `Keyword(s):` header list, completed from the trailer's `Keywords :` line
 * when the archive cut it short. The archive's converter truncated long header lines (Q266130 ends
 * in `kbRe`) while the trailer kept the full list (`… kbRemoteProg`). When the header list is such
 * a truncated prefix of the trailer's, the trailer's list is the article's; otherwise the header's,
 * as written. The trailer's line itself stays in `trailerFields`, as written.
 */
import type { MetadataField } from './model.ts';
import { trailerField } from './trailer.ts';

/** The article's keywords: `header`, or the trailer's list when `header` is a truncated prefix of it. */
export function completeKeywords(header: readonly string[], fields: readonly MetadataField[]): string[] {
  const trailer = (trailerField(fields, 'Keywords')?.value ?? '').split(/\s+/).filter((word) => word !== '');
  if (header.length === 0 || trailer.length < header.length) return [...header];
  const last = header.length - 1;
  for (let i = 0; i < last; i += 1) if (header[i] !== trailer[i]) return [...header];
  return trailer[last]!.startsWith(header[last]!) ? trailer : [...header];
}
