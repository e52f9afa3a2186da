/** Search settings shared by the indexer (build) and the search page (browser). Tuning notes: docs/search.md. */

/**
 * Pagefind ranking for KB articles. Short and long articles mix (10 to 10,000 words), so length
 * normalisation is softened; exact technical tokens (`compver.ini`) should beat stems and prefixes.
 */
export const ranking = {
  /** BM25 term frequency weight. Pagefind default: 1.0. */
  termFrequency: 1.0,
  /** BM25 `b`: 0 ignores length, 1 fully normalises. Pagefind default: 0.75. */
  pageLength: 0.5,
  /** BM25 `k1`: how fast repeats stop counting. Pagefind default: 1.4. */
  termSaturation: 1.2,
  /** Preference for exact over prefix/stem matches. Pagefind default: 1.0. */
  termSimilarity: 2.0,
  /** Score boost of matches in metadata. Pagefind default: title 5, others 1. `ids` holds every spelling of the article id. */
  metaWeights: { title: 5.0, ids: 10.0, id: 0, date: 0 },
} as const;

/**
 * Characters kept inside words so `compver.ini`, `Setup.exe`, `HKEY_LOCAL_MACHINE\Software` and
 * `Q266130` index as typed. Pagefind default: none (splits on punctuation).
 */
export const includeCharacters = '';

/** URL parameter that carries the matched words to the article page for highlighting. */
export const highlightParam = 'pagefind-highlight';
