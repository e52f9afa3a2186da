/**
 * Stage: the render stage's output (folders inside the project) gathered into `<out>/.kbatlas-next/`,
 * on the output folder's own file system, before the output folder is touched. A rename where it
 * can; across file systems (EXDEV) a copy, which is where a full or failing disk shows up, while the
 * previous site is still whole.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../../digest.ts';
import { CliError, fsCause } from '../../diagnostics/cli-error.ts';
import { isWorkingEntry } from './marker.ts';

/** Folder of the staged files inside the output folder. */
export const NEXT_NAME = '.kbatlas-next';

/** What staging gathered. */
export interface Staged {
  /** The staging folder. */
  dir: string;
  /** Files staged, relative to it. */
  files: string[];
  /** Files rendered again with the bytes the output folder already holds (not staged). */
  same: number;
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

/** Moves a file or folder to `to` (its parent made): by rename, or by copy then removal across file systems. */
function move(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    if (statSync(from).isDirectory()) cpSync(from, to, { recursive: true, force: true });
    else copyFileSync(from, to);
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Gathers the files of `parts` into `<out>/.kbatlas-next/` (emptied first). `skip` names top-level
 * entries of a part that are not pages (the search index a part never builds). With `compare`, a
 * file whose bytes equal the output folder's copy is left out. Throws a CliError naming the cause
 * when the staging folder cannot be written; the output folder itself is untouched either way.
 */
export function stageParts(parts: readonly string[], out: string, options: { compare: boolean; skip: ReadonlySet<string> }): Staged {
  const dir = join(out, NEXT_NAME);
  const staged = new Set<string>();
  let same = 0;
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    /** Stages `rel` of `part`: a whole folder at once when nothing of it is staged or in `out` yet. */
    const gather = (part: string, rel: string): void => {
      const from = join(part, rel);
      if (statSync(from).isDirectory()) {
        if (!existsSync(join(dir, rel)) && !(options.compare && existsSync(join(out, rel)))) {
          const files = filesUnder(from).map((file) => `${rel}/${file}`);
          move(from, join(dir, rel));
          for (const file of files) staged.add(file);
          return;
        }
        for (const name of readdirSync(from)) gather(part, `${rel}/${name}`);
        return;
      }
      if (options.compare && sameBytes(from, join(out, rel))) {
        same += 1;
        return;
      }
      move(from, join(dir, rel));
      staged.add(rel);
    };
    for (const part of parts) {
      for (const name of readdirSync(part)) if (!options.skip.has(name) && !isWorkingEntry(name)) gather(part, name);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot stage the new site in ${dir}: ${fsCause(error)}; ${out} is unchanged`);
  }
  return { dir, files: [...staged].sort(), same };
}
