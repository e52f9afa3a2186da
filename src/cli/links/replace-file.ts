/** Replaces a file's content atomically: a temp file beside it, its mode copied, renamed over it. */
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `bytes` as the new content of `path` (through a symbolic link, to its target), unless the file
 * changed since it was read (`expected` size and mtime): then throws and leaves it alone.
 */
export function replaceFile(path: string, bytes: Uint8Array, expected: { size: number; mtimeMs: number }): void {
  const target = realpathSync(path);
  const now = statSync(target);
  if (now.size !== expected.size || now.mtimeMs !== expected.mtimeMs) throw new Error('the file changed while it was being read; run again');
  const temp = join(dirname(target), `.${basename(target)}.kbatlas-tmp-${process.pid}`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    chmodSync(temp, now.mode & 0o7777);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
