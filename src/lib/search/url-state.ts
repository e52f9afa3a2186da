/** The search page's state and its URL form (`?q=compver.ini&product=…&sort=newest`), so a search can be pasted into a wiki. */
import { filterSpecs } from './filters.ts';

/** Result orders offered: relevance, or by last-modified date. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** Everything a search page shows follows from this. */
export interface SearchState {
  /** Query as typed (trimmed). Empty when browsing by filters only. */
  q: string;
  /** Selected values per filter key (`{ product: ['…'] }`); keys without values are absent. */
  filters: Record<string, string[]>;
  /** Result order. Default: relevance. */
  sort: SortOrder;
}

const sorts: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

/** Reads the state from a query string (`?q=…&product=…`); unknown parameters are ignored. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const { key } of filterSpecs) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort') as SortOrder | null;
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort && sorts.includes(sort) ? sort : 'relevance' };
}

/** Query string of a state (`?q=…`), in a stable order, or '' for the empty state. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key } of filterSpecs) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when a state asks for something (a query or a filter). */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}
