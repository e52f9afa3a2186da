/**
 * Pagefind's browser API (`pagefind/pagefind.js`), loaded once per page from the site's bundles under
 * the base path, with every shard listed in `pagefind/shards.json` merged in (`mergeIndex`) and the
 * site's ranking (src/lib/search/settings.ts) applied to each.
 */
import { excerptLength, ranking } from '../settings.ts';
import { bundleFolder, manifestName, parseManifest } from '../shards.ts';

/** Counts per filter key and value: `{ product: { 'Microsoft …': 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A section of a result (`sub_results`): a heading of the article the matched words fall under. */
export interface PagefindSubResult {
  title: string;
  /** The article's URL with `#anchor`, or without one for words before the first heading. */
  url: string;
  /** Text around the matched words, `<` and `>` escaped, matched words in `<mark>`. */
  excerpt: string;
  /** Matched word positions in the page's content. */
  locations: number[];
}

/** What a result's `data()` resolves to (the page's fragment). */
export interface PagefindData {
  url: string;
  /** The page's indexed text (words separated by white space; `locations` index into them). */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
  locations: number[];
}

/** One result of a search: its score and matched word positions now, its data on demand. */
export interface PagefindHit {
  /** The page's fragment id: unique within the site. */
  id: string;
  score: number;
  /** Positions of the matched words in the page's body. */
  words: number[];
  data(): Promise<PagefindData>;
}

/** One search's answer. */
export interface PagefindSearch {
  results: PagefindHit[];
  unfilteredResultCount: number;
  /** Counts over the results, for the filters whose files are loaded (all of them once `filters()` ran). */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** Pagefind's filter form: any of the values within a key, every key. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** The part of Pagefind's browser API the search page uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** Loads a module by URL (a seam for tests; the browser's dynamic import in the page). */
export type ImportModule = (url: string) => Promise<unknown>;

/**
 * Configures a freshly imported API for the site under `base` (`/`, `/kbarchive/`): shard 0 is the
 * bundle at `<base>pagefind/`; the others are merged with the same options (Pagefind applies
 * `options()` to the first bundle only). `tag` is the manifest's cache tag for Pagefind's entry files.
 * `base` may be a whole origin and path (`http://127.0.0.1:4321/`), as Node tests use it.
 */
export async function configurePagefind(api: PagefindApi, base: string, shardPaths: readonly string[], tag: string): Promise<PagefindApi> {
  const root = `${base.replace(/\/?$/, '/')}${bundleFolder}/`;
  const options = { baseUrl: base, ranking, excerptLength, metaCacheTag: tag };
  // The first bundle's folder said outright: where `pagefind.js` was loaded from in a browser, but not in Node (tests).
  await api.options({ ...options, basePath: root });
  await api.init();
  await Promise.all(shardPaths.filter((path) => path !== '').map((path) => api.mergeIndex(`${root}${path}`, options)));
  return api;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * The API, loaded once: the shard manifest (always revalidated: it changes with every index) and
 * `pagefind.js` fetched together, then configured. A failed load is tried again next time.
 */
export function loadPagefind(base: string, importModule: ImportModule = (url) => import(/* @vite-ignore */ url)): Promise<PagefindApi> {
  loading ??= (async () => {
    const root = `${base.replace(/\/?$/, '/')}${bundleFolder}/`;
    const [manifestText, api] = await Promise.all([
      fetch(`${root}${manifestName}`, { cache: 'no-cache' }).then((response) => {
        if (!response.ok) throw new Error(`${root}${manifestName}: HTTP ${response.status}`);
        return response.text();
      }),
      importModule(`${root}pagefind.js`) as Promise<PagefindApi>,
    ]);
    const manifest = parseManifest(manifestText);
    if (!manifest) throw new Error(`${root}${manifestName}: not a search manifest`);
    return configurePagefind(api, base, manifest.shards.filter((shard) => shard.pages > 0).map((shard) => shard.path), manifest.tag);
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
