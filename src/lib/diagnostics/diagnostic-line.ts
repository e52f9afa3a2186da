/**
 * The one printer of every diagnostic the CLI prints: `file:line[:column]: severity: message [rule]`,
 * and with `--verbose` the rule's hint on the next line (`  hint: …`).
 */
import { fileDiagnostic, hintOf, type FileDiagnostic } from './diagnostic.ts';
import { printable } from './printable.ts';

/** A page the search indexer could not read, as a diagnostic. */
export function indexProblem({ file, message }: { file: string; message: string }): FileDiagnostic {
  return fileDiagnostic('kbatlas/index-unreadable', file, `not in the search index: ${message}`);
}

/**
 * Formats a diagnostic as editors and CI log parsers expect it: one line, whatever the file name or
 * message holds (control characters escaped, see printable.ts); `verbose` adds the rule's hint as a
 * second, indented line.
 */
export function diagnosticLine({ file, line, column, severity, message, rule }: FileDiagnostic, verbose = false): string {
  const place = line === undefined ? printable(file) : `${printable(file)}:${line}${column ? `:${column}` : ''}`;
  const text = `${place}: ${severity}: ${printable(message)} [${rule}]`;
  return verbose ? `${text}\n  hint: ${printable(hintOf(rule))}` : text;
}
