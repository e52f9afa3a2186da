/** Inflates an index file fetched from the site: gzip, unless the host already undid it (`Content-Encoding: gzip` on a `.bin`). */

/** The bytes of a gzipped index file, inflated with the platform's DecompressionStream (browsers and Node). */
export async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
