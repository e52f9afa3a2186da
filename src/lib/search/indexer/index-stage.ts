/**
 * The search index as the CLI runs it, for `kbatlas index` and the index stage of `kbatlas build`:
 * its failures reported as the CLI reports any (cli-error.ts). A failure of the stage as a whole (an
 * IndexError: the search index folder, a shard, Pagefind or one of its workers) becomes one line
 * `kbatlas: error: search index: <path>: <cause>`; pages left out are each named on their own line
 * (kbatlas/index-unreadable) and fail the run after every other page is indexed.
 */
import { IndexError, type IndexReport } from './index-site.ts';
import { CliError } from '../../diagnostics/cli-error.ts';
import { diagnosticLine, indexProblem } from '../../diagnostics/diagnostic-line.ts';

/** `error` as the CLI reports it: an IndexError becomes a CliError (exit 1) naming its path and cause, `after` appended; anything else is left as it is (an internal error). */
export function indexStageError(error: unknown, after = ''): unknown {
  return error instanceof IndexError ? new CliError(`search index: ${error.message}${after}`) : error;
}

/** Names each page left out of the index on its own line (`verbose`: with the rule's hint); returns the CliError that fails the run, or null when none was. */
export function reportLeftOut(report: IndexReport, log: (line: string) => void, verbose = false): CliError | null {
  for (const problem of report.failed) log(diagnosticLine(indexProblem(problem), verbose));
  if (report.failed.length === 0) return null;
  return new CliError(`search index: ${report.failed.length} page${report.failed.length === 1 ? '' : 's'} could not be indexed (listed above); the others are searchable`);
}
