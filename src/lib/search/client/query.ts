/** Turns a search state into an index search: an id typed in any form is searched as the canonical id and its article pinned first. */
import type { SearchAnswer, SearchIndex } from '../engine/search.ts';
import { idFromQuery } from '../ids.ts';
import type { SearchState } from '../url-state.ts';

/** Text searched for a query: the canonical id for an id (`KB 266130` → `Q266130`), else the text; null for none. */
export function termOf(q: string): string | null {
  return q ? (idFromQuery(q) ?? q) : null;
}

/**
 * Runs a state: query, filters (any value within a filter, every filter) and order; the article of
 * a typed id comes first when it is among the results (`pinned`). `counts` also counts the results
 * per filter value, which loads every filter's file: ask only when they are shown.
 */
export function runQuery(index: SearchIndex, state: SearchState, counts: boolean): Promise<SearchAnswer> {
  const id = idFromQuery(state.q);
  return index.search(termOf(state.q) ?? '', { filters: state.filters, sort: state.sort, counts, ...(id ? { pin: Number(id.slice(1)) } : {}) });
}
