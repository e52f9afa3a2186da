/** Loads Pagefind's browser API from the site's bundle (under the base path) with the site's ranking. */
import { highlightParam, ranking } from '../ranking.ts';

/** The part of Pagefind's browser API the search page uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

/** Counts per filter key and value: `{ product: { 'Microsoft …': 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One search answer: results (data loaded on demand) and filter counts over them. */
export interface PagefindSearch {
  results: Array<{ id: string; score: number; data(): Promise<PagefindResult> }>;
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** What a result's `data()` resolves to. */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}

let loading: Promise<PagefindApi> | undefined;

/** The API, loaded once (`<base>pagefind/pagefind.js`) and configured. */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ baseUrl: base, ranking, highlightParam });
    await api.init();
    return api;
  })();
  return loading;
}
