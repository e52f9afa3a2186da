/**
 * A failure of the index stage as a whole (as opposed to one page left out, an IndexFailure): the
 * path it concerns and what went wrong, in words. The CLI prints it as one line (src/lib/search/indexer/index-stage.ts);
 * a worker thread's failure crosses to the main thread as {@link IndexErrorData}.
 */

/** What an {@link IndexError} carries across a worker boundary (structured clone drops the class). */
export interface IndexErrorData {
  path: string;
  reason: string;
  /** Where it was thrown, for KBATLAS_DEBUG. */
  stack?: string;
}

/** The index stage failed at `path` because of `reason`. */
export class IndexError extends Error {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string, stack?: string) {
    super(`${path}: ${reason}`);
    this.name = 'IndexError';
    this.path = path;
    this.reason = reason;
    if (stack) this.stack = stack;
  }

  /** An error thrown in a worker (an IndexError or not) as data; any other error is put at `path`, its first line as the reason. */
  static toData(error: unknown, path: string): IndexErrorData {
    if (error instanceof IndexError) return { path: error.path, reason: error.reason, stack: error.stack };
    const message = error instanceof Error ? error.message : String(error);
    return { path, reason: message.split('\n')[0] ?? message, stack: error instanceof Error ? error.stack : undefined };
  }

  static fromData(data: IndexErrorData): IndexError {
    return new IndexError(data.path, data.reason, data.stack);
  }
}
