/**
 * What an archive build keeps in its work folder between builds besides the imported pages: the
 * digest of the site's code and settings it built with, and whether it finished (`state.json`).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteAddress } from '../build-config.ts';
import { filesDigest } from '../digest.ts';

/** The project root: where astro.config.mjs is. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Everything besides the articles that shapes the site's HTML: the site's source, public files,
 * Astro config and locked dependencies. When it changes, every page may change, so the build
 * renders from scratch instead of trusting per-page digests.
 */
const SITE_CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** The state of the last build into a work folder. */
export interface BuildState {
  /** `siteCode()` of that build. */
  code: string;
  /** False from the start of a build until it has indexed: an interrupted build's import is not "unchanged". */
  complete: boolean;
}

/** Digest of the site's code, its address settings and the shard size: what makes every page new when it changes. */
export function siteCode(shardSize: number | undefined): string {
  return filesDigest(PROJECT_ROOT, SITE_CODE) + `|${siteAddress()}|${shardSize ?? ''}`;
}

/** The state at `path`, or undefined when there is none (or it is unreadable). */
export function readState(path: string): BuildState | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BuildState;
  } catch {
    return undefined;
  }
}

/** Writes the state at `path`. */
export function writeState(path: string, state: BuildState): void {
  writeFileSync(path, `${JSON.stringify(state)}\n`);
}

/** Removes pages of articles that are no longer in the sources (only after an import with no failure); returns how many. */
export function pruneContent(dir: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.mdx') && !keep.has(name.slice(0, -4))) {
      rmSync(join(dir, name));
      removed += 1;
    }
  }
  return removed;
}
