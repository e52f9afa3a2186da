/**
 * The one catalogue of diagnostic rules: what the parser finds wrong in an article (`kb/*`) and
 * what the CLI finds wrong with a file, a page or a site (`kbatlas/*`). Each rule has a stable id,
 * a severity and a hint (shown with `--verbose`); parser rules also a message template
 * ("unexpected X, expected Y", code in backticks). A rule id anywhere else is typed `RuleId`, so a
 * string that is not in this catalogue fails the typecheck.
 */

/** How bad a diagnostic is: `error` is fatal (the article, file or run failed), a warning is not. */
export type Severity = 'warning' | 'error';

/** One entry of the catalogue. */
export interface RuleInfo {
  severity: Severity;
  /** What the author, importer or user can do about it (printed with `--verbose`). */
  hint: string;
}

/** A parser rule: its message is a template; `{0}`, `{1}` … are replaced by the arguments. */
export interface ParseRuleInfo extends RuleInfo {
  message: string;
}

/** What can go wrong while parsing an article. Fatal rules (`error`) are thrown as `KbSourceError`. */
export const parseRules = {
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
} as const satisfies Record<`kb/${string}`, ParseRuleInfo>;

/**
 * What can go wrong around the parser: reading sources, writing pages, indexing, wiki links,
 * redirects. Their messages are written where they happen (they carry paths and causes).
 */
export const cliRules = {
  'kbatlas/unreadable': {
    severity: 'error',
    hint: 'Check that the path exists and that you may read it; the other sources are imported.',
  },
  'kbatlas/too-large': {
    severity: 'error',
    hint: 'Real articles are at most 178 KB; raise the limit with --max-article-size if this one is genuine.',
  },
  'kbatlas/not-regular-file': {
    severity: 'warning',
    hint: 'Links, FIFOs and devices are never followed or read; give the file they point to instead.',
  },
  'kbatlas/duplicate-id': {
    severity: 'warning',
    hint: 'Two sources hold the same article; the first one read is kept. Remove the other to silence this.',
  },
  'kbatlas/write-failed': {
    severity: 'error',
    hint: 'Check free space and permissions of the output folder; the previous file, if any, is kept.',
  },
  'kbatlas/mdx-compile': {
    severity: 'error',
    hint: 'This is a bug of the emitter: please report it with the source file.',
  },
  'kbatlas/internal-error': {
    severity: 'error',
    hint: 'This is a bug: please report it with the source file (KBATLAS_DEBUG=1 prints the stack).',
  },
  'kbatlas/index-unreadable': {
    severity: 'error',
    hint: 'The page is left out of search only; build again to retry it (its shard is indexed again).',
  },
  'kbatlas/links-not-text': {
    severity: 'warning',
    hint: 'Only UTF-8 text files are searched and rewritten; convert the file to UTF-8 to include it.',
  },
  'kbatlas/links-unchecked': {
    severity: 'error',
    hint: 'The site could not answer for this article; check that --site is reachable and run again.',
  },
  'kbatlas/redirects': {
    severity: 'error',
    hint: 'See docs/linking.md for the hosts\' limits and for the 404 page that resolves old URLs by script.',
  },
} as const satisfies Record<`kbatlas/${string}`, RuleInfo>;

/** Every rule, by id. */
export const rules: Record<RuleId, RuleInfo> = { ...parseRules, ...cliRules };

/** A parser rule id. */
export type ParseRuleId = keyof typeof parseRules;

/** A rule id of the catalogue. */
export type RuleId = ParseRuleId | keyof typeof cliRules;

/** Fill a parser rule's message template with its arguments. */
export function formatMessage(id: ParseRuleId, args: readonly (string | number)[] = []): string {
  return parseRules[id].message.replace(/\{(\d)\}/g, (_, n: string) => String(args[Number(n)] ?? ''));
}
