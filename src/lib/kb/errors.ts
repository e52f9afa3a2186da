/** The error thrown when an article cannot be understood at all. */
import { formatMessage, type RuleId } from './diagnostics.ts';

/** A fatal parse error naming the file, the line and the rule (`file:line: message`). */
export class KbSourceError extends Error {
  /** The file name given to the parser (`<input>` by default). */
  readonly file: string;
  /** 1-based line of the problem. */
  readonly line: number;
  /** Rule id from the diagnostics catalogue. */
  readonly rule: RuleId;
  /** The message without the `file:line: ` prefix. */
  readonly reason: string;

  constructor(rule: RuleId, file: string, line: number, args: readonly (string | number)[] = []) {
    const reason = formatMessage(rule, args);
    super(`${file}:${line}: ${reason}`);
    this.name = 'KbSourceError';
    this.file = file;
    this.line = line;
    this.rule = rule;
    this.reason = reason;
  }
}
