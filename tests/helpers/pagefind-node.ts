/**
 * Searches a built site's Pagefind bundles from Node, through the same client code as the search
 * page (src/lib/search/client): the site is served by the test host and `pagefind.js` is imported
 * from disk, a fresh copy per call, so two sites (a cold and an incremental build) never share one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configurePagefind, type PagefindApi } from '../../src/lib/search/client/pagefind-api.ts';
import { runQuery, type SearchAnswer } from '../../src/lib/search/client/query.ts';
import { bundleFolder, manifestName, parseManifest } from '../../src/lib/search/shards.ts';
import type { SearchState } from '../../src/lib/search/url-state.ts';
import { serveStatic } from './search-server.ts';

/** A site's search, open: search as the page does, then close the host. */
export interface NodeSearch {
  api: PagefindApi;
  /** Runs a state as the search page does (no id handling: the page answers ids without Pagefind). */
  query(q: string, extra?: Partial<SearchState>): Promise<SearchAnswer>;
  /** The ids (`Q266130`) of the first `n` results of `q`, in order. */
  ids(q: string, n?: number, extra?: Partial<SearchState>): Promise<string[]>;
  close(): Promise<void>;
}

let copies = 0;

/** Opens the search of the site built in `siteDir` (served under `base`, default `/`). */
export async function openNodeSearch(siteDir: string, base = '/'): Promise<NodeSearch> {
  const server = await serveStatic(siteDir, base);
  const manifest = parseManifest(readFileSync(join(siteDir, bundleFolder, manifestName), 'utf8'));
  if (!manifest) throw new Error(`${siteDir}: no search manifest`);
  copies += 1;
  const module = (await import(`${pathToFileURL(join(siteDir, bundleFolder, 'pagefind.js')).href}?copy=${copies}`)) as PagefindApi;
  const api = await configurePagefind(module, `${server.origin}${base}`, manifest.shards.filter((s) => s.pages > 0).map((s) => s.path), manifest.tag);
  const query = (q: string, extra: Partial<SearchState> = {}) => runQuery(api, { q, filters: {}, sort: 'relevance', ...extra }, false);
  return {
    api,
    query,
    ids: async (q, n = 10, extra = {}) => {
      const answer = await query(q, extra);
      return Promise.all(answer.page(0, n).map(async (hit) => (await hit.data()).meta.id ?? '?'));
    },
    close: () => server.close(),
  };
}
