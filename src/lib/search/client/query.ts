/** Turns a search state into an index search: an id typed in any form is searched as the canonical id and its article pinned first. */
import type { FilterCounts, SearchHit, SearchIndex } from '../engine/search.ts';
import { idFromQuery } from '../ids.ts';
import type { SearchState } from '../url-state.ts';

/** An answer: the results in display order, counts per filter value (when asked for), and flags for the status line. */
export interface QueryAnswer {
  hits: SearchHit[];
  counts: FilterCounts;
  /** True when the first hit is the article whose id was typed. */
  pinned: boolean;
  /** True when a quoted phrase was checked in the best candidates only (the index's limit). */
  truncated: boolean;
}

/** Text searched for a query: the canonical id for an id (`KB 266130` → `Q266130`), else the text; null for none. */
export function termOf(q: string): string | null {
  return q ? (idFromQuery(q) ?? q) : null;
}

/**
 * Runs a state: query, filters (any value within a filter, every filter) and order. `counts` also
 * counts the results per filter value, which loads every filter's file: ask only when they are shown.
 */
export async function runQuery(index: SearchIndex, state: SearchState, counts: boolean): Promise<QueryAnswer> {
  const answer = await index.search(termOf(state.q) ?? '', { filters: state.filters, sort: state.sort, counts });
  const id = idFromQuery(state.q);
  const at = id ? answer.hits.findIndex((hit) => hit.n === Number(id.slice(1))) : -1;
  const hits = at > 0 ? [answer.hits[at]!, ...answer.hits.slice(0, at), ...answer.hits.slice(at + 1)] : answer.hits;
  return { hits, counts: answer.counts, pinned: at >= 0, truncated: answer.truncated };
}
