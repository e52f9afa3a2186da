/**
 * The phrase signal Pagefind gives for free: each result carries the positions of its matched words,
 * so a page where the query's words stand as they were typed (a pasted message, a remembered
 * sentence, a product name) can be told from one where they lie apart, before any text is fetched.
 */
import type { PagefindHit } from './pagefind-api.ts';

/** How much a page holding all the query's words as typed gains over its own score: ×(1 + this). Default: 2 (docs/search.md: tuned on the generated phrase queries). */
export const phraseBoost = 2;

/**
 * Most of the query's words found in one place as typed: positions `start + offsets[i]` present
 * among `locations`. `offsets` are the words' places in the query as typed (`[0, 1, 3]` when a stop
 * word between the second and third was left out of the search).
 */
export function phraseMatch(locations: readonly number[], offsets: readonly number[]): number {
  if (offsets.length === 0 || locations.length === 0) return 0;
  const present = new Set(locations);
  let best = 1;
  for (const at of present) {
    for (const anchor of offsets) {
      const start = at - anchor;
      let found = 0;
      for (const offset of offsets) if (present.has(start + offset)) found += 1;
      if (found > best) best = found;
      if (best === offsets.length) return best;
    }
  }
  return best;
}

/**
 * The first `window` hits re-ordered by score × (1 + `boost` × closeness), where closeness
 * is how much of the query stands together as typed (0 for one word, 1 for all of them); the hits
 * after the window keep Pagefind's order.
 */
export function phraseOrder(hits: readonly PagefindHit[], offsets: readonly number[], window: number, boost = phraseBoost): PagefindHit[] {
  const terms = offsets.length;
  if (terms < 2) return [...hits];
  const head = hits.slice(0, window).map((hit, rank) => {
    // A page found through its metadata alone (its title) has no body positions: no gain, no loss.
    const matched = Math.max(1, phraseMatch(hit.words, offsets));
    return { hit, rank, score: hit.score * (1 + (boost * (matched - 1)) / (terms - 1)) };
  });
  head.sort((a, b) => b.score - a.score || a.rank - b.rank);
  return [...head.map(({ hit }) => hit), ...hits.slice(window)];
}
