/**
 * Indexes a built site's article pages with Pagefind's Node API into `<site>/pagefind/`, one bundle
 * per shard (src/lib/search/shards.ts), the way Starlight's integration drives it (index-shard.ts).
 *
 * Shards are indexed on worker threads, each with its own Pagefind service taking one shard after
 * another (run-shards.ts), so memory is bounded by the largest shards in flight. Incremental: a shard
 * whose pages (URLs and indexed parts) and settings are unchanged since the last run
 * (`pagefind/shards.json`) is not indexed again.
 *
 * Two steps: every shard's new bundle is written first (prepareIndex), then all are installed and the
 * manifest written (PreparedIndex.install), so a run that fails (an IndexError) leaves the index as
 * it was; the archive build commits its new pages between the two (src/lib/archive-build/stages.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sha1 } from '../../digest.ts';
import { fsCause } from '../../fs-cause.ts';
import { indexChunkSize, indexConfig } from '../settings.ts';
import {
  articlesPerShard, bundleFolder, manifestName, manifestVersion, parseManifest, shardCount, shardOf, shardPath, type ShardEntry, type ShardManifest,
} from '../shards.ts';
import { findArticlePages, type ArticlePage } from './article-pages.ts';
import { IndexError } from './index-error.ts';
import { writtenFolder, type IndexFailure } from './index-shard.ts';
import { surveyPages, type ShardPage } from './page-survey.ts';
import { entryFile, installBundle } from './install-bundle.ts';
import { runShards } from './run-shards.ts';

export type { IndexFailure };
export { IndexError };

/** What {@link indexSite} did. */
export interface IndexReport {
  /** Article pages in the index (pages with `data-pagefind-body`). */
  articles: number;
  /** Shards of the index. */
  shards: number;
  /** Shards indexed by this run (the others were unchanged). */
  rebuilt: number[];
  /** Pages Pagefind read in this run. */
  indexed: number;
  /** Pages read for the digest of their indexed part (the others' came from the survey file: page-survey.ts). */
  surveyed: number;
  /** Pages left out: unreadable, not a whole article page, or refused by Pagefind. Retried next run. */
  failed: IndexFailure[];
  ms: number;
}

/** Options of {@link indexSite}. */
export interface IndexSiteOptions {
  /** Index every shard, whatever the last run left. Default: false. */
  force?: boolean;
  /** Most articles per shard. Default: {@link articlesPerShard}. */
  perShard?: number;
  /** Shards indexed at once, each by its own Pagefind service. Default: 2. */
  jobs?: number;
  /** Progress lines. Default: none. */
  log?: (line: string) => void;
  /**
   * File keeping each page's stamp and digest between runs (page-survey.ts), so unchanged pages are
   * not read again (not with `force`). Default: none, every page is read.
   */
  surveyFile?: string;
}

/** Pagefind's own version, part of every shard's digest: a new Pagefind rebuilds every shard. */
const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** Digest of a shard's inputs (its pages' URLs and indexed parts, the settings); a shard holding a failed page gets none, so the next run tries it again. */
function shardDigest(pages: readonly ShardPage[], failedHere: boolean): string {
  if (failedHere) return '';
  return sha1(`${pagefindVersion}\n${JSON.stringify(indexConfig)}\n${indexChunkSize}\n${pages.map((page) => `${page.url}\t${page.digest}`).join('\n')}`);
}

/** The last run's manifest, if any. */
function readManifest(bundleRoot: string): ShardManifest | null {
  const path = join(bundleRoot, manifestName);
  return existsSync(path) ? parseManifest(readFileSync(path, 'utf8')) : null;
}

/** Writes the manifest atomically (temp file + rename): it is what the search page reads first. */
function writeManifest(bundleRoot: string, manifest: ShardManifest): void {
  const path = join(bundleRoot, manifestName);
  try {
    writeFileSync(`${path}.tmp-${process.pid}`, `${JSON.stringify(manifest, null, 1)}\n`);
    renameSync(`${path}.tmp-${process.pid}`, path);
  } catch (error) {
    rmSync(`${path}.tmp-${process.pid}`, { force: true });
    throw new IndexError(path, `cannot write the shards manifest: ${fsCause(error)}`);
  }
}

/** Removes what an interrupted run left (`.tmp-*` folders), and with `shards` the folders of shards the index no longer has. */
function removeStale(bundleRoot: string, shards = Infinity): void {
  for (const entry of readdirSync(bundleRoot, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const shard = /^[1-9]\d*$/.test(entry.name) ? Number(entry.name) : null;
    if (entry.name.startsWith('.tmp-') || (shard !== null && shard >= shards)) rmSync(join(bundleRoot, entry.name), { recursive: true, force: true });
  }
}

/** The bundle root of `siteDir`, made when missing; an IndexError when the site or the folder cannot be had. */
function claimBundleRoot(siteDir: string): string {
  if (!statSync(siteDir, { throwIfNoEntry: false })?.isDirectory()) throw new IndexError(siteDir, existsSync(siteDir) ? 'not a folder' : 'no such folder');
  const bundleRoot = join(siteDir, bundleFolder);
  try {
    // Not recursive: the site folder itself is never made.
    if (!existsSync(bundleRoot)) mkdirSync(bundleRoot);
    removeStale(bundleRoot);
  } catch (error) {
    throw new IndexError(bundleRoot, `cannot use the search index folder: ${fsCause(error)}`);
  }
  return bundleRoot;
}

/** An index whose shards are written, not yet installed: {@link prepareIndex}. */
export interface PreparedIndex {
  /** What the run did; final once installed. */
  report: IndexReport;
  /** Installs every written shard and the manifest; removes the folders of shards the index no longer has. */
  install(): void;
  /** Removes every written shard: the index stays as it was. */
  discard(): void;
}

/**
 * Indexes the article pages `kb/<bucket>/Q<n>/index.html` of the built site in `siteDir` into
 * `siteDir/pagefind/`. A page that cannot be read, is not a whole article page, or that Pagefind
 * refuses, is left out and named in `failed` (its shard is indexed again next run); every other page
 * is indexed. Throws an IndexError when the run as a whole fails, leaving the index as it was.
 */
export async function indexSite(siteDir: string, options: IndexSiteOptions = {}): Promise<IndexReport> {
  const prepared = await prepareIndex(siteDir, options);
  prepared.install();
  return prepared.report;
}

/** {@link indexSite} up to its last step: every changed shard's bundle written beside its folder, nothing installed. */
export async function prepareIndex(siteDir: string, options: IndexSiteOptions = {}): Promise<PreparedIndex> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const bundleRoot = claimBundleRoot(siteDir);
  const survey = surveyPages(findArticlePages(siteDir), options.surveyFile, options.force);
  const { indexable: pages, unreadable, read: surveyed } = survey;

  const shards = pages.length === 0 && unreadable.length === 0 ? 0 : shardCount(Math.max(1, pages.length), options.perShard);
  const groups: ShardPage[][] = Array.from({ length: shards }, () => []);
  for (const page of pages) groups[shardOf(page.number, shards)]!.push(page);
  const failedShards = new Set(unreadable.map(({ page }) => shardOf(page.number, shards)));

  const previous = options.force ? null : readManifest(bundleRoot);
  const entries: ShardEntry[] = groups.map((group, shard) => ({ path: shardPath(shard), pages: group.length, digest: shardDigest(group, failedShards.has(shard)) }));
  const rebuilt = entries
    .map((entry, shard) => ({ entry, shard }))
    // Pagefind would write an empty bundle, which the browser cannot merge: a shard with no page is left out.
    .filter(({ entry }) => entry.pages > 0)
    .filter(({ entry }) => {
      const before = previous?.shards.find((old) => old.path === entry.path);
      return !before || before.digest === '' || before.digest !== entry.digest || !existsSync(join(bundleRoot, entry.path, entryFile));
    })
    .map(({ shard }) => shard);

  const discard = (): void => {
    for (const shard of rebuilt) rmSync(join(bundleRoot, writtenFolder(shard)), { recursive: true, force: true });
  };
  let results;
  try {
    results = await runShards(
      bundleRoot,
      rebuilt.map((shard) => ({ shard, pages: groups[shard]!.map(({ file, url }) => ({ file, url })) })),
      options.jobs ?? 2,
      (result) => log(`search shard ${result.shard + 1}/${shards}: ${result.indexed} articles indexed in ${(result.ms / 1000).toFixed(1)} s`),
    );
  } catch (error) {
    discard();
    throw error;
  }
  survey.settle();
  const failed: IndexFailure[] = unreadable.map(({ page, message }) => ({ file: page.file, message }));
  for (const result of results) {
    failed.push(...result.failed);
    if (result.failed.length > 0) entries[result.shard]!.digest = '';
  }
  if (rebuilt.length === 0 && shards > 0) log(`search: all ${shards} shards unchanged`);
  const refused = failed.length - unreadable.length;
  const indexed = results.reduce((sum, result) => sum + result.indexed, 0);
  const report: IndexReport = { articles: pages.length - refused, shards, rebuilt, indexed, surveyed, failed, ms: Math.round(performance.now() - started) };
  return {
    report,
    discard,
    install: () => {
      for (const result of results) {
        try {
          installBundle(result.written, result.target, result.shard === 0);
        } catch (error) {
          discard();
          throw new IndexError(result.target, `cannot install the shard's new bundle: ${fsCause(error)}`);
        }
      }
      discard();
      const tag = sha1(entries.map((entry) => entry.digest).join('\n')).slice(0, 12);
      writeManifest(bundleRoot, { version: manifestVersion, pagefind: pagefindVersion, tag, shards: entries });
      try {
        removeStale(bundleRoot, shards);
      } catch (error) {
        throw new IndexError(bundleRoot, `cannot remove the folders of shards no longer in the index: ${fsCause(error)}`);
      }
      report.ms = Math.round(performance.now() - started);
    },
  };
}
