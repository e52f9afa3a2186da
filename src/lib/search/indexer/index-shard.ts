/**
 * One shard through Pagefind's Node API: `createIndex`, `addHTMLFile` per page, `writeFiles` into a
 * temporary folder, then the bundle installed in the shard's folder (install-bundle.ts); every
 * returned `errors` array checked; the index deleted afterwards so the service frees its pages.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexConfig } from '../settings.ts';
import { shardPath } from '../shards.ts';
import { installBundle } from './install-bundle.ts';

/** A page left out of the index, with the reason. */
export interface IndexFailure {
  file: string;
  message: string;
}

/** A page to index: its file, and its URL from the site root (the browser adds the base path). */
export interface ShardPageFile {
  file: string;
  url: string;
}

/** What one shard's indexing did. */
export interface ShardResult {
  shard: number;
  /** Pages Pagefind indexed. */
  indexed: number;
  /** Pages left out: unreadable now, or refused by Pagefind. */
  failed: IndexFailure[];
  ms: number;
}

/** Pages sent to Pagefind before waiting for its answers: bounds the HTML held in flight. */
const pagesInFlight = 32;

/** Throws with every message when a Pagefind call reported errors (it never throws itself). */
function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Indexes `pages` as shard `shard` into its folder under `bundleRoot` (`<site>/pagefind/`). */
export async function indexShard(bundleRoot: string, shard: number, pages: readonly ShardPageFile[]): Promise<ShardResult> {
  const started = performance.now();
  const failed: IndexFailure[] = [];
  const { index, errors } = await pagefind.createIndex(indexConfig);
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  const written = join(bundleRoot, `.tmp-${shard}-${process.pid}`);
  try {
    let indexed = 0;
    // Sent in the pages' order (the service takes them one by one in that order), so the same pages give the same bundle.
    for (let at = 0; at < pages.length; at += pagesInFlight) {
      const batch = pages.slice(at, at + pagesInFlight).map((page) => {
        let content: string;
        try {
          content = readFileSync(page.file, 'utf8');
        } catch (error) {
          failed.push({ file: page.file, message: (error as Error).message });
          return Promise.resolve();
        }
        return index.addHTMLFile({ url: page.url, content }).then((added) => {
          if (added.errors.length > 0) failed.push({ file: page.file, message: `Pagefind: ${added.errors.join('; ')}` });
          else indexed += 1;
        });
      });
      await Promise.all(batch);
    }
    rmSync(written, { recursive: true, force: true });
    const result = await index.writeFiles({ outputPath: written });
    check('writeFiles', result.errors);
    const target = join(bundleRoot, shardPath(shard));
    mkdirSync(target, { recursive: true });
    installBundle(written, target, shard === 0);
    return { shard, indexed, failed, ms: Math.round(performance.now() - started) };
  } finally {
    rmSync(written, { recursive: true, force: true });
    // Frees this shard's pages in the Pagefind service before the next shard is built.
    await index.deleteIndex();
  }
}
