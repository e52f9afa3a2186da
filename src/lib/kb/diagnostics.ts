/**
 * The catalogue of everything that can go wrong while parsing an article.
 *
 * One place to review: each rule has a stable id, a severity, a message
 * template ("unexpected X, expected Y", code in backticks) and a hint.
 */
import type { Diagnostic, Severity } from './model.ts';

/** One entry of the catalogue. */
export interface RuleInfo {
  severity: Severity;
  /** Message template; `{0}`, `{1}` … are replaced by the arguments. */
  message: string;
  /** What the author or importer can do about it. */
  hint: string;
}

/** Every rule, by id. Fatal rules (`error`) are thrown as `KbSourceError`. */
export const rules = {
  'kb/empty': {
    severity: 'error',
    message: 'unexpected empty file, expected a KB article',
    hint: 'Check that the file was downloaded completely.',
  },
  'kb/binary': {
    severity: 'error',
    message: 'unexpected binary content ({0} NUL or control bytes), expected text',
    hint: 'The file is not a text article; skip it.',
  },
  'kb/not-kb-article': {
    severity: 'error',
    message: 'unexpected `{0}`, expected `---` front matter, `## Q…:` or `DOCUMENT:Q…`',
    hint: 'Only the archive\'s Jekyll form and Microsoft\'s `.TXT` form can be read.',
  },
  'kb/unclosed-front-matter': {
    severity: 'error',
    message: 'unexpected end of file, expected `---` closing the front matter opened on line {0}',
    hint: 'The file is probably truncated.',
  },
  'kb/no-id': {
    severity: 'error',
    message: 'unexpected article without id, expected `Article: Q…`, `## Q…:` or `DOCUMENT:Q…`',
    hint: 'An article cannot be imported without its `Q` number.',
  },
  'kb/unsupported-encoding': {
    severity: 'error',
    message: 'unexpected {0} text, expected UTF-8 or Windows-1252',
    hint: 'Re-save the file as UTF-8.',
  },
  'kb/invalid-utf8': {
    severity: 'warning',
    message: 'unexpected byte `0x{0}`, expected UTF-8 text; read alone as Windows-1252 `{1}`{2}',
    hint: 'The rest of the file is read as UTF-8. Re-save the file as UTF-8.',
  },
  'kb/id-mismatch': {
    severity: 'warning',
    message: 'unexpected id `{0}`, expected `{1}` as in `{2}`',
    hint: 'The first id found (the `Article:`/`DOCUMENT:` line) is used.',
  },
  'kb/missing-title': {
    severity: 'warning',
    message: 'unexpected article without title, expected `## {0}: title` or `TITLE   :`',
    hint: 'The article id is used as its title.',
  },
  'kb/title-mismatch': {
    severity: 'warning',
    message: 'unexpected front-matter title `{0}`, expected `{1}` as in the `## ` line',
    hint: 'The `## ` line\'s title is used.',
  },
  'kb/invalid-date': {
    severity: 'warning',
    message: 'unexpected date `{0}`, expected `DD-MON-YYYY`',
    hint: 'The article gets no last-modified date.',
  },
  'kb/unindented-line': {
    severity: 'warning',
    message: 'unexpected line without leading tab, expected every body line indented by one tab',
    hint: 'The line is read as it is; later such lines are not reported again.',
  },
  'kb/missing-endraw': {
    severity: 'warning',
    message: 'unexpected end of file, expected `{% endraw %}` closing the `{% raw %}` on line {0}',
    hint: 'The file may be truncated.',
  },
  'kb/unclosed-applies-to': {
    severity: 'warning',
    message: 'unexpected `{0}`, expected a dashed rule closing the "applies to" block',
    hint: 'The block is read up to its first blank line.',
  },
  'kb/missing-header-rule': {
    severity: 'warning',
    message: 'unexpected `{0}`, expected the `=====` rule ending the `.TXT` header',
    hint: 'The body is read from the first line after the header fields.',
  },
  'kb/control-character': {
    severity: 'warning',
    message: 'unexpected control character `{0}` in the body, expected text',
    hint: 'The page shows it as its control picture (`␛` for ESC); later ones are not reported again.',
  },
} as const satisfies Record<string, RuleInfo>;

/** A rule id of the catalogue. */
export type RuleId = keyof typeof rules;

/** Fill a message template with its arguments. */
export function formatMessage(id: RuleId, args: readonly (string | number)[] = []): string {
  return rules[id].message.replace(/\{(\d)\}/g, (_, n: string) => String(args[Number(n)] ?? ''));
}

/** Build a diagnostic of the catalogue at a source line. */
export function diagnostic(id: RuleId, line: number, args: readonly (string | number)[] = []): Diagnostic {
  return { rule: id, severity: rules[id].severity, message: formatMessage(id, args), line };
}
