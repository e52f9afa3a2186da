/** Streams the articles out of a `.tar`, `.tar.gz` or `.tar.xz` archive without unpacking it to disk. */
import { createReadStream } from 'node:fs';
import { Readable, type Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import xz from 'xz-decompress';
import tar from 'tar-stream';
import { isArticleFileName, type ProgressSink, type SourceItem } from './source-item.ts';

/** Decompressor for an archive kind (identity for plain tar). */
function decompressed(raw: Readable, kind: 'tar.xz' | 'tar.gz' | 'tar'): Readable {
  if (kind === 'tar.gz') return raw.pipe(createGunzip() as Transform);
  if (kind === 'tar.xz') {
    // xz-decompress is WebAssembly (no native addon, no download at install).
    const web = Readable.toWeb(raw) as unknown as ReadableStream<Uint8Array>;
    return Readable.fromWeb(new xz.XzReadableStream(web) as never);
  }
  return raw;
}

/** Collects one tar entry's body into a single buffer. */
async function readEntry(entry: AsyncIterable<unknown>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(chunk as Buffer);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/**
 * Yields every article file of an archive as `archive:member`. A corrupt or
 * truncated archive ends with one `unreadable` item naming it; articles read
 * before the damage are still yielded.
 */
export async function* readArchive(
  path: string,
  kind: 'tar.xz' | 'tar.gz' | 'tar',
  onProgress?: ProgressSink,
): AsyncGenerator<SourceItem> {
  const raw = createReadStream(path);
  let consumed = 0;
  raw.on('data', (chunk) => {
    consumed += chunk.length;
    onProgress?.(chunk.length);
  });
  const extract = tar.extract();
  const input = decompressed(raw, kind);
  input.on('error', (error) => extract.destroy(error));
  raw.on('error', (error) => extract.destroy(error));
  input.pipe(extract);
  let member = '';
  try {
    for await (const entry of extract) {
      member = entry.header.name;
      if (entry.header.type !== 'file' || !isArticleFileName(member)) {
        entry.resume();
        continue;
      }
      yield { kind: 'article', name: `${path}:${member}`, bytes: await readEntry(entry) };
    }
  } catch (error) {
    const where = member ? ` after member \`${member}\`` : '';
    yield {
      kind: 'unreadable',
      name: path,
      message: `corrupt or truncated ${kind} archive${where} (byte ${consumed}): ${(error as Error).message}`,
    };
  } finally {
    raw.destroy();
  }
}
