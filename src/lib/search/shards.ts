/**
 * The sharded search index: which Pagefind bundle ("shard") an article belongs to and where that
 * bundle lives. Shared by the indexer (build) and the search page (browser). Notes: docs/search.md.
 */

/** Name of the synthetic Pagefind filter that tells the shards apart in the browser (`mergeFilter`). */
export const shardFilter = 'shard';

/**
 * Shard of an article: its number modulo the shard count (`Q311457` with 2 shards → 1). Stable: an
 * article never moves unless the count changes; Q-numbers are dense, so the shards come out even.
 */
export function shardOf(articleNumber: number, shards: number): number {
  if (!Number.isSafeInteger(articleNumber) || articleNumber < 0) throw new RangeError(`unexpected article number \`${articleNumber}\`, expected a whole number ≥ 0`);
  if (!Number.isSafeInteger(shards) || shards < 1) throw new RangeError(`unexpected shard count \`${shards}\`, expected a whole number ≥ 1`);
  return articleNumber % shards;
}

/**
 * Folder of a shard's bundle under the site root: `pagefind` for shard 0 (so a one-shard site is a
 * plain Pagefind site and `pagefind/pagefind-highlight.js` always exists), `pagefind-<i>` for the others.
 */
export function shardBundle(shard: number): string {
  if (!Number.isSafeInteger(shard) || shard < 0) throw new RangeError(`unexpected shard \`${shard}\`, expected a whole number ≥ 0`);
  return shard === 0 ? 'pagefind' : `pagefind-${shard}`;
}

/** Shard number of a bundle folder name (`pagefind` → 0, `pagefind-3` → 3), or null for any other name. */
export function bundleShard(folder: string): number | null {
  if (folder === 'pagefind') return 0;
  const match = /^pagefind-([1-9]\d*)$/.exec(folder);
  return match ? Number(match[1]) : null;
}

/** Parses a shard count as written in `KB_SEARCH_SHARDS` (`'4'`); unset or empty means 1. Throws on anything but a whole number ≥ 1. */
export function parseShards(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const text = value.trim();
  const shards = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(shards) || shards < 1) {
    throw new Error(`KB_SEARCH_SHARDS: unexpected \`${value}\`, expected a whole number ≥ 1 (the number of Pagefind index shards)`);
  }
  return shards;
}

/** Shard count of this build: `KB_SEARCH_SHARDS`. Default: 1 (one plain Pagefind bundle). */
export function searchShards(): number {
  return parseShards(process.env.KB_SEARCH_SHARDS);
}

/** Browser paths of every shard's bundle under the site's base path (`/kbarchive/` → `['/kbarchive/pagefind/', '/kbarchive/pagefind-1/']`). */
export function bundlePaths(base: string, shards: number): string[] {
  const root = base.replace(/\/?$/, '/');
  return Array.from({ length: shards }, (_, shard) => `${root}${shardBundle(shard)}/`);
}
