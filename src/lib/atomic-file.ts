/**
 * A file written whole or not at all: the data goes to a temp file beside it, renamed over the file
 * once written, so a reader (or a build stopped half-way) never sees half of it. On failure the temp
 * file is removed and the error thrown again.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes `data` to `path` atomically (temp file `<path>.<pid>.tmp`, then rename). */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
