/**
 * Turns a search state into Pagefind searches and an answer in display order: a quoted phrase runs
 * as Pagefind's exact-phrase search, ranked by its words' scores; stop words are left out of an
 * unquoted query that has other words; the best results are re-ordered by how closely the query's
 * words stand together in them (their positions come with each result, no fetch needed); a date
 * order sorts the best matches by their last-modified date. An article id never reaches this module:
 * the page opens it directly (src/lib/search/ids.ts).
 */
import type { SearchState } from '../url-state.ts';
import type { FilterCounts, PagefindApi, PagefindFilters, PagefindHit } from './pagefind-api.ts';
import { phraseOrder } from './phrase-order.ts';
import { isStopWord } from './stop-words.ts';

/** Results re-ordered by the phrase signal, from the top: it costs no download, only their positions. Default: 200. */
export const phraseWindow = 200;
/** Results loaded and sorted for a date order (the best matches): each costs a fragment request. Default: 50. */
export const dateWindow = 50;

/** An answer: results in display order, counted, with filter counts when they were asked for. */
export interface SearchAnswer {
  /** Results found (all of them, also beyond the ones ordered by date). */
  total: number;
  /** Results `from` to `to` (exclusive) in display order. */
  page(from: number, to: number): PagefindHit[];
  /** How many results `page` can give: `total`, or the best {@link dateWindow} in a date order. */
  available: number;
  /** Counts per filter value over the results; empty unless asked for. */
  counts: FilterCounts;
  /** The query's words (quotes and left-out stop words aside). */
  words: string[];
  /** A quoted query's phrase, to be marked whole on the article page; else empty. */
  phrase: string[];
}

/** True when the whole query is one quoted phrase (Pagefind then searches it exactly). */
export function isQuoted(q: string): boolean {
  return /^\s*".+"\s*$/.test(q);
}

/**
 * A query word as Pagefind indexes words: Pagefind's indexer keeps only letters, digits and `_` of a
 * word (`DOS=HIGH` is indexed as `doshigh`, besides its parts), but its browser API strips only
 * punctuation from a query, not symbols (`=`, `+`, `$`, `|`, `<`…), so `DOS=HIGH` would match nothing.
 * Symbols are dropped here as the indexer drops them; a word left with fewer than three characters
 * (`C++` → `c`) is kept as typed, as `c` would ask for every word that begins with it.
 */
export function indexForm(word: string): string {
  const stripped = word.replace(/\p{S}/gu, '');
  return stripped !== word && /[\p{L}\p{N}]/u.test(stripped) && stripped.replace(/[^\p{L}\p{N}_]/gu, '').length >= 3 ? stripped : word;
}

/**
 * The words of a query, quotes and stop words left out (stop words kept when nothing else is left),
 * with each word's place in the query as typed (`offsets`), for the phrase signal.
 */
export function queryWords(q: string): { words: string[]; offsets: number[] } {
  const all = q.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  const keep = all.some((word) => !isStopWord(word)) ? (word: string) => !isStopWord(word) : () => true;
  const offsets = all.flatMap((word, at) => (keep(word) ? [at] : []));
  return { words: offsets.map((at) => indexForm(all[at]!)), offsets };
}

/** A quoted query as Pagefind's exact search takes it: every word in its index form, stop words kept, in quotes. */
export function exactTerm(q: string): string {
  return `"${q.replace(/"/g, ' ').split(/\s+/).filter(Boolean).map(indexForm).join(' ')}"`;
}

/** Pagefind's filter form of a state's filters: any value within a filter, every filter. */
export function pagefindFilters(filters: SearchState['filters']): PagefindFilters {
  return Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));
}

/** A page of a list. */
const pager = (hits: readonly PagefindHit[]) => (from: number, to: number) => hits.slice(from, to);

/** Results in relevance order, all of them counted, and the filter counts Pagefind gave with them. */
interface Ranked {
  results: PagefindHit[];
  counts: FilterCounts;
}

/** A quoted phrase: Pagefind's exact search finds it, and scores every match alike, so the same words' ordinary scores (their chunks are loaded anyway) rank the matches. */
async function searchPhrase(api: PagefindApi, q: string, term: string | null, filters: PagefindFilters): Promise<Ranked> {
  const [exact, ranked] = await Promise.all([api.search(exactTerm(q), { filters }), api.search(term, { filters })]);
  const score = new Map(ranked.results.map((hit) => [hit.id, hit.score]));
  return { results: [...exact.results].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0)), counts: exact.filters };
}

/** Words: Pagefind's order, then the best re-ordered by how much of the query stands in them as typed. */
async function searchWords(api: PagefindApi, term: string | null, offsets: number[], filters: PagefindFilters): Promise<Ranked> {
  const found = await api.search(term, { filters });
  return { results: phraseOrder(found.results, offsets, phraseWindow), counts: found.filters };
}

/**
 * A date order over the best matches in hand (their data is loaded for the date): Pagefind would need
 * a sort index listing every page (a quarter more metadata at 60,000 articles) for a full one.
 */
async function byDate(results: readonly PagefindHit[], sort: 'newest' | 'oldest'): Promise<PagefindHit[]> {
  const best = results.slice(0, dateWindow);
  const dates = await Promise.all(best.map(async (hit) => (await hit.data()).meta.date ?? ''));
  const order = best.map((hit, i) => ({ hit, date: dates[i]! }));
  order.sort((a, b) => (sort === 'newest' ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date)));
  return order.map(({ hit }) => hit);
}

/**
 * Runs a state (a query or filters; never an id). `counts` also counts the results per filter value,
 * which loads every filter's file: ask only when they are shown.
 */
export async function runQuery(api: PagefindApi, state: SearchState, counts: boolean): Promise<SearchAnswer> {
  if (counts) await api.filters();
  const filters = pagefindFilters(state.filters);
  const quoted = isQuoted(state.q);
  const { words, offsets } = queryWords(state.q);
  const term = state.q === '' ? null : words.join(' ');
  const ranked = quoted ? await searchPhrase(api, state.q, term, filters) : await searchWords(api, term, offsets, filters);
  const shown = state.sort === 'relevance' ? ranked.results : await byDate(ranked.results, state.sort);
  return {
    total: ranked.results.length,
    page: pager(shown),
    available: shown.length,
    counts: counts ? ranked.counts : {},
    words,
    phrase: quoted ? [state.q.trim().replace(/^"|"$/g, '')] : [],
  };
}

/** Starts loading what a search of `state` will need (its words' index chunks), without searching. */
export async function preloadQuery(api: PagefindApi, state: SearchState): Promise<void> {
  if (isQuoted(state.q)) return api.preload(exactTerm(state.q), { filters: pagefindFilters(state.filters) });
  const { words } = queryWords(state.q);
  if (words.length > 0) await api.preload(words.join(' '), { filters: pagefindFilters(state.filters) });
}
