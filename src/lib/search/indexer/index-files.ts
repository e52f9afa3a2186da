/** Reads and writes the index's gzipped files, and removes the ones no longer referenced. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sha1 } from '../../digest.ts';

/** Short content hash used in file names (12 hex digits of SHA-1). */
export function contentHash(bytes: Uint8Array): string {
  return sha1(bytes).slice(0, 12);
}

/** Writes `bytes` gzipped to `dir/path` (folders made), through a temporary file so a reader never sees half a file. */
export function writeGzip(dir: string, path: string, bytes: Uint8Array): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, gzipSync(bytes));
  renameSync(temporary, file);
}

/** Writes a content-addressed file unless it is already there (same name, same bytes). */
export function writeIfAbsent(dir: string, path: string, bytes: Uint8Array): void {
  if (!existsSync(join(dir, path))) writeGzip(dir, path, bytes);
}

/** Bytes of `dir/path` inflated, or null when absent or unreadable. */
export function readGzip(dir: string, path: string): Uint8Array | null {
  try {
    return gunzipSync(readFileSync(join(dir, path)));
  } catch {
    return null;
  }
}

/** Removes the files of `dir/folder` (not recursing) whose name is not in `keep`; returns how many. */
export function removeUnlisted(dir: string, folder: string, keep: ReadonlySet<string>, matches: (name: string) => boolean = () => true): number {
  const full = join(dir, folder);
  if (!existsSync(full)) return 0;
  let removed = 0;
  for (const name of readdirSync(full)) {
    const path = folder ? `${folder}/${name}` : name;
    if (matches(name) && !keep.has(path)) {
      rmSync(join(full, name), { force: true });
      removed++;
    }
  }
  return removed;
}
