/** Turns a search state into Pagefind queries: id lookup, phrase boost for pasted messages, filters, date order. */
import { idFromQuery } from '../ids.ts';
import type { SearchState } from '../url-state.ts';
import { shardFilter } from '../shards.ts';
import { dateMergePager, listPager, type ResultPager } from './order.ts';
import type { PagefindApi, PagefindSearch } from './pagefind.ts';

/** Fewest words for which an unquoted query is also tried as an exact phrase (pasted messages; shorter queries rank better without). Default: 5. */
const phraseMinWords = 5;

/** An answer: Pagefind's search (count, filter counts), its results in display order, and the id typed (to pin), if any. */
export interface QueryAnswer {
  search: PagefindSearch;
  order: ResultPager;
  pinId: string | null;
}

/** Pagefind term for a query: the canonical id for an id (`KB 266130` → `Q266130`), else the text; null for none. */
export function termOf(q: string): string | null {
  return q ? (idFromQuery(q) ?? q) : null;
}

/** True when a query should also run as a phrase: several words, no quotes, not an id. */
export function wantsPhrase(q: string): boolean {
  return !q.includes('"') && idFromQuery(q) === null && q.trim().split(/\s+/).length >= phraseMinWords;
}

/**
 * Runs a state over `shards` merged shards (default 1). Pasted error messages are rarely quoted and
 * Pagefind ranks without word proximity, so a multi-word query also runs as an exact phrase and the
 * pages holding the phrase go first. A date order over several shards runs once per shard (kept to
 * it by the synthetic `shard` filter) and is merged by date: Pagefind's merge would mix the shards
 * by each result's position within its own shard.
 */
export async function runQuery(api: PagefindApi, state: SearchState, shards = 1): Promise<QueryAnswer> {
  const filters = Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }]));
  const direction = state.sort === 'newest' ? 'desc' : 'asc';
  const sort = state.sort === 'relevance' ? {} : { date: direction };
  const term = termOf(state.q);
  const pinId = term && idFromQuery(state.q);
  const search = await api.search(term, { filters, sort });
  if (state.sort !== 'relevance' && shards > 1) {
    const perShard = await Promise.all(
      Array.from({ length: shards }, (_, shard) => api.search(term, { filters: { ...filters, [shardFilter]: { any: [String(shard)] } }, sort })),
    );
    return { search, order: dateMergePager(perShard.map((s) => s.results), direction), pinId };
  }
  let order = search.results;
  if (term && state.sort === 'relevance' && wantsPhrase(state.q) && order.length > 1) {
    const phrase = await api.search(`"${term}"`, { filters });
    const first = new Set(phrase.results.map((r) => r.id));
    order = [...phrase.results, ...order.filter((r) => !first.has(r.id))];
  }
  return { search, order: listPager(order), pinId };
}
