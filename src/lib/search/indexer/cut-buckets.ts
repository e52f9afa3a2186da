/**
 * Cuts the sorted term list into buckets (one file each). Cuts are content-defined: a bucket starts
 * at a term whose hash hits 1 in {@link cutEvery}, so editing one article changes only the buckets of
 * its terms, and an incremental index equals a cold one. Size caps keep a run of heavy terms from
 * making one huge file, and a term whose postings are large gets a bucket of its own.
 */
import type { Postings } from '../engine/format.ts';
import { fnv1a } from '../engine/hash.ts';

/** Average terms per bucket from hashing alone. Default: 384. */
const cutEvery = 384;
/** A bucket is closed once its estimated size reaches this many bytes. Default: 48 KB. */
const maxBucketBytes = 48 * 1024;
/** A term whose postings reach this many bytes sits alone in its bucket. Default: 16 KB. */
const bigTermBytes = 16 * 1024;

/** Estimated encoded bytes of a term and its postings. */
function termBytes(term: string, postings: Postings): number {
  return term.length + 4 + postings.numbers.length * 2;
}

/** Groups sorted `[term, postings]` pairs into buckets. */
export function* cutBuckets<P extends Postings>(terms: Iterable<[string, P]>): Generator<Array<[string, P]>> {
  let bucket: Array<[string, P]> = [];
  let bytes = 0;
  for (const entry of terms) {
    const size = termBytes(entry[0], entry[1]);
    const big = size >= bigTermBytes;
    if (bucket.length > 0 && (big || bytes >= maxBucketBytes || fnv1a(entry[0]) % cutEvery === 0)) {
      yield bucket;
      bucket = [];
      bytes = 0;
    }
    bucket.push(entry);
    bytes += size;
    if (big) {
      yield bucket;
      bucket = [];
      bytes = 0;
    }
  }
  if (bucket.length > 0) yield bucket;
}
