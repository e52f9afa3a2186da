/**
 * The archive build's work folder (`--work`, default `.kbatlas/archive`): imported pages and build
 * state kept between builds. Like the output folder, it is used only when it is new, empty or was
 * made by a build (its `.kbatlas-work` marker, or the `state.json` of a build before the marker), as
 * a build prunes pages and replaces state there.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, exitCodes } from '../../diagnostics/cli-error.ts';
import { isWorkingEntry } from './marker.ts';

/** File name of the work folder's marker. */
export const WORK_MARKER = '.kbatlas-work';

/** Refuses (CliError, exit 2) a `--work` that is a file, or a folder holding things no build made. Reads only. */
export function claimWorkFolder(work: string): void {
  const info = statSync(work, { throwIfNoEntry: false });
  if (!info) return;
  if (!info.isDirectory()) throw new CliError(`cannot use ${work}: not a folder (it is a file)`, exitCodes.refused);
  if (existsSync(join(work, WORK_MARKER)) || existsSync(join(work, 'state.json'))) return;
  const foreign = readdirSync(work).filter((name) => !isWorkingEntry(name));
  if (foreign.length > 0) {
    throw new CliError(`${work} is not empty and is not a kbatlas build's work folder (no ${WORK_MARKER}); nothing was changed: choose a new or empty --work`, exitCodes.refused);
  }
}

/** Marks `work` (made, and locked, by the caller) as a build's work folder. */
export function markWorkFolder(work: string): void {
  writeFileSync(join(work, WORK_MARKER), '{"kbatlas":"archive build work folder"}\n');
}
