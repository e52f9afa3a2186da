/**
 * Astro integration: indexes the built site with Pagefind's Node API at build end, so `dist/` is
 * always searchable. The article pages are split into shards (`KB_SEARCH_SHARDS`, src/lib/search/shards.ts),
 * each its own bundle built by its own index, which the search page merges in the browser.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { includeCharacters } from '../lib/search/ranking.ts';
import { bundleShard, searchShards, shardBundle, shardOf } from '../lib/search/shards.ts';

/** Pagefind's settings for every index of the site. */
const indexConfig = {
  forceLanguage: 'en',
  // Heading permalinks (`#`) are not words.
  excludeSelectors: ['.heading-anchor'],
  ...(includeCharacters ? { includeCharacters } : {}),
};

/** Article pages sent to Pagefind at once while building a shard (bounds the HTML held in memory). Default: 16. */
const filesInFlight = 16;

/** Throws with every message when a Pagefind call reported errors (it never throws itself). */
function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** A fresh index with the site's settings. */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex(indexConfig);
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  return index;
}

/** An article page of the built site: its file and its URL from the site root, as Pagefind's addDirectory would give it. */
export interface ArticlePage {
  /** Absolute path of `kb/<bucket>/<id>/index.html`. */
  file: string;
  /** `/kb/311/Q311457/`: the base path is added in the browser (Pagefind's `baseUrl`), as before. */
  url: string;
  /** Article number (`311457`). */
  number: number;
}

/** Every article page `kb/<bucket>/Q<n>/index.html` under `siteDir`, in a stable order. */
export async function findArticlePages(siteDir: string): Promise<ArticlePage[]> {
  const pages: ArticlePage[] = [];
  const kb = join(siteDir, 'kb');
  const buckets = existsSync(kb) ? await readdir(kb, { withFileTypes: true }) : [];
  for (const bucket of buckets.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const id of (await readdir(join(kb, bucket))).sort()) {
      const match = /^Q(\d+)$/.exec(id);
      const file = join(kb, bucket, id, 'index.html');
      if (match && existsSync(file)) pages.push({ file, url: `/kb/${bucket}/${id}/`, number: Number(match[1]) });
    }
  }
  return pages;
}

/** What {@link indexShards} did for one shard. */
export interface ShardReport {
  shard: number;
  /** Articles indexed (pages with `data-pagefind-body`). */
  pages: number;
  ms: number;
}

/** Options of {@link indexShards}. */
export interface IndexShardsOptions {
  /** Number of shards (≥ 1). */
  shards: number;
  /** Shards to rebuild. Default: all of them. */
  only?: readonly number[];
  /** Where progress goes. Default: nowhere. */
  logger?: Pick<AstroIntegrationLogger, 'info'>;
}

/** Replaces the folder `target` by `fresh`: the old bundle is moved aside, the new one renamed in, the old one removed. */
async function swapFolder(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, old);
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}

/** Builds one shard's bundle from exactly `pages` into `siteDir/shardBundle(shard)`; returns the number of articles indexed. */
async function indexShard(siteDir: string, shard: number, pages: readonly ArticlePage[]): Promise<number> {
  const index = await newIndex();
  try {
    let indexed = 0;
    for (let at = 0; at < pages.length; at += filesInFlight) {
      await Promise.all(
        pages.slice(at, at + filesInFlight).map(async ({ file, url }) => {
          const content = await readFile(file, 'utf8');
          // A page of an article not in the archive has no body to index: Pagefind would skip it
          // only when its shard holds another page with a body, so it is never sent.
          if (!content.includes('data-pagefind-body')) return;
          const added = await index.addHTMLFile({ url, content });
          check(`addHTMLFile ${url}`, added.errors);
          indexed += 1;
        }),
      );
    }
    // Pagefind would write an empty bundle without a language index, which the browser fails to merge.
    if (indexed === 0) throw new Error(`search shard ${shard} holds no article page with data-pagefind-body: use fewer shards (KB_SEARCH_SHARDS)`);
    const bundle = join(siteDir, shardBundle(shard));
    const fresh = `${bundle}.tmp-${process.pid}`;
    await rm(fresh, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: fresh });
    check('writeFiles', written.errors);
    await swapFolder(fresh, bundle);
    return indexed;
  } finally {
    // Frees this shard's index in the Pagefind service before the next one is built.
    await index.deleteIndex();
  }
}

/**
 * Indexes the article pages of a built site into `shards` bundles, one Pagefind index per shard
 * (memory bounded by the largest shard), article `Q<n>` going to shard `n % shards`. With `only`,
 * just those shards are rebuilt (after an article changed). Bundles of shard numbers ≥ `shards` are removed.
 */
export async function indexShards(siteDir: string, options: IndexShardsOptions): Promise<ShardReport[]> {
  const { shards, logger } = options;
  const only = options.only ?? Array.from({ length: shards }, (_, shard) => shard);
  for (const shard of only) {
    if (!Number.isSafeInteger(shard) || shard < 0 || shard >= shards) throw new RangeError(`unexpected shard \`${shard}\`, expected 0 to ${shards - 1}`);
  }
  const groups = new Map<number, ArticlePage[]>();
  for (const page of await findArticlePages(siteDir)) {
    const shard = shardOf(page.number, shards);
    const group = groups.get(shard);
    if (group) group.push(page);
    else groups.set(shard, [page]);
  }
  if (groups.size === 0) throw new Error(`no article page kb/<bucket>/Q<n>/index.html under ${siteDir}`);
  // Checked before any bundle is replaced (Pagefind would write an empty bundle the browser cannot merge).
  const empty = only.filter((shard) => !groups.has(shard));
  if (empty.length > 0) throw new Error(`search shard ${empty.join(', ')} of ${shards} would hold no article: use fewer shards (KB_SEARCH_SHARDS)`);

  const reports: ShardReport[] = [];
  try {
    for (const shard of [...new Set(only)].sort((a, b) => a - b)) {
      const started = performance.now();
      const pages = await indexShard(siteDir, shard, groups.get(shard) ?? []);
      const ms = Math.round(performance.now() - started);
      logger?.info(`shard ${shard + 1}/${shards}: indexed ${pages} articles in ${ms} ms → ${shardBundle(shard)}/`);
      reports.push({ shard, pages, ms });
    }
  } finally {
    await pagefind.close();
  }
  for (const entry of await readdir(siteDir, { withFileTypes: true })) {
    const shard = entry.isDirectory() ? bundleShard(entry.name) : null;
    if (shard !== null && shard >= shards) await rm(join(siteDir, entry.name), { recursive: true, force: true });
  }
  return reports;
}

/** The integration: runs {@link indexShards} on the output folder in `astro:build:done`, unless `KB_SKIP_INDEX=1`. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kb-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.KB_SKIP_INDEX === '1') {
          logger.info('KB_SKIP_INDEX=1: search index not built');
          return;
        }
        await indexShards(fileURLToPath(dir), { shards: searchShards(), logger });
      },
    },
  };
}
