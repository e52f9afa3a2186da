/**
 * Words that nearly every article holds. A query with other words leaves them out: each would cost the
 * download of an index chunk listing nearly every page, and narrows nothing. A quoted phrase keeps them.
 */
const stopWords = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'with']);

/** True for a stop word, in any case. */
export function isStopWord(word: string): boolean {
  return stopWords.has(word.toLowerCase());
}
