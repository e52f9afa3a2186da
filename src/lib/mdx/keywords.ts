/** The keywords a page is filed under: the header's list, completed from the trailer when the archive cut it short. */
import type { Article } from '../kb/model.ts';

/**
 * The archive's converter truncated long `Keyword(s):` header lines (Q266130 ends in `kbRe`)
 * while the trailer's `Keywords :` line kept the full list (`… kbRemoteProg`). When the header
 * list is such a truncated prefix of the trailer's, the trailer's list is used; otherwise the
 * header's, as written. The model itself keeps both lines untouched.
 */
export function keywordsOf(article: Article): string[] {
  const header = article.keywords;
  const field = article.trailerFields?.find((f) => f.label.toLowerCase() === 'keywords');
  const trailer = field ? field.value.split(/\s+/).filter((word) => word !== '') : [];
  if (header.length === 0 || trailer.length < header.length) return [...header];
  const last = header.length - 1;
  for (let i = 0; i < last; i += 1) if (header[i] !== trailer[i]) return [...header];
  return trailer[last]!.startsWith(header[last]!) ? trailer : [...header];
}
