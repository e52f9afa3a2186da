/**
 * One shard through Pagefind's Node API: `createIndex`, `addHTMLFile` per page, `writeFiles` into a
 * temporary folder beside the shard's, which the caller installs once every shard is written
 * (index-site.ts: a failed run leaves the index as it was); every returned `errors` array checked;
 * the index deleted afterwards so the service frees its pages. A failure of the shard as a whole is an
 * IndexError naming the folder.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexConfig } from '../settings.ts';
import { shardPath } from '../shards.ts';
import { fsCause } from '../../fs-cause.ts';
import { IndexError } from './index-error.ts';

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
  /** The bundle Pagefind wrote, waiting to be installed in `target` (install-bundle.ts). */
  written: string;
  /** The shard's folder. */
  target: string;
  ms: number;
}

/** Pages sent to Pagefind before waiting for its answers: bounds the HTML held in flight. */
const pagesInFlight = 32;

/** Throws an IndexError at `path` with every message when a Pagefind call reported errors (it never throws itself). */
function check(path: string, step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new IndexError(path, `Pagefind ${step} failed: ${errors.join('; ')}`);
}

/** Name of the folder a shard's new bundle is written to, inside the bundle root, until it is installed. */
export function writtenFolder(shard: number): string {
  return `.tmp-${shard}-${process.pid}`;
}

/** Indexes `pages` as shard `shard`: its bundle is written beside its folder under `bundleRoot` (`<site>/pagefind/`), to be installed by the caller. */
export async function indexShard(bundleRoot: string, shard: number, pages: readonly ShardPageFile[]): Promise<ShardResult> {
  const started = performance.now();
  const failed: IndexFailure[] = [];
  const target = join(bundleRoot, shardPath(shard));
  // Made now, so a shard folder that cannot be had stops the run before anything is installed.
  try {
    mkdirSync(target, { recursive: true });
  } catch (error) {
    throw new IndexError(target, `cannot create the shard's folder: ${fsCause(error)}`);
  }
  const { index, errors } = await pagefind.createIndex(indexConfig);
  check(target, 'createIndex', errors);
  if (!index) throw new IndexError(target, 'Pagefind createIndex returned no index');
  const written = join(bundleRoot, writtenFolder(shard));
  let done = false;
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
    check(written, 'writeFiles', result.errors);
    done = true;
    return { shard, indexed, failed, written, target, ms: Math.round(performance.now() - started) };
  } finally {
    if (!done) rmSync(written, { recursive: true, force: true });
    // Frees this shard's pages in the Pagefind service before the next shard is built.
    await index.deleteIndex();
  }
}
