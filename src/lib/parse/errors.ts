/** The error thrown when an article cannot be understood at all. */
import type { FileDiagnostic } from '../diagnostics/diagnostic.ts';
import { formatMessage, parseRules, type ParseRuleId } from '../diagnostics/rules.ts';

/**
 * A fatal parse error: an Error (so it can be thrown) carrying its diagnostic, the one shape of a
 * problem (`file:line: message`, rule id, `severity: 'error'`).
 */
export class KbSourceError extends Error {
  /** The fatal diagnostic: file, line, rule and the message without the `file:line: ` prefix. */
  readonly diagnostic: FileDiagnostic & { line: number; rule: ParseRuleId };

  constructor(rule: ParseRuleId, file: string, line: number, args: readonly (string | number)[] = []) {
    const reason = formatMessage(rule, args);
    super(`${file}:${line}: ${reason}`);
    this.name = 'KbSourceError';
    this.diagnostic = { file, line, severity: parseRules[rule].severity, message: reason, rule };
  }

  /** The file name given to the parser (`<input>` by default). */
  get file(): string {
    return this.diagnostic.file;
  }

  /** 1-based line of the problem. */
  get line(): number {
    return this.diagnostic.line;
  }

  /** Rule id from the diagnostics catalogue. */
  get rule(): ParseRuleId {
    return this.diagnostic.rule;
  }

  /** The message without the `file:line: ` prefix. */
  get reason(): string {
    return this.diagnostic.message;
  }
}
