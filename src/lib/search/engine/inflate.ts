/**
 * Inflates an index file fetched from the site: gzip, unless the host already undid it
 * (`Content-Encoding: gzip` on a `.bin`). fflate's synchronous gunzip, not the platform's
 * DecompressionStream: a query inflates a dozen small files, and each stream round trip cost ~3 ms
 * in Chromium (measured), more than the inflating itself.
 */
import { gunzipSync } from 'fflate';

/** The bytes of a gzipped index file, inflated. */
export function inflate(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}
