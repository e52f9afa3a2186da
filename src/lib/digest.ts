/**
 * SHA-1 digests: of one text or buffer, and of a set of files (to notice that code changed).
 * One place, so the import manifest, the archive build and its render plan agree on what a digest is.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** SHA-1 of a string (UTF-8) or of bytes, hex. */
export function sha1(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

/** Files under `dir` (any depth), relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * SHA-1 over the names and bytes of the files at `paths` (files or folders, relative to `root`),
 * in a fixed order. Paths that do not exist are left out (an installed copy has no lock file).
 */
export function filesDigest(root: string, paths: readonly string[]): string {
  const hash = createHash('sha1');
  for (const path of paths) {
    const full = join(root, path);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) continue;
    for (const file of stat.isDirectory() ? filesUnder(full).map((name) => join(path, name)) : [path]) {
      hash.update(`${file}\0`);
      hash.update(readFileSync(join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}
