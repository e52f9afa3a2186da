/** The cause of a file-system error in words, for messages of the CLI and of the stages it drives. */

/** The cause of a file-system error in words (`permission denied`, `no space left on device`), from Node's message. */
export function fsCause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOTDIR') return 'not a folder';
  if (code === 'EEXIST') return 'a file is already there';
  // Node writes `ENOSPC: no space left on device, write`: the part between the code and the call.
  return /^E[A-Z0-9]+: ([^,]+)/.exec(message)?.[1] ?? message;
}
