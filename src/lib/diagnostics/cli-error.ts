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

// Lives beside the stages that report file-system failures too (the search indexer); re-exported for the CLI's modules.
export { fsCause } from '../fs-cause.ts';
