/**
 * Merges the render stage's staging folders into dist/: a file whose bytes differ (or that is new)
 * replaces the old one by rename, identical files are left alone, and the pages no route produces
 * any more are deleted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, rmdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../lib/digest.ts';
import { bundleFolder } from '../lib/search/shards.ts';

/** What a merge did. */
export interface MergeResult {
  /** Files written into dist/ (new or changed). */
  written: number;
  /** Files rendered again with the same bytes. */
  same: number;
  /** Files deleted because no page produces them now. */
  removed: number;
}

/** True when both files hold the same bytes. */
function sameBytes(a: string, b: string): boolean {
  try {
    if (statSync(a).size !== statSync(b).size) return false;
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

/** Moves every staged file into `dist` and deletes `obsolete` files (paths relative to dist). */
export function mergeOutput(stages: readonly string[], dist: string, obsolete: Iterable<string>): MergeResult {
  const result: MergeResult = { written: 0, same: 0, removed: 0 };
  mkdirSync(dist, { recursive: true });
  /** Moves `rel` (a folder or file of the stage) into dist: a whole folder at once when dist has none. */
  const move = (stage: string, rel: string): void => {
    const from = join(stage, rel);
    const to = join(dist, rel);
    if (statSync(from).isDirectory()) {
      if (!existsSync(to)) {
        // A cold build moves `kb/` in one rename instead of 180k.
        const files = filesUnder(from).length;
        mkdirSync(dirname(to), { recursive: true });
        renameSync(from, to);
        result.written += files;
        return;
      }
      for (const name of readdirSync(from)) move(stage, join(rel, name));
      return;
    }
    if (sameBytes(from, to)) {
      result.same += 1;
      return;
    }
    renameSync(from, to);
    result.written += 1;
  };
  for (const stage of stages) {
    for (const name of readdirSync(stage)) {
      // The search index: the index stage writes it into dist/ itself; a part's own (partial) index never counts.
      if (name === bundleFolder) continue;
      move(stage, name);
    }
    rmSync(stage, { recursive: true, force: true });
  }
  for (const file of obsolete) {
    const path = join(dist, file);
    try {
      rmSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    result.removed += 1;
    // Drop the page's folder when it is now empty (kb/NNN/QID/).
    try {
      rmdirSync(dirname(path));
    } catch {
      /* not empty */
    }
  }
  return result;
}
