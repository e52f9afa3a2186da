/** The failures a kbatlas command reports as one line, and the exit codes of every command. */

/** Exit codes: 0 all done; 1 some articles failed, or the run failed part-way; 2 nothing done (usage error, or a folder refused). */
export const exitCodes = { ok: 0, failed: 1, refused: 2 } as const;

/** A failure the user can act on: printed as `kbatlas: error: <message>`, no stack trace, exiting with `exitCode`. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = exitCodes.failed) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** The cause of a file-system error in words (`permission denied`, `no space left on device`), from Node's message. */
export function fsCause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOTDIR') return 'not a folder';
  if (code === 'EEXIST') return 'a file is already there';
  // Node writes `ENOSPC: no space left on device, write`: the part between the code and the call.
  return /^E[A-Z0-9]+: ([^,]+)/.exec(message)?.[1] ?? message;
}
