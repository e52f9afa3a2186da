/** Loads Pagefind's browser API from the site's bundles (one per shard, under the base path) with the site's ranking. */
import { highlightParam, ranking } from '../ranking.ts';
import { bundlePaths, shardFilter } from '../shards.ts';

/** The part of Pagefind's browser API the search page uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
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

/**
 * Configures a freshly imported API: the site's options, then every other shard's bundle
 * (`<base>pagefind-1/` …) merged in with `mergeIndex`. Pagefind applies `options()` to shard 0 only,
 * so each merged shard gets the same options; with several shards each also gets a synthetic `shard`
 * filter, so a search can be kept to one shard.
 */
export async function configurePagefind(api: PagefindApi, base: string, shards = 1): Promise<PagefindApi> {
  const options = { baseUrl: base, ranking, highlightParam };
  await api.options(shards > 1 ? { ...options, mergeFilter: { [shardFilter]: '0' } } : options);
  await api.init();
  const others = bundlePaths(base, shards).slice(1);
  await Promise.all(others.map((path, i) => api.mergeIndex(path, { ...options, mergeFilter: { [shardFilter]: String(i + 1) } })));
  return api;
}

/** The API, loaded once from shard 0's `<base>pagefind/pagefind.js` and configured with every shard, before the first search. */
export function loadPagefind(base: string, shards = 1): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${bundlePaths(base, 1)[0]}pagefind.js`;
    return configurePagefind((await import(/* @vite-ignore */ url)) as PagefindApi, base, shards);
  })();
  return loading;
}
