/**
 * Reads articles from files and folders named on the command line. Synchronous file calls on
 * purpose: a folder of 60k articles is 60k directories and 180k small calls, and each async call's
 * round trip through libuv's thread pool cost more than the call (25 s vs 5 s for the archive).
 *
 * Only regular files are read (a symbolic link is followed to one): a FIFO would block the run
 * forever and a device such as /dev/zero never ends, so anything else named like an article is
 * skipped and reported. An article is read up to its size limit and no further.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type BigIntStats, type Stats } from 'node:fs';
import { join } from 'node:path';
import { stampOf, type FileStamp } from '../../file-stamp.ts';
import { archiveKindOf, isArticleFileName, tooLargeMessage, unreadable, type ProgressSink, type SourceItem } from './source-item.ts';
import { readArchive } from './archive.ts';

/** Lists the article files and archives under a folder, sorted so runs are reproducible. */
function walk(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    // Anything but a folder with the right name is listed, to be read or reported (a dangling link, a FIFO).
    else if (isArticleFileName(entry.name) || archiveKindOf(entry.name)) found.push(path);
  }
  return found;
}

/** What a file that is not a regular file is, in words (`a FIFO`). */
function kindOf(info: Stats | BigIntStats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** An input path after expansion: its size and stamp (file-stamp.ts), why it is skipped, or why it cannot be read. */
export type ExpandedInput = { path: string; size: number; stamp: FileStamp } | { path: string; skip: string } | { path: string; error: string };

/** The expansion of one path that is not a folder given on the command line (or found in one). */
function expandFile(path: string): ExpandedInput {
  try {
    const now = Date.now();
    const info = statSync(path, { bigint: true });
    if (info.isFile()) return { path, size: Number(info.size), stamp: stampOf(info, now) };
    const link = lstatSync(path).isSymbolicLink() ? 'a symbolic link to ' : '';
    return { path, skip: `skipped: ${link}${kindOf(info)}, not a regular file` };
  } catch (error) {
    return { path, error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message };
  }
}

/** Expands inputs (files, folders, archives) into the list of paths to read, in order. */
export async function expandInputs(inputs: string[]): Promise<ExpandedInput[]> {
  const expanded: ExpandedInput[] = [];
  for (const input of inputs) {
    let folder = false;
    try {
      folder = statSync(input).isDirectory();
    } catch {
      // Reported by expandFile.
    }
    if (folder) for (const path of walk(input)) expanded.push(expandFile(path));
    else expanded.push(expandFile(input));
  }
  return expanded;
}

/**
 * The bytes of a regular file if it holds at most `limit` of them. Opened without blocking and
 * checked again once open, in case it was swapped for a FIFO since it was listed; read to its end,
 * so a file that grew since its stat is still read whole, or refused.
 */
function readCapped(path: string, limit: number): { bytes: Uint8Array } | { tooLarge: number | null } | { skip: string } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { skip: `skipped: ${kindOf(info)}, not a regular file` };
    if (info.size > limit) return { tooLarge: info.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The whole file in the first read (one byte more to see its end), then 64 KB at a time if it grew; never more than one byte past the limit.
      const chunk = Buffer.allocUnsafe(Math.min(total === 0 ? info.size + 1 : 65_536, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) return { tooLarge: null };
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Yields every article of the expanded inputs: plain files as they are, archives member by member;
 * articles over `limit` bytes are refused. A plain file whose stamp `known` recognises (its source
 * is unchanged since the last import) is not read: it is yielded as `unread`.
 */
export async function* readInputs(expanded: ExpandedInput[], limit: number, onProgress?: ProgressSink, known?: (path: string, stamp: string) => boolean): AsyncGenerator<SourceItem> {
  for (const item of expanded) {
    if ('error' in item) {
      yield unreadable('kbatlas/unreadable', item.path, item.error);
      continue;
    }
    if ('skip' in item) {
      yield { kind: 'skipped', name: item.path, message: item.skip };
      continue;
    }
    const kind = archiveKindOf(item.path);
    if (kind) {
      yield* readArchive(item.path, kind, limit, onProgress);
      continue;
    }
    if (known?.(item.path, item.stamp.key)) {
      onProgress?.(item.size);
      yield { kind: 'unread', name: item.path, size: item.size };
      continue;
    }
    try {
      const read = readCapped(item.path, limit);
      onProgress?.(item.size);
      if ('skip' in read) yield { kind: 'skipped', name: item.path, message: read.skip };
      else if ('tooLarge' in read) yield unreadable('kbatlas/too-large', item.path, tooLargeMessage(read.tooLarge, limit));
      else yield { kind: 'article', name: item.path, bytes: read.bytes, stamp: item.stamp };
    } catch (error) {
      onProgress?.(item.size);
      yield unreadable('kbatlas/unreadable', item.path, `cannot read file: ${(error as Error).message}`);
    }
  }
}
