/**
 * A file's stamp: what the file system says of its content without reading it (size, modification
 * and change times in nanoseconds, inode). The import, the plan stage and the index keep, beside
 * each digest they compute, the stamp the file had, and digest again only files whose stamp
 * differs: a file written, replaced or renamed over by hand gets a new change time (which no
 * program can set back) or a new inode.
 *
 * The file system's clock is coarse (a write in the same tick as the stat gives the same times), so
 * a stamp is trusted only when it is `settled`: its change time at least {@link SETTLE_MS} before the
 * stat that took it (Git's "racily clean" rule). A file changed later gets a later change time.
 * Unsettled files are digested again next time.
 */
import { statSync, type BigIntStats } from 'node:fs';

/** How much older than the stat a change time must be for its stamp to be kept (2 s: FAT's coarsest timestamps). */
export const SETTLE_MS = 2_000;

/** A stamp, and whether it may be kept for the next run. */
export interface FileStamp {
  /** `size:mtimeNs:ctimeNs:ino`. */
  key: string;
  settled: boolean;
}

/** The stamp of the file `info` describes, stat-ed at `now` (ms since the epoch). */
export function stampOf(info: BigIntStats, now = Date.now()): FileStamp {
  return {
    key: `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}`,
    settled: info.ctimeNs < BigInt(Math.floor(now - SETTLE_MS)) * 1_000_000n,
  };
}

/** The stamp of the regular file at `path`, or undefined when there is none. Take it before reading the file, never after. */
export function readStamp(path: string): FileStamp | undefined {
  const now = Date.now();
  const info = statSync(path, { bigint: true, throwIfNoEntry: false });
  return info?.isFile() ? stampOf(info, now) : undefined;
}

/** The key to record for a stamp: its key when settled, else null (digest again next time). */
export function keptStamp(stamp: FileStamp | undefined): string | null {
  return stamp?.settled ? stamp.key : null;
}
