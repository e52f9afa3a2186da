/** The report of `kbatlas links`: its JSON shape (printed as is by `--json`) and its text form. */
import type { FileDiagnostic } from '../../lib/diagnostics/diagnostic.ts';

/** One KB reference of a file, as reported. */
export interface ReferenceReport {
  line: number;
  column: number;
  /** An old Microsoft URL, or a bare id in prose. */
  kind: 'url' | 'id';
  /** As written. */
  text: string;
  /** Canonical id, `Q311457`. */
  id: string;
  /** What the archive says: `archived`, `absent`, `unknown` (the question failed) or `unchecked` (no `--site`). */
  status: 'archived' | 'absent' | 'unknown' | 'unchecked';
  /** The archived article's title, else null. */
  title: string | null;
  /** The permalink it is (or would be) rewritten to, when rewriting. */
  url?: string;
}

/** Everything a run found and did. */
export interface LinksReport {
  /** The `--site` asked, or null. */
  site: string | null;
  /** Every file read, with its references in order. */
  files: { file: string; format: string; references: ReferenceReport[] }[];
  /** Files never touched because they are not UTF-8 text, and why. */
  leftAlone: { file: string; reason: string }[];
  /** Every problem, as printed on stderr. */
  problems: FileDiagnostic[];
  /** What `--rewrite` did or (in a dry run) would do, with the diffs of a dry run; null without `--rewrite`. */
  rewrite: { dryRun: boolean; links: number; files: number; diffs: { file: string; diff: string }[] } | null;
  /** 0, or 1 when a file could not be read or written or an article could not be checked. */
  exitCode: number;
}

/** `n thing` or `n things`. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** What a reference's article is, for a report line. */
function describe(ref: ReferenceReport): string {
  switch (ref.status) {
    case 'archived':
      return `${ref.id}: ${ref.title}`;
    case 'absent':
      return `${ref.id}: not in the archive`;
    case 'unknown':
      return `${ref.id}: could not be checked`;
    case 'unchecked':
      return ref.id;
  }
}

/** The summary lines: files, references by kind, articles by status, and the rewrite. */
function summary(report: LinksReport): string[] {
  const refs = report.files.flatMap((f) => f.references);
  const urls = refs.filter((r) => r.kind === 'url').length;
  const byId = new Map(refs.map((r) => [r.id, r.status]));
  const statuses = [...byId.values()];
  const left = report.leftAlone.length > 0 ? `, ${report.leftAlone.length} left alone (not UTF-8 text)` : '';
  const lines = [`${count(report.files.length, 'file')} read${left}; ${count(refs.length, 'KB reference')} (${count(urls, 'old URL')}, ${count(refs.length - urls, 'bare id')}) to ${count(byId.size, 'article')}.`];
  if (report.site !== null) {
    const n = (status: ReferenceReport['status']) => statuses.filter((s) => s === status).length;
    const unknown = n('unknown') > 0 ? `, ${n('unknown')} could not be checked` : '';
    lines.push(`In the archive: ${n('archived')}; not in the archive: ${n('absent')}${unknown}.`);
  }
  const rewrite = report.rewrite;
  if (rewrite) {
    const what = `${count(rewrite.links, 'link')} in ${count(rewrite.files, 'file')}`;
    lines.push(rewrite.dryRun ? `Dry run: would rewrite ${what}; nothing was written (add --write to write them).` : `Rewrote ${what}.`);
  }
  return lines;
}

/** The text report: one line per reference (`file:line:column: url|id <as written> → Q311457: title`), dry-run diffs, the summary. */
export function linksReportText(report: LinksReport): string {
  const lines: string[] = [];
  for (const { file, references } of report.files) {
    for (const ref of references) lines.push(`${file}:${ref.line}:${ref.column}: ${ref.kind} ${ref.text} → ${describe(ref)}`);
  }
  for (const { diff } of report.rewrite?.diffs ?? []) lines.push('', diff.trimEnd());
  lines.push('', ...summary(report));
  return `${lines.join('\n')}\n`;
}
