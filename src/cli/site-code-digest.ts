/**
 * One digest of everything that shapes the site's HTML besides the articles: the site's source,
 * public files, Astro config and locked dependencies. When it changes, every page may change, so
 * the archive build renders from scratch instead of trusting per-page digests.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** Files under `path` (or `path` itself), sorted, relative to `root`. */
function filesOf(root: string, path: string): string[] {
  const full = join(root, path);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return [];
  }
  if (stat.isFile()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** SHA-1 over the names and bytes of the site's code under `root`. */
export function siteCodeDigest(root: string): string {
  const hash = createHash('sha1');
  for (const file of INPUTS.flatMap((path) => filesOf(root, path))) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
