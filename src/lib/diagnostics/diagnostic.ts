/**
 * The one diagnostic type of KB Atlas, shaped like unified's vfile-message: a place
 * (`file:line:column`, each part optional), a rule id from the catalogue (rules.ts), whether it is
 * fatal (`severity: 'error'`) and the message. Plain data, not an Error: diagnostics cross worker
 * threads, are kept in the import manifest and printed as JSON by `kbatlas parse` and
 * `kbatlas links --json` (see docs/architecture.md, "Diagnostics").
 */
import { formatMessage, rules, type ParseRuleId, type RuleId, type Severity } from './rules.ts';

export type { Severity } from './rules.ts';

/** A problem found in a source, a page, a file or a site. */
export interface Diagnostic {
  /** The path it concerns; absent on a parser's diagnostics (the caller knows the file). */
  file?: string;
  /** 1-based line; absent when it concerns a whole file, archive or site. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** `error` is fatal: the article, file or run failed. Defaults to the rule's. */
  severity: Severity;
  message: string;
  /** Stable rule id from the catalogue (`kb/missing-title`, `kbatlas/too-large`). */
  rule: RuleId;
}

/** A diagnostic that names its file, as the CLI prints them. */
export type FileDiagnostic = Diagnostic & { file: string };

/** A parser diagnostic at a source line: the rule's message template filled with `args`. */
export function diagnostic(id: ParseRuleId, line: number, args: readonly (string | number)[] = []): Diagnostic {
  return { rule: id, severity: rules[id].severity, message: formatMessage(id, args), line };
}

/** Where a file diagnostic points and, rarely, a severity other than its rule's. */
export interface DiagnosticPlace {
  line?: number;
  column?: number;
  severity?: Severity;
}

/** A diagnostic of `rule` about `file`, with a message written where it happened. */
export function fileDiagnostic(rule: RuleId, file: string, message: string, { line, column, severity }: DiagnosticPlace = {}): FileDiagnostic {
  return {
    file,
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
    severity: severity ?? rules[rule].severity,
    message,
    rule,
  };
}

/** What to do about a rule, in words (shown with `--verbose`). */
export function hintOf(rule: RuleId): string {
  return rules[rule].hint;
}
