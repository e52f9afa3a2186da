/**
 * The sharded Pagefind index: how many shards a site has, which shard an article belongs to, where
 * each shard's bundle lives, and the small manifest (`pagefind/shards.json`) that tells the search
 * page which bundles to merge. Shared by the indexer (build) and the search page (browser).
 *
 * Layout under the site root: shard 0 is a whole Pagefind bundle at `pagefind/` (its script, worker,
 * WebAssembly and highlighter serve every shard); shard k ≥ 1 keeps only its index data at
 * `pagefind/<k>/`, merged in the browser with `mergeIndex`. A site of one shard is a plain Pagefind site.
 */

/** Folder of the search bundles under the site root. */
export const bundleFolder = 'pagefind';

/** Name of the shard manifest inside {@link bundleFolder}. */
export const manifestName = 'shards.json';

/**
 * Most articles one shard holds. Pagefind keeps every page of an index in memory until it writes
 * (measured ~1.3 GB per 7,500 article pages with the body-only markup), and an edited article
 * re-indexes its whole shard; more shards cost the browser one more request per word. Default: 7,500.
 */
export const articlesPerShard = 7_500;

/** Shards for `articles` article pages: enough to hold {@link articlesPerShard} each, at least one. */
export function shardCount(articles: number, perShard = articlesPerShard): number {
  if (!Number.isSafeInteger(articles) || articles < 0) throw new RangeError(`unexpected article count \`${articles}\`, expected a whole number ≥ 0`);
  if (!Number.isSafeInteger(perShard) || perShard < 1) throw new RangeError(`unexpected shard size \`${perShard}\`, expected a whole number ≥ 1`);
  return Math.max(1, Math.ceil(articles / perShard));
}

/**
 * Shard of an article: its number modulo the shard count (`Q311457` of 8 shards → 1). Stable while the
 * count stays, and even: article numbers are dense, so each shard holds a like mix of ages and products
 * and Pagefind's per-shard scores stay comparable when the browser merges them.
 */
export function shardOf(articleNumber: number, shards: number): number {
  if (!Number.isSafeInteger(articleNumber) || articleNumber < 0) throw new RangeError(`unexpected article number \`${articleNumber}\`, expected a whole number ≥ 0`);
  if (!Number.isSafeInteger(shards) || shards < 1) throw new RangeError(`unexpected shard count \`${shards}\`, expected a whole number ≥ 1`);
  return articleNumber % shards;
}

/** Folder of a shard's bundle relative to {@link bundleFolder}: `''` for shard 0, `'3/'` for shard 3. */
export function shardPath(shard: number): string {
  if (!Number.isSafeInteger(shard) || shard < 0) throw new RangeError(`unexpected shard \`${shard}\`, expected a whole number ≥ 0`);
  return shard === 0 ? '' : `${shard}/`;
}

/** One shard in the manifest. */
export interface ShardEntry {
  /** Bundle folder relative to `pagefind/` (`''`, `'1/'`). */
  path: string;
  /** Article pages indexed in it. */
  pages: number;
  /** Digest of what it was built from (its pages' URLs and HTML, the index settings): unchanged means not rebuilt. */
  digest: string;
}

/** `pagefind/shards.json`: the bundles to merge, and a tag that changes with any of them (Pagefind's `metaCacheTag`). */
export interface ShardManifest {
  /** Manifest format. */
  version: 1;
  /** Pagefind version that wrote the bundles. */
  pagefind: string;
  /** Digest over every shard's digest: the cache tag of the bundles' entry files. */
  tag: string;
  shards: ShardEntry[];
}

/** The manifest's format version. */
export const manifestVersion = 1;

/** Reads a manifest's JSON, or null when it is not one this code wrote. */
export function parseManifest(text: string): ShardManifest | null {
  try {
    const value = JSON.parse(text) as Partial<ShardManifest>;
    if (value.version !== manifestVersion || typeof value.tag !== 'string' || !Array.isArray(value.shards)) return null;
    const shards = value.shards.filter((s): s is ShardEntry => typeof s?.path === 'string' && typeof s.digest === 'string' && typeof s.pages === 'number');
    return shards.length === value.shards.length && shards.length > 0 ? (value as ShardManifest) : null;
  } catch {
    return null;
  }
}
