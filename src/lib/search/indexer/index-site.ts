/**
 * Builds the site's search index (`<site>/search-index/`, format in src/lib/search/engine/format.ts)
 * from the built article pages, at build end. Incremental: pages whose HTML is unchanged since the
 * last index (`manifest.bin`) are not read again; their postings, filters and dates come from the
 * previous files, so an incremental index has the same bytes as a cold one.
 */
import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { sha1 } from '../../digest.ts';
import { extractRecord } from '../engine/extract.ts';
import {
  bucketPath, datesPath, dayOf, decodeBucket, decodeDates, decodeFilter, docPath, encodeBucket, encodeDates, encodeFilter,
  filterPath, formatVersion, indexFolder, manifestFile, metaFile, type DocData, type IndexMeta,
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
  /** Pages that could not be read, each as `file: reason` (left out of the index and retried next time). */
  failed: string[];
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
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch {
    return null;
  }
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

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** Indexes the article pages of the built site at `siteDir`; see the module comment. */
export function indexSite(siteDir: string, options: IndexSiteOptions = {}): IndexReport {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const dir = join(siteDir, indexFolder);
  const pages = findArticlePages(siteDir);
  if (pages.length === 0) throw new Error(`no article page kb/<bucket>/Q<n>/index.html under ${siteDir}`);
  const previous = options.force ? null : readPrevious(dir);

  // Pass 1: which pages changed since the previous index.
  const manifest: Record<string, string> = {};
  const changed: typeof pages = [];
  const failed: string[] = [];
  /** Records a page that could not be read: one never stops the others; left out of the manifest, it is tried again next time. */
  const fail = (page: (typeof pages)[number], error: unknown) => {
    failed.push(`${page.file}: ${(error as Error).message}`);
    delete manifest[page.number];
  };
  for (const page of pages) {
    let digest: string;
    try {
      digest = sha1(readFileSync(page.file));
    } catch (error) {
      fail(page, error);
      changed.push(page);
      continue;
    }
    manifest[page.number] = digest;
    if (previous?.manifest[page.number] !== digest) changed.push(page);
  }
  const present = new Set(pages.map((page) => page.number));
  const gone = previous ? Object.keys(previous.manifest).map(Number).filter((n) => !present.has(n)) : [];
  const skip = new Set<number>([...changed.map((page) => page.number), ...gone]);
  if (previous && skip.size === 0) {
    const ms = Math.round(performance.now() - started);
    return { pages: pages.length, articles: previous.meta.docs, indexed: 0, removed: 0, failed, terms: 0, buckets: previous.meta.buckets.length, incremental: true, ms };
  }

  // Start from the previous index minus every changed or gone article. A cold index starts from no
  // display data at all: pages gone since an earlier index are unknown without its manifest.
  if (!previous) rmSync(join(dir, 'd'), { recursive: true, force: true });
  /** Articles the previous index held (its dates file lists every one). */
  const before = new Set<number>();
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
  if (previous) {
    for (const [, hash] of previous.meta.buckets) {
      const bytes = readGzip(dir, bucketPath(hash));
      if (!bytes) throw new Error(`search index: ${bucketPath(hash)} is missing; run again with --force`);
      for (const entry of decodeBucket(bytes)) table.addPostings(entry.term, entry.postings(), skip);
    }
    for (const [key, hash] of Object.entries(previous.meta.filters)) {
      const bytes = readGzip(dir, filterPath(key, hash));
      if (!bytes) throw new Error(`search index: ${filterPath(key, hash)} is missing; run again with --force`);
      for (const [value, numbers] of decodeFilter(bytes)) for (const n of numbers) if (!skip.has(n)) addFilter(key, value, n);
    }
    const bytes = readGzip(dir, datesPath(previous.meta.dates));
    if (!bytes) throw new Error(`search index: ${datesPath(previous.meta.dates)} is missing; run again with --force`);
    for (const [n, day] of decodeDates(bytes)) {
      before.add(n);
      if (!skip.has(n)) dates.set(n, day);
    }
  }

  // Pass 2: read the changed pages.
  for (const [i, page] of changed.entries()) {
    let record: SearchRecord | null = null;
    if (page.number in manifest) {
      try {
        record = extractRecord(readFileSync(page.file, 'utf8'), page.url);
      } catch (error) {
        fail(page, error);
      }
    }
    if (!record) {
      removeDoc(dir, page.number);
      continue;
    }
    table.addArticle(record.n, articleImpacts(record));
    for (const [key, value] of record.filters) addFilter(key, value, record.n);
    dates.set(record.n, dayOf(record.date));
    writeGzip(dir, docPath(record.n), json(docData(record)));
    if ((i + 1) % 5000 === 0) log(`search index: read ${i + 1}/${changed.length} pages`);
  }
  for (const n of gone) removeDoc(dir, n);
  const removed = [...before].filter((n) => !dates.has(n)).length;

  // Write the content-addressed files, then the meta that points at them, then drop the rest.
  const keep = new Set<string>();
  const buckets: IndexMeta['buckets'] = [];
  for (const bucket of cutBuckets(table.sorted())) {
    const bytes = encodeBucket(bucket);
    const hash = contentHash(bytes);
    writeIfAbsent(dir, bucketPath(hash), bytes);
    keep.add(bucketPath(hash));
    buckets.push([bucket[0]![0], hash, bucket.length]);
  }
  const filterHashes: Record<string, string> = {};
  for (const key of [...filters.keys()].sort()) {
    const values = [...filters.get(key)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([value, numbers]) => [value, numbers.sort((a, b) => a - b)] as const);
    const bytes = encodeFilter(values);
    const hash = contentHash(bytes);
    writeIfAbsent(dir, filterPath(key, hash), bytes);
    keep.add(filterPath(key, hash));
    filterHashes[key] = hash;
  }
  const dateBytes = encodeDates([...dates].sort((a, b) => a[0] - b[0]));
  const datesHash = contentHash(dateBytes);
  writeIfAbsent(dir, datesPath(datesHash), dateBytes);
  keep.add(datesPath(datesHash));
  const meta: IndexMeta = { version: formatVersion, docs: dates.size, buckets, filters: filterHashes, dates: datesHash };
  writeGzip(dir, manifestFile, json(manifest));
  writeGzip(dir, metaFile, json(meta));
  removeUnlisted(dir, 't', keep);
  removeUnlisted(dir, 'f', keep);
  removeUnlisted(dir, '', keep, (name) => name.startsWith('dates-'));

  return {
    pages: pages.length,
    articles: dates.size,
    indexed: changed.length,
    removed,
    failed,
    terms: table.size,
    buckets: buckets.length,
    incremental: previous !== null,
    ms: Math.round(performance.now() - started),
  };
}
