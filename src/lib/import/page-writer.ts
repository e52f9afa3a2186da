/** Page files: staged in a temp file, then renamed into place, so nobody sees a half-written page. */
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Marker in the names of temp files a write goes through before its atomic rename. */
const TEMP_MARK = '.kbatlas-tmp-';

/** Temp file a write of `path` goes through (removed with the staged pages when a run is cut short). */
export function tempFileFor(path: string): string {
  return `${path}${TEMP_MARK}${process.pid}`;
}

/** Temp file for a page of `id` in `outDir`; `tag` makes it unique per process and item. */
export function tempPagePath(outDir: string, id: string, tag: string): string {
  return join(outDir, `.${id}.mdx${TEMP_MARK}${process.pid}-${tag}`);
}

/** Moves a staged page into place as `<outDir>/<id>.mdx` (atomic on one file system). */
export function commitPage(outDir: string, id: string, staged: string): void {
  try {
    renameSync(staged, join(outDir, `${id}.mdx`));
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  }
}

/** Deletes a staged page that will not be used (a duplicate id). */
export function discardPage(staged: string): void {
  rmSync(staged, { force: true });
}

/** Removes the temp files of staged pages (an interrupted or failed run's leftovers). */
export function removeStagedPages(outDir: string): void {
  for (const name of readdirSync(outDir)) {
    if (name.includes(TEMP_MARK)) rmSync(join(outDir, name), { force: true });
  }
}

/** Removes the temp files an interrupted earlier run left behind (call it holding the folder's lock, folder-lock.ts). */
export function prepareOutDir(outDir: string): void {
  removeStagedPages(outDir);
}
