/**
 * Swap: the staged files put in place in the output folder under an undo journal, so that a failed
 * or interrupted build leaves the previous site there:
 *
 *   <out>/.kbatlas-undo/journal.json   the plan, written (atomically) before anything moves
 *   <out>/.kbatlas-undo/old/<path>     the previous version of each file replaced or removed
 *
 * Every move is a rename inside the output folder (staging put the files on its file system). The
 * commit writes the new marker, then renames the journal folder to `.kbatlas-trash` and deletes it;
 * the archive build puts the files in place, indexes them, and only then commits (putInPlace,
 * commitSwap, or undoSwap when its index stage fails).
 * Any failure before the commit rolls back: files added are removed, files moved aside come back,
 * the previous marker is restored; `recoverOutput` does the same at the next start after a crash.
 * Only files the previous marker lists (and folders it owns) are ever moved aside or removed; a
 * staged file where the folder holds something the build did not make stops the swap before it starts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError, exitCodes, fsCause } from '../../diagnostics/cli-error.ts';
import { isWorkingEntry, MARKER_NAME, writeMarker, type SiteManifest } from './marker.ts';
import { NEXT_NAME, type Staged } from './stage.ts';

/** The journal folder inside the output folder. */
export const UNDO_NAME = '.kbatlas-undo';
/** A committed journal folder, being deleted. */
const TRASH_NAME = '.kbatlas-trash';

/** The plan of a swap, as the journal records it. */
interface Journal {
  /** Paths (files, or whole folders) that are not in the output folder and come in from the staging folder. */
  added: string[];
  /** Paths of the output folder moved aside: replaced by a staged file, or removed. */
  movedAside: string[];
  /** Paths of `movedAside` that are removed (not replaced). */
  removed: string[];
  /** The marker's manifest before the swap, restored by a rollback (null: there was no marker). */
  previous: SiteManifest | null;
}

/** A swap ready to apply. */
export interface SwapPlan {
  journal: Journal;
  /** The manifest the output folder has once the swap is committed. */
  next: SiteManifest;
}

/** Whether `rel` is a file the manifest lists or lies in a folder it owns. */
function owns(manifest: SiteManifest, files: ReadonlySet<string>, rel: string): boolean {
  return files.has(rel) || manifest.folders.some((folder) => rel === folder || rel.startsWith(`${folder}/`));
}

/** The folders (relative paths) of `files`, every ancestor included. */
function foldersOf(files: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let folder = dirname(file); folder !== '.' && !folders.has(folder); folder = dirname(folder)) folders.add(folder);
  }
  return folders;
}

/**
 * The folders of `out` that hold, at any depth, something the manifest does not list (a file or a
 * folder of the user's). Any other folder the manifest explains is the build's whole and can be
 * replaced in one rename: a forced rebuild of the archive moves `kb/` aside and in, not 250k files.
 */
function foldersHoldingOthers(out: string, manifest: SiteManifest, files: ReadonlySet<string>, folders: ReadonlySet<string>): Set<string> {
  const mixed = new Set<string>();
  const mark = (path: string): void => {
    for (let folder = dirname(path); folder !== '.' && !mixed.has(folder); folder = dirname(folder)) mixed.add(folder);
  };
  const visit = (rel: string): void => {
    for (const entry of readdirSync(rel ? join(out, rel) : out, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if ((!rel && isWorkingEntry(entry.name)) || manifest.folders.includes(path)) continue;
      if (entry.isDirectory()) {
        if (!folders.has(path)) mark(path);
        visit(path);
      } else if (!files.has(path)) mark(path);
    }
  };
  visit('');
  return mixed;
}

/**
 * Plans putting `staged` in place in `out`, whose current manifest is `previous` (null when it had no
 * marker: a new or empty folder). A fresh build replaces the whole site: every file of `previous` not
 * staged is removed, and a folder holding nothing but the build's files is replaced whole; an
 * incremental one replaces file by file and removes only `obsolete` (files no page produces any
 * more). Owned folders no longer owned are removed. Refuses (CliError, exit 2) when a staged file
 * would replace something the build did not make.
 */
export function planSwap(out: string, staged: Staged, previous: SiteManifest | null, options: { fresh: boolean; obsolete: readonly string[]; folders: string[] }): SwapPlan {
  const before = previous ?? { files: [], folders: [] };
  const ownedFiles = new Set(before.files);
  const ownedFolders = foldersOf(before.files);
  const mixed = options.fresh && previous ? foldersHoldingOthers(out, before, ownedFiles, ownedFolders) : null;
  const stagedFiles = new Set(staged.files);
  const added: string[] = [];
  const replaced: string[] = [];
  /** Walks the staging folder against the output folder: a path the output folder lacks comes in whole. */
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(staged.dir, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      const there = statSync(join(out, path), { throwIfNoEntry: false });
      const folder = statSync(join(staged.dir, path)).isDirectory();
      if (!there) added.push(path);
      else if (folder && there.isDirectory()) {
        if (mixed && ownedFolders.has(path) && !mixed.has(path)) replaced.push(path);
        else walk(path);
      } else if (!folder && there.isFile() && owns(before, ownedFiles, path)) replaced.push(path);
      else {
        throw new CliError(
          `${join(out, path)} was not made by a KB Atlas build and the new site has a ${folder ? 'folder' : 'file'} there; ` +
            `move it away and build again (${out} is unchanged)`,
          exitCodes.refused,
        );
      }
    }
  };
  walk('');
  // Files inside a folder replaced whole go with it.
  const replacedFolders = new Set(replaced);
  const inReplacedFolder = (file: string): boolean => {
    for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) if (replacedFolders.has(folder)) return true;
    return false;
  };
  const gone = new Set(options.fresh ? before.files.filter((file) => !stagedFiles.has(file)) : options.obsolete.filter((file) => ownedFiles.has(file)));
  const removed = [
    ...[...gone].filter((file) => !inReplacedFolder(file) && existsSync(join(out, file))),
    ...before.folders.filter((folder) => !options.folders.includes(folder) && existsSync(join(out, folder))),
  ];
  const files = options.fresh ? staged.files : [...new Set([...before.files.filter((file) => !gone.has(file)), ...staged.files])];
  return {
    journal: { added, movedAside: [...replaced, ...removed], removed, previous },
    next: { files: files.sort(), folders: options.folders },
  };
}

/** Renames `from` to `to`, making `to`'s parent folders (`made` remembers those already there: a fresh build moves 250k files). */
function moveTo(from: string, to: string, made: Set<string> = new Set()): void {
  const parent = dirname(to);
  if (!made.has(parent)) {
    mkdirSync(parent, { recursive: true });
    made.add(parent);
  }
  renameSync(from, to);
}

/** Puts a previous marker back (or removes the marker when there was none). */
function restoreMarker(out: string, previous: SiteManifest | null): void {
  if (previous) writeMarker(out, previous);
  else rmSync(join(out, MARKER_NAME), { force: true });
}

/** Undoes a swap, as far as it went: added paths removed, moved-aside paths back, the previous marker restored. */
function rollback(out: string, journal: Journal): void {
  const undo = join(out, UNDO_NAME);
  for (const path of journal.added) rmSync(join(out, path), { recursive: true, force: true });
  for (const path of journal.movedAside) {
    const old = join(undo, 'old', path);
    if (!existsSync(old)) continue;
    rmSync(join(out, path), { recursive: true, force: true });
    moveTo(old, join(out, path));
  }
  restoreMarker(out, journal.previous);
  rmSync(undo, { recursive: true, force: true });
  rmSync(join(out, NEXT_NAME), { recursive: true, force: true });
}

/**
 * Applies and commits `plan` (see the module comment). On a failure the swap is rolled back and a
 * CliError says so; the output folder then holds the previous site.
 */
export function applySwap(out: string, staged: Staged, plan: SwapPlan): void {
  putInPlace(out, staged, plan);
  commitSwap(out, staged, plan);
}

/**
 * Puts the staged files in place under the journal, not yet committed: the build indexes the new
 * pages before it commits (../stages.ts), and {@link undoSwap} puts the previous site back. On a
 * failure the swap is rolled back and a CliError says so.
 */
export function putInPlace(out: string, staged: Staged, plan: SwapPlan): void {
  const undo = join(out, UNDO_NAME);
  const { journal } = plan;
  try {
    rmSync(undo, { recursive: true, force: true });
    mkdirSync(join(undo, 'old'), { recursive: true });
    writeFileSync(join(undo, 'journal.json.tmp'), JSON.stringify(journal));
    renameSync(join(undo, 'journal.json.tmp'), join(undo, 'journal.json'));
  } catch (error) {
    rmSync(undo, { recursive: true, force: true });
    throw new CliError(`cannot write the journal ${undo}: ${fsCause(error)}; ${out} is unchanged`);
  }
  try {
    const removed = new Set(journal.removed);
    const made = new Set<string>();
    for (const path of journal.movedAside) {
      moveTo(join(out, path), join(undo, 'old', path), made);
      // Each replaced file is back a moment after it went: the site is never missing a page for long.
      if (!removed.has(path)) moveTo(join(staged.dir, path), join(out, path), made);
    }
    for (const path of journal.added) moveTo(join(staged.dir, path), join(out, path), made);
  } catch (error) {
    throw undoAfter(out, journal, `cannot put the new site in place in ${out}: ${fsCause(error)}`);
  }
}

/** Commits a swap {@link putInPlace} made: the new marker, then the journal and the staging folder go. */
export function commitSwap(out: string, staged: Staged, plan: SwapPlan): void {
  try {
    writeMarker(out, plan.next);
  } catch (error) {
    throw undoAfter(out, plan.journal, `cannot put the new site in place in ${out}: ${fsCause(error)}`);
  }
  // Committed: the journal's old files go, and the emptied staging folder.
  renameSync(join(out, UNDO_NAME), join(out, TRASH_NAME));
  rmSync(join(out, TRASH_NAME), { recursive: true, force: true });
  rmSync(staged.dir, { recursive: true, force: true });
  removeEmptiedFolders(out, plan.journal.removed);
}

/**
 * Puts the previous site back after a later stage failed (`failure`, what it says), before the swap
 * {@link putInPlace} made was committed. Returns the CliError to throw: the failure, and whether the
 * previous site is back.
 */
export function undoSwap(out: string, plan: SwapPlan, failure: string): CliError {
  return undoAfter(out, plan.journal, failure);
}

/** Rolls the swap back and words the outcome after `failure`. */
function undoAfter(out: string, journal: Journal, failure: string): CliError {
  try {
    rollback(out, journal);
  } catch (undoError) {
    return new CliError(`${failure}; nor could the previous site be put back (${fsCause(undoError)}): the next build will, from ${join(out, UNDO_NAME)}`);
  }
  return new CliError(`${failure}; the previous site was put back`);
}

/** Removes the folders that removing `paths` left empty (`kb/NNN/QID/`), up to `out`; a folder holding anything stays. */
function removeEmptiedFolders(out: string, paths: readonly string[]): void {
  for (const path of paths) {
    for (let folder = dirname(path); folder !== '.' && folder !== ''; folder = dirname(folder)) {
      try {
        rmdirSync(join(out, folder));
      } catch {
        break;
      }
    }
  }
}

/**
 * Clears what an interrupted build left in `out`: rolls back a swap that never committed, deletes a
 * committed journal and the staging folder. Call it holding the folder's lock. Returns what it did.
 */
export function recoverOutput(out: string): string | null {
  const undo = join(out, UNDO_NAME);
  let done: string | null = null;
  if (existsSync(undo)) {
    let journal: Journal | null = null;
    try {
      journal = JSON.parse(readFileSync(join(undo, 'journal.json'), 'utf8')) as Journal;
    } catch {
      // No journal written: nothing had moved yet.
    }
    if (journal) {
      rollback(out, journal);
      done = 'an interrupted build was rolled back: the previous site is in place';
    } else rmSync(undo, { recursive: true, force: true });
  }
  rmSync(join(out, TRASH_NAME), { recursive: true, force: true });
  rmSync(join(out, NEXT_NAME), { recursive: true, force: true });
  return done;
}
