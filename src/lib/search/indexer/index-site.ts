/**
 * Builds the site's search index (`<site>/search-index/`, format in src/lib/search/engine/format.ts)
 * from the built article pages, at build end. Incremental: pages whose HTML is unchanged since the
 * last index (`manifest.bin`) are not parsed again; their postings, filters and dates come from the
 * previous files, so an incremental index has the same bytes as a cold one.
 */
import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha1 } from '../../digest.ts';
import { extractRecord } from '../engine/extract.ts';
import { followerMasks } from '../engine/followers.ts';
import {
  bucketPath, datesPath, dayOf, decodeBucket, decodeDates, decodeFilter, decodeFollowers, decodeJson, docPath, encodeBucket, encodeDates,
  encodeFilter, encodeFollowers, encodeJson, filterPath, followersPath, formatVersion, indexFolder, manifestFile, metaFile, type DocData,
  type IndexMeta,
} from '../engine/format.ts';
import type { SearchRecord } from '../engine/record.ts';
import { articleImpacts } from '../engine/weights.ts';
import { findArticlePages } from './article-pages.ts';
import { cutBuckets } from './cut-buckets.ts';
import { contentHash, readGzip, removeUnlisted, writeGzip, writeIfAbsent } from './index-files.ts';
import { PostingsTable } from './postings-table.ts';

/** What {@link indexSite} did. */
export interface IndexReport {
  /** Article pages found. */
  pages: number;
  /** Articles in the index. */
  articles: number;
  /** Pages read and indexed again (all of them on a cold index). */
  indexed: number;
  /** Articles dropped from the index (page gone, or no longer indexable). */
  removed: number;
  /** Pages that could not be read, with the reason (left out of the index and retried next time). */
  failed: Array<{ file: string; message: string }>;
  /** Distinct terms and bucket files. */
  terms: number;
  buckets: number;
  /** True when the previous index was used (incremental). */
  incremental: boolean;
  ms: number;
}

/** Options of {@link indexSite}. */
export interface IndexSiteOptions {
  /** Ignore the previous index and read every page. Default: false. */
  force?: boolean;
  /** Progress lines. Default: none. */
  log?: (line: string) => void;
}

/** The previous index, when it is there and of this format. */
interface Previous {
  meta: IndexMeta;
  manifest: Record<string, string>;
}

function readJson<T>(dir: string, path: string): T | null {
  const bytes = readGzip(dir, path);
  if (!bytes) return null;
  try {
    return decodeJson<T>(bytes);
  } catch {
    return null;
  }
}

/** Inflated bytes of a file the previous index's meta names; throws when it is gone. */
function previousFile(dir: string, path: string): Uint8Array {
  const bytes = readGzip(dir, path);
  if (!bytes) throw new Error(`search index: ${path} is missing; run again with --force`);
  return bytes;
}

function readPrevious(dir: string): Previous | null {
  const meta = readJson<IndexMeta>(dir, metaFile);
  const manifest = readJson<Record<string, string>>(dir, manifestFile);
  return meta && manifest && meta.version === formatVersion ? { meta, manifest } : null;
}

/** Display data of a record, as stored in its `d/` file. */
function docData(record: SearchRecord): DocData {
  return { id: record.id, url: record.url, title: record.title, date: record.date, sections: record.sections.map((s) => [s.anchor, s.heading, s.text]) };
}

/** Deletes an article's display data, and its folder when that leaves it empty (as a cold index would not make it). */
function removeDoc(dir: string, n: number): void {
  const file = join(dir, docPath(n));
  rmSync(file, { force: true });
  try {
    if (readdirSync(dirname(file)).length === 0) rmdirSync(dirname(file));
  } catch {
    // no folder: nothing to tidy
  }
}

/** Indexes the article pages of the built site at `siteDir`; see the module comment. */
export function indexSite(siteDir: string, options: IndexSiteOptions = {}): IndexReport {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const dir = join(siteDir, indexFolder);
  const pages = findArticlePages(siteDir);
  if (pages.length === 0) throw new Error(`no article page kb/<bucket>/Q<n>/index.html under ${siteDir}`);
  const previous = options.force ? null : readPrevious(dir);

  // Each page is read once: its digest says whether it changed since the previous index; a changed
  // page is parsed and its postings, filters, dates and display data added right away. The previous
  // index's entries for the other articles are added after, once every changed page is known.
  const manifest: Record<string, string> = {};
  const failed: IndexReport['failed'] = [];
  const table = new PostingsTable();
  const filters = new Map<string, Map<string, number[]>>();
  const dates = new Map<number, number>();
  const addFilter = (key: string, value: string, n: number) => {
    let values = filters.get(key);
    if (!values) filters.set(key, (values = new Map()));
    let numbers = values.get(value);
    if (!numbers) values.set(value, (numbers = []));
    numbers.push(n);
  };
  // A cold index starts from no display data at all: pages gone since an earlier index are unknown without its manifest.
  if (!previous) rmSync(join(dir, 'd'), { recursive: true, force: true });
  /** Changed pages (and pages that could not be read): their previous entries are dropped. */
  const skip = new Set<number>();
  for (const page of pages) {
    let record: SearchRecord | null = null;
    try {
      const html = readFileSync(page.file);
      const digest = sha1(html);
      if (previous?.manifest[page.number] === digest) {
        manifest[page.number] = digest;
        continue;
      }
      skip.add(page.number);
      record = extractRecord(html.toString('utf8'), page.url);
      manifest[page.number] = digest;
    } catch (error) {
      // One unreadable page never stops the others; left out of the manifest, it is tried again next time.
      failed.push({ file: page.file, message: (error as Error).message });
      skip.add(page.number);
    }
    if (!record) {
      removeDoc(dir, page.number);
      continue;
    }
    const doc = docData(record);
    // Masks from the keys of the very text the browser's phrase check reads (the display data's sections).
    const { impacts, keys } = articleImpacts(record);
    table.addArticle(record.n, impacts, followerMasks(keys));
    for (const [key, value] of record.filters) addFilter(key, value, record.n);
    dates.set(record.n, dayOf(record.date));
    writeGzip(dir, docPath(record.n), encodeJson(doc));
    if (skip.size % 5000 === 0) log(`search index: read ${skip.size} changed pages`);
  }
  const present = new Set(pages.map((page) => page.number));
  const gone = previous ? Object.keys(previous.manifest).map(Number).filter((n) => !present.has(n)) : [];
  for (const n of gone) skip.add(n);
  if (previous && skip.size === 0) {
    const ms = Math.round(performance.now() - started);
    return { pages: pages.length, articles: previous.meta.docs, indexed: 0, removed: 0, failed, terms: 0, buckets: previous.meta.buckets.length, incremental: true, ms };
  }

  // The previous index minus every changed or gone article.
  /** Articles the previous index held (its dates file lists every one). */
  const before = new Set<number>();
  if (previous) {
    for (const [, hash] of previous.meta.buckets) {
      const followers = decodeFollowers(previousFile(dir, followersPath(hash)));
      for (const entry of decodeBucket(previousFile(dir, bucketPath(hash)))) {
        table.addPostings(entry.term, entry.postings(), followers.subarray(entry.offset, entry.offset + entry.count), skip);
      }
    }
    for (const [key, hash] of Object.entries(previous.meta.filters)) {
      for (const [value, numbers] of decodeFilter(previousFile(dir, filterPath(key, hash)))) for (const n of numbers) if (!skip.has(n)) addFilter(key, value, n);
    }
    for (const [n, day] of decodeDates(previousFile(dir, datesPath(previous.meta.dates)))) {
      before.add(n);
      if (!skip.has(n)) dates.set(n, day);
    }
  }
  for (const n of gone) removeDoc(dir, n);
  const removed = [...before].filter((n) => !dates.has(n)).length;

  // Write the content-addressed files, then the meta that points at them, then drop the rest.
  const keep = new Set<string>();
  /** Writes a content-addressed file (unless there already) and keeps it; returns its hash (its own, unless given one covering more). */
  const writeAddressed = (bytes: Uint8Array, pathOf: (hash: string) => string, hash = contentHash(bytes)): string => {
    writeIfAbsent(dir, pathOf(hash), bytes);
    keep.add(pathOf(hash));
    return hash;
  };
  const buckets: IndexMeta['buckets'] = [];
  for (const bucket of cutBuckets(table.sorted())) {
    // One hash over the bucket and its masks names both files (meta.bin lists each bucket once).
    const terms = encodeBucket(bucket);
    const followers = encodeFollowers(bucket);
    const hash = contentHash(Buffer.concat([terms, followers]));
    writeAddressed(terms, bucketPath, hash);
    writeAddressed(followers, followersPath, hash);
    buckets.push([bucket[0]![0], hash, bucket.length]);
  }
  const filterHashes: Record<string, string> = {};
  for (const key of [...filters.keys()].sort()) {
    const values = [...filters.get(key)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([value, numbers]) => [value, numbers.sort((a, b) => a - b)] as const);
    filterHashes[key] = writeAddressed(encodeFilter(values), (hash) => filterPath(key, hash));
  }
  const datesHash = writeAddressed(encodeDates([...dates].sort((a, b) => a[0] - b[0])), datesPath);
  const meta: IndexMeta = { version: formatVersion, docs: dates.size, buckets, filters: filterHashes, dates: datesHash };
  writeGzip(dir, manifestFile, encodeJson(manifest));
  writeGzip(dir, metaFile, encodeJson(meta));
  removeUnlisted(dir, 't', keep);
  removeUnlisted(dir, 'p', keep);
  removeUnlisted(dir, 'f', keep);
  removeUnlisted(dir, '', keep, (name) => name.startsWith('dates-'));

  return {
    pages: pages.length,
    articles: dates.size,
    indexed: skip.size - gone.length,
    removed,
    failed,
    terms: table.size,
    buckets: buckets.length,
    incremental: previous !== null,
    ms: Math.round(performance.now() - started),
  };
}
