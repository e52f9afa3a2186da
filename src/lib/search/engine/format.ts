/**
 * The index's files under `<site>/search-index/` and their byte formats (before gzip). Every file is
 * gzipped at build time; the browser inflates it (src/lib/search/engine/inflate.ts).
 *
 * - `meta.bin`: JSON {@link IndexMeta}, the only file every search loads: article count and the
 *   first term, content hash and term count of every term bucket. No per-article data, so its size follows the
 *   vocabulary's bucket count, not the number of articles.
 * - `t/<hash>.bin`: a term bucket, terms in sorted order, each with its postings (article numbers
 *   and impact bytes). A query loads the bucket of each of its words only.
 * - `p/<hash>.bin`: the bucket's follower masks (src/lib/search/engine/followers.ts), two bytes per
 *   posting in the bucket's order; loaded only for the words of a quoted phrase. Same hash as its
 *   bucket, taken over both files, so a bucket's name changes when only its masks do.
 * - `d/<n / 1000>/<n>.bin`: JSON {@link DocData} of one article, loaded for the results shown.
 * - `f/<key>-<hash>.bin`: one filter's values and the articles holding each, loaded when filters are shown or used.
 * - `dates-<hash>.bin`: every article's last-modified day, loaded for a date order.
 * - `manifest.bin`: JSON digest of every indexed page, for the next incremental index (never fetched by the browser).
 */
import { ByteReader, ByteWriter } from './bytes.ts';

/** Folder of the index inside the built site. */
export const indexFolder = 'search-index';
/** Format version, in `meta.bin`; a different one makes the indexer start over. 2: day numbers count from 1800. 3: term count per bucket. 4: follower masks. */
export const formatVersion = 4;

/** Index root file. */
export const metaFile = 'meta.bin';
/** Indexer's own record of the pages it indexed. */
export const manifestFile = 'manifest.bin';
/** Path of a term bucket. */
export const bucketPath = (hash: string): string => `t/${hash}.bin`;
/** Path of a term bucket's follower masks. */
export const followersPath = (hash: string): string => `p/${hash}.bin`;
/** Path of an article's display data. */
export const docPath = (n: number): string => `d/${Math.floor(n / 1000)}/${n}.bin`;
/** Path of a filter's file. */
export const filterPath = (key: string, hash: string): string => `f/${key}-${hash}.bin`;
/** Path of the dates file. */
export const datesPath = (hash: string): string => `dates-${hash}.bin`;

/** `meta.bin`. */
export interface IndexMeta {
  version: number;
  /** Articles indexed. */
  docs: number;
  /** Term buckets in term order: `[first term, content hash, number of terms]` (1: a common term alone, its bucket as big as its postings). */
  buckets: Array<[string, string, number]>;
  /** Content hash of each filter's file, by key. */
  filters: Record<string, string>;
  /** Content hash of the dates file. */
  dates: string;
}

/** An article's display data (`d/…/<n>.bin`): everything a result shows and what excerpts are cut from. */
export interface DocData {
  id: string;
  url: string;
  title: string;
  date: string;
  /** `[anchor, heading, text]` per section, as in {@link SearchRecord}. */
  sections: Array<[string, string, string]>;
}

/** A JSON file's bytes (`meta.bin`, `d/` files, the manifest), before gzip. */
export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** A JSON file's value from its inflated bytes. */
export function decodeJson<T>(bytes: Uint8Array): T {
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/** Postings of one term: article numbers ascending and their impact bytes. */
export interface Postings {
  numbers: Uint32Array;
  impacts: Uint8Array;
}

/** Postings as the indexer holds them: with each article's follower mask of the term. */
export interface IndexedPostings extends Postings {
  followers: Uint16Array;
}

/** Writes a bucket's follower masks file: every posting's mask, terms in the bucket's order, two bytes little-endian each. */
export function encodeFollowers(terms: ReadonlyArray<readonly [string, IndexedPostings]>): Uint8Array {
  const total = terms.reduce((sum, [, postings]) => sum + postings.followers.length, 0);
  const out = new Uint8Array(total * 2);
  let at = 0;
  for (const [, { followers }] of terms) {
    for (const mask of followers) {
      out[at++] = mask & 0xff;
      out[at++] = mask >> 8;
    }
  }
  return out;
}

/** Reads a follower masks file: the masks of the bucket's postings in order (index with {@link BucketTerm.offset}). */
export function decodeFollowers(bytes: Uint8Array): Uint16Array {
  if (bytes.length % 2 !== 0) throw new Error('search index: truncated follower masks');
  const masks = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < masks.length; i++) masks[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  return masks;
}

/** Writes a term bucket: `count`, then per term its front-coded text, article count, and (number delta, impact) pairs. */
export function encodeBucket(terms: ReadonlyArray<readonly [string, Postings]>): Uint8Array {
  const out = new ByteWriter();
  out.varint(terms.length);
  let previous = '';
  for (const [term, postings] of terms) {
    let shared = 0;
    while (shared < previous.length && shared < term.length && previous[shared] === term[shared]) shared++;
    // Never split a surrogate pair: the suffix is written as UTF-8, where half a pair is lost.
    if (shared > 0 && /[\ud800-\udbff]/.test(term[shared - 1]!)) shared--;
    out.varint(shared);
    out.string(term.slice(shared));
    previous = term;
    const body = new ByteWriter();
    let last = 0;
    for (let i = 0; i < postings.numbers.length; i++) {
      body.varint(postings.numbers[i]! - last);
      body.byte(postings.impacts[i]!);
      last = postings.numbers[i]!;
    }
    const bytes = body.bytes();
    out.varint(postings.numbers.length);
    out.varint(bytes.length);
    out.raw(bytes);
  }
  return out.bytes();
}

/** A decoded bucket: each term's article count and where its postings are, decoded on demand. */
export interface BucketTerm {
  term: string;
  count: number;
  /** Postings of the terms before it in the bucket: where its masks start in the follower masks file. */
  offset: number;
  postings(): Postings;
}

/** A bucket's term; its postings are decoded on first use (a class, not a closure per term: buckets hold hundreds). */
class EncodedTerm implements BucketTerm {
  readonly term: string;
  readonly count: number;
  readonly offset: number;
  private readonly body: Uint8Array;
  private decoded: Postings | undefined;
  constructor(term: string, count: number, offset: number, body: Uint8Array) {
    this.term = term;
    this.count = count;
    this.offset = offset;
    this.body = body;
  }
  postings(): Postings {
    if (this.decoded) return this.decoded;
    const reader = new ByteReader(this.body);
    const numbers = new Uint32Array(this.count);
    const impacts = new Uint8Array(this.count);
    let last = 0;
    for (let i = 0; i < this.count; i++) {
      last += reader.varint();
      numbers[i] = last;
      impacts[i] = reader.byte();
    }
    this.decoded = { numbers, impacts };
    return this.decoded;
  }
}

/** Reads a term bucket; postings stay encoded until asked for. */
export function decodeBucket(bytes: Uint8Array): BucketTerm[] {
  const input = new ByteReader(bytes);
  const total = input.varint();
  const terms: BucketTerm[] = [];
  let previous = '';
  let offset = 0;
  for (let t = 0; t < total; t++) {
    const shared = input.varint();
    const term = shared === 0 ? input.string() : previous.slice(0, shared) + input.string();
    previous = term;
    const count = input.varint();
    terms.push(new EncodedTerm(term, count, offset, input.raw(input.varint())));
    offset += count;
  }
  return terms;
}

/** Writes a filter file: values in order, each with its ascending article numbers (delta-coded). */
export function encodeFilter(values: ReadonlyArray<readonly [string, readonly number[]]>): Uint8Array {
  const out = new ByteWriter();
  out.varint(values.length);
  for (const [value, numbers] of values) {
    out.string(value);
    out.varint(numbers.length);
    let last = 0;
    for (const n of numbers) {
      out.varint(n - last);
      last = n;
    }
  }
  return out.bytes();
}

/** Reads a filter file: value → ascending article numbers. */
export function decodeFilter(bytes: Uint8Array): Map<string, Uint32Array> {
  const input = new ByteReader(bytes);
  const values = new Map<string, Uint32Array>();
  const total = input.varint();
  for (let v = 0; v < total; v++) {
    const value = input.string();
    const numbers = new Uint32Array(input.varint());
    let last = 0;
    for (let i = 0; i < numbers.length; i++) numbers[i] = last += input.varint();
    values.set(value, numbers);
  }
  return values;
}

/** Day 1 of {@link dayOf}: 1800-01-01, before any date an article can carry, so every day number is positive. */
const firstDay = Date.UTC(1800, 0, 1);

/** Day number of a `YYYY-MM-DD` date (days since 1800-01-01, plus one); 0 for none, for an impossible date (`2002-02-30`) and for one before 1800. */
export function dayOf(date: string): number {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time) || time < firstDay || new Date(time).toISOString().slice(0, 10) !== date) return 0;
  return Math.round((time - firstDay) / 86_400_000) + 1;
}

/** Writes the dates file: ascending article numbers (delta-coded), each with its day number. */
export function encodeDates(dates: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const out = new ByteWriter();
  out.varint(dates.length);
  let last = 0;
  for (const [n, day] of dates) {
    out.varint(n - last);
    out.varint(day);
    last = n;
  }
  return out.bytes();
}

/** Reads the dates file: article number → day number. */
export function decodeDates(bytes: Uint8Array): Map<number, number> {
  const input = new ByteReader(bytes);
  const dates = new Map<number, number>();
  const total = input.varint();
  let last = 0;
  for (let i = 0; i < total; i++) {
    last += input.varint();
    dates.set(last, input.varint());
  }
  return dates;
}

/** Bucket holding `term`: the last bucket whose first term is ≤ `term` (buckets sorted), or -1 before the first. */
export function bucketOf(meta: IndexMeta, term: string): number {
  let low = 0;
  let high = meta.buckets.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (meta.buckets[mid]![0] <= term) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
