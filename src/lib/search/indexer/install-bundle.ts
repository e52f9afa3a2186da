/**
 * Moves a bundle Pagefind has just written (into a temporary folder) into its shard's folder so a
 * reader never sees a half-written shard: data files first (their names are content hashes, so a new
 * file never replaces an old one in use), `pagefind-entry.json` last (it names the new metadata file),
 * then the old data files the new entry no longer names are removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../../digest.ts';

/** Pagefind's entry file: the one name every bundle keeps across builds. */
export const entryFile = 'pagefind-entry.json';

/** Folders of a bundle's index data (chunks, filters, result fragments). */
const dataFolders = ['index', 'filter', 'fragment'];

/** True for a file of a bundle's index data: entry, metadata, chunks, filters, fragments. */
export function isDataFile(path: string): boolean {
  return path === entryFile || /^pagefind\.[\w-]+\.pf_meta$/.test(path) || dataFolders.some((folder) => path.startsWith(`${folder}/`));
}

/**
 * True for the browser code shard 0 serves for all shards: the search API, its worker, its
 * WebAssembly and the highlighter. Pagefind's ready-made UIs and playground are not used by the site.
 */
export function isCodeFile(path: string): boolean {
  return /^(pagefind\.js|pagefind-worker\.js|pagefind-highlight\.js|wasm\.[\w-]+\.pagefind)$/.test(path);
}

/** Same bytes at both paths. */
function sameFile(a: string, b: string): boolean {
  if (!existsSync(b)) return false;
  return readFileSync(a).equals(readFileSync(b));
}

/**
 * Installs the bundle in `written` into `target`: the data files, and the code files too when
 * `withCode` (shard 0). Leaves `written` empty of what it moved; removes `target`'s data files the new
 * bundle does not have. Never touches anything else in `target` (other shards' folders, the manifest).
 */
export function installBundle(written: string, target: string, withCode: boolean): { files: number; moved: number; removed: number } {
  const files = filesUnder(written).filter((path) => isDataFile(path) || (withCode && isCodeFile(path)));
  const keep = new Set(files);
  let moved = 0;
  const move = (path: string) => {
    const from = join(written, path);
    const to = join(target, path);
    // Content-hashed names: an existing file of that name already holds these bytes; code files are compared.
    if (isDataFile(path) && path !== entryFile ? existsSync(to) : sameFile(from, to)) return;
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
    moved += 1;
  };
  for (const path of files) if (path !== entryFile) move(path);
  if (keep.has(entryFile)) move(entryFile);

  let removed = 0;
  const present = [
    ...readdirSync(target).filter((name) => isDataFile(name)),
    ...dataFolders.flatMap((folder) => (existsSync(join(target, folder)) ? filesUnder(join(target, folder)).map((name) => `${folder}/${name}`) : [])),
  ];
  for (const path of present) {
    if (keep.has(path)) continue;
    rmSync(join(target, path), { force: true });
    removed += 1;
  }
  return { files: files.length, moved, removed };
}
