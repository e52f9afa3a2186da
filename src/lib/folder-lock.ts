/**
 * One kbatlas run per folder at a time: a run takes `<folder>/.kbatlas.lock` (created exclusively,
 * naming its process) before it writes anything there, and a second run into the same folder stops
 * at once saying who holds it. A lock whose process is gone (killed, machine restarted) is taken over.
 * Creating the lock is also the first write into the folder, so an unwritable folder is reported here.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CliError, exitCodes, fsCause } from './diagnostics/cli-error.ts';

/** File name of the lock inside the locked folder (hidden: the site's page glob ignores it). */
export const LOCK_NAME = '.kbatlas.lock';

/** Who holds a lock. */
interface Holder {
  pid: number;
  host: string;
  command: string;
  started: string;
}

/** A held lock. */
export interface FolderLock {
  /** Removes the lock (idempotent; also done when the process exits). */
  release(): void;
}

/** Whether the process that wrote `holder` still runs (a process on another host is assumed to). */
function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): Holder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

/** Creates `dir` when missing; refuses (exit 2) a path that is not a folder or cannot be made. */
export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    let isFile = false;
    try {
      isFile = statSync(dir).isFile();
    } catch {
      // Nothing there, or a parent is not a folder: the cause says which.
    }
    throw new CliError(isFile ? `cannot use ${dir}: not a folder (it is a file)` : `cannot create ${dir}: ${fsCause(error)}`, exitCodes.refused);
  }
}

/** Takes the lock of `dir` (created when missing) for `command`; throws a CliError (exit 2) when another run holds it or `dir` cannot be written. */
export function lockFolder(dir: string, command: string, log: (line: string) => void = () => {}): FolderLock {
  ensureFolder(dir);
  const path = join(dir, LOCK_NAME);
  const me: Holder = { pid: process.pid, host: hostname(), command, started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, `${JSON.stringify(me)}\n`);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // Created but not written (a full disk): not a lock anybody holds.
        try {
          rmSync(path, { force: true });
        } catch {
          // Could not be created in the first place.
        }
        throw new CliError(`cannot write to ${dir}: ${fsCause(error)}`, exitCodes.refused);
      }
      const holder = readHolder(path);
      if (holder && alive(holder)) {
        const who = `kbatlas ${holder.command} (process ${holder.pid}${holder.host === me.host ? '' : ` on ${holder.host}`}, started ${holder.started})`;
        throw new CliError(`${dir} is in use by ${who}; wait for it to finish, or remove ${path} if that process is gone`, exitCodes.refused);
      }
      if (attempt > 0) throw new CliError(`cannot take the lock ${path}: another run keeps taking it`, exitCodes.refused);
      // Its process is gone: the lock is stale.
      log(`${dir}: removing the lock of a run that is gone (process ${holder?.pid ?? 'unknown'})`);
      rmSync(path, { force: true });
    }
  }
  const release = (): void => {
    process.off('exit', release);
    if (readHolder(path)?.pid === me.pid) rmSync(path, { force: true });
  };
  // A run ended by a signal exits through process.exit (main.ts), which runs this.
  process.on('exit', release);
  return { release };
}
