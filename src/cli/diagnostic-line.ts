/** The one format of every problem the CLI prints: `file:line[:column]: severity: message [rule]`. */
import { printable } from './printable.ts';

/** A problem to print; `line` is omitted when it concerns a whole file or archive. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  severity: 'warning' | 'error';
  message: string;
  rule: string;
}

/** A page the search indexer could not read, as a problem. */
export function indexProblem({ file, message }: { file: string; message: string }): Problem {
  return { file, severity: 'error', message: `not in the search index: ${message}`, rule: 'kbatlas/index-unreadable' };
}

/**
 * Formats a problem as editors and CI log parsers expect it: one line, whatever the file name or
 * message holds (control characters escaped, see printable.ts).
 */
export function diagnosticLine({ file, line, column, severity, message, rule }: Problem): string {
  const place = line === undefined ? printable(file) : `${printable(file)}:${line}${column ? `:${column}` : ''}`;
  return `${place}: ${severity}: ${printable(message)} [${rule}]`;
}
