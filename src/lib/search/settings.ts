/**
 * Pagefind's settings for this site, shared by the indexer (build) and the search page (browser), so
 * both ends agree. Tuning notes and figures: docs/search.md.
 */

/** Options of every Pagefind index the site builds (`createIndex`). */
export const indexConfig = {
  /** Every article is English; without it Pagefind would split bundles by each page's `lang`. */
  forceLanguage: 'en',
} as const;

/**
 * Size of Pagefind's index chunks, in word positions (Pagefind's default: 20,000). Pagefind offers it
 * only as the environment variable `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` of its binary, which the
 * indexer sets for the services it starts. A rare word costs the browser one chunk per shard: smaller
 * chunks make that cheaper, but add an entry per chunk to the metadata every first query loads
 * (measured in docs/search.md). A word with more positions than this gets a chunk of its own.
 */
export const indexChunkSize = 2_500;

/**
 * Pagefind ranking for KB articles (its defaults in brackets). Articles run from 10 to 10,000 words,
 * so length normalisation is softened; a word in the title counts as Pagefind's default boost; the
 * `ids` field holds every spelling of the article id; `id` and `date` are shown, never matched.
 */
export const ranking = {
  /** BM25 `b`: 0 ignores length, 1 fully normalises [0.75]. */
  pageLength: 0.5,
  /** BM25 `k1`: how fast repeats stop counting [1.4]. */
  termSaturation: 1.2,
  /** Preference for whole words over longer words they begin [1.0]. */
  termSimilarity: 2.0,
  /** Boost of matches in metadata fields [title 5, others 1]. */
  metaWeights: { title: 5, ids: 10, id: 0, date: 0 },
} as const;

/** Words of context in an excerpt [30]. */
export const excerptLength = 24;

