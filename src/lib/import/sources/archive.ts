/**
 * Streams the articles out of a `.tar`, `.tar.gz` or `.tar.xz` archive without unpacking it to disk.
 * Only regular file members are read, each up to the article size limit: a member over it is drained
 * without being kept (a small archive may expand to gigabytes), and a link, FIFO or device member
 * named like an article is skipped and reported.
 */
import { createReadStream } from 'node:fs';
import { Readable, type Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import xz from 'xz-decompress';
import tar, { type Header } from 'tar-stream';
import { isArticleFileName, tooLargeMessage, unreadable, type ProgressSink, type SourceItem } from './source-item.ts';

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

/** One tar entry's body as a single buffer, or null when it holds more than `limit` bytes (then the rest is read and dropped). */
async function readEntry(entry: AsyncIterable<unknown>, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of entry) {
    total += (chunk as Buffer).length;
    if (total <= limit) chunks.push(chunk as Buffer);
    else chunks.length = 0;
  }
  if (total > limit) return null;
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/** Member types that are regular files. */
const FILE_TYPES = new Set(['file', 'contiguous-file']);

/** What a member that is not a regular file is, in words. */
function memberKind(header: Header): string {
  switch (header.type) {
    case 'symlink': return `a symbolic link (to \`${header.linkname ?? ''}\`)`;
    case 'link': return `a hard link (to \`${header.linkname ?? ''}\`)`;
    case 'fifo': return 'a FIFO';
    case 'character-device': return 'a character device';
    case 'block-device': return 'a block device';
    case 'directory': return 'a folder';
    default: return `a \`${header.type}\` member`;
  }
}

/**
 * Yields every article file of an archive as `archive:member`. A corrupt or
 * truncated archive ends with one `unreadable` item naming it; articles read
 * before the damage are still yielded.
 */
export async function* readArchive(
  path: string,
  kind: 'tar.xz' | 'tar.gz' | 'tar',
  limit: number,
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
      const name = `${path}:${member}`;
      if (!isArticleFileName(member)) {
        entry.resume();
        continue;
      }
      if (!FILE_TYPES.has(entry.header.type ?? '')) {
        entry.resume();
        yield { kind: 'skipped', name, message: `skipped: ${memberKind(entry.header)}, not a regular file` };
        continue;
      }
      const size = entry.header.size ?? null;
      if (size !== null && size > limit) {
        entry.resume();
        yield unreadable('kbatlas/too-large', name, tooLargeMessage(size, limit));
        continue;
      }
      const bytes = await readEntry(entry, limit);
      if (bytes) yield { kind: 'article', name, bytes };
      else yield unreadable('kbatlas/too-large', name, tooLargeMessage(null, limit));
    }
  } catch (error) {
    const where = member ? ` after member \`${member}\`` : '';
    yield unreadable('kbatlas/unreadable', path, `corrupt or truncated ${kind} archive${where} (byte ${consumed}): ${(error as Error).message}`);
  } finally {
    raw.destroy();
  }
}
