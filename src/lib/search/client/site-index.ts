/** The site's search index (`<base>search-index/`, built by src/integrations/search-index.ts), opened once per page through `fetch`. */
import { metaFile } from '../engine/format.ts';
import { SearchIndex, type Loader } from '../engine/search.ts';
import { highlightParam } from '../highlight-param.ts';

/** A loader of the index files under `<base>search-index/`; null for a file the host does not have. */
export function fetchLoader(base: string): Loader {
  const root = `${base.replace(/\/?$/, '/')}search-index/`;
  return async (path) => {
    // meta.bin keeps its name across builds while the files it names change: always revalidate it
    // (a cheap 304), so a cached one never points at buckets a new deploy removed.
    const response = await fetch(root + path, path === metaFile ? { cache: 'no-cache' } : {});
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  };
}

let opening: Promise<SearchIndex> | undefined;

/** The index under the site's base path (`/`, `/kbarchive/`), `meta.bin` loaded on first use; a failed open is tried again next time. */
export function openSiteIndex(base: string): Promise<SearchIndex> {
  opening ??= SearchIndex.open(fetchLoader(base), base, highlightParam).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
