/**
 * `kbatlas links`: finds the KB references of wiki exports (old Microsoft URLs, bare ids), checks them
 * against a built or deployed archive, and rewrites the old URLs to the archive's permalinks: a diff by
 * default, written only with `--write`, file by file and atomically. A file that is not UTF-8 text is
 * never touched, and the report says so.
 */
import { readFileSync, statSync } from 'node:fs';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { findKbReferences, type KbReference } from '../lib/wiki-links/find.ts';
import { formatOf, type WikiFormat } from '../lib/wiki-links/formats.ts';
import { LineIndex } from '../lib/wiki-links/positions.ts';
import { applyEdits, permalink, planEdits } from '../lib/wiki-links/rewrite.ts';
import { fileDiagnostic, type FileDiagnostic } from '../lib/diagnostics/diagnostic.ts';
import { diagnosticLine } from '../lib/diagnostics/diagnostic-line.ts';
import { openArchive, type ArchiveAnswer } from './links/archive.ts';
import { expandLinksInputs } from './links/inputs.ts';
import { textOf } from './links/read-text.ts';
import { replaceFile } from './links/replace-file.ts';
import { linksReportText, type LinksReport, type ReferenceReport } from './links/report.ts';

/** Options of a `kbatlas links` run. */
export interface LinksOptions {
  /** A built site folder or a deployed site's URL to check the articles against. Default: none (ids only). */
  site?: string;
  /** Plan rewrites of old URLs to the archive's permalinks. Default: false. */
  rewrite?: boolean;
  /** The archive's public root for rewritten links. Default: `site` when it is a URL. */
  base?: string;
  /** Also turn bare ids into links when rewriting. Default: false. */
  ids?: boolean;
  /** Write the rewrites instead of showing their diff. Default: false (a dry run). */
  write?: boolean;
  /** Print the report as JSON. Default: false (text). */
  json?: boolean;
  /** Print each problem's hint under it. Default: false. */
  verbose?: boolean;
  /** Where the report goes; default stdout. */
  out?: (text: string) => void;
  /** Where problems go, one line each; default stderr. */
  log?: (line: string) => void;
}

/** A usage mistake (exit code 2), told before any file is read. */
export class LinksUsageError extends Error {}

/** A file whose references were found: its path, format, stat at reading and references. */
interface ReadFile {
  file: string;
  format: WikiFormat;
  stat: { size: number; mtimeMs: number };
  references: KbReference[];
  lines: LineIndex;
}

/** The archive's root for rewritten links: `--base`, else the `--site` URL; throws a usage error when neither. */
function rewriteBase(options: LinksOptions, siteUrl: URL | undefined): URL {
  const given = options.base ?? siteUrl?.href;
  if (!given) throw new LinksUsageError('--rewrite needs --base <url> (the archive\'s public root, e.g. https://kb.example.org/), or --site <url>');
  try {
    const url = new URL(given.endsWith('/') ? given : `${given}/`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return url;
  } catch {
    throw new LinksUsageError(`--base must be an http(s) URL, got '${given}'`);
  }
}

/** Runs `kbatlas links` over `inputs`; returns the report (its exit code in `report.exitCode`). */
export async function runLinks(inputs: readonly string[], options: LinksOptions = {}): Promise<LinksReport> {
  const out = options.out ?? ((text: string) => process.stdout.write(text));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let archive;
  try {
    archive = options.site === undefined ? undefined : openArchive(options.site);
  } catch (error) {
    throw new LinksUsageError((error as Error).message);
  }
  const base = options.rewrite ? rewriteBase(options, archive?.url) : undefined;
  const problems: FileDiagnostic[] = [];
  const report: LinksReport = { site: options.site ?? null, files: [], leftAlone: [], problems, rewrite: null, exitCode: 0 };

  // Pass 1: find the references of every file (texts are not kept: a wiki export may be large).
  const read: ReadFile[] = [];
  for (const input of expandLinksInputs(inputs)) {
    if ('error' in input) {
      problems.push(fileDiagnostic('kbatlas/unreadable', input.path, `cannot read: ${input.error}`));
      continue;
    }
    const file = input.path;
    let bytes: Buffer;
    let stat;
    try {
      stat = statSync(file);
      bytes = readFileSync(file);
    } catch (error) {
      problems.push(fileDiagnostic('kbatlas/unreadable', file, `cannot read: ${(error as Error).message}`));
      continue;
    }
    const decoded = textOf(bytes);
    if ('reason' in decoded) {
      report.leftAlone.push({ file, reason: decoded.reason });
      problems.push(fileDiagnostic('kbatlas/links-not-text', file, `left alone: ${decoded.reason}`));
      continue;
    }
    const format = formatOf(file, decoded.text);
    read.push({ file, format, stat: { size: stat.size, mtimeMs: stat.mtimeMs }, references: findKbReferences(decoded.text, format), lines: new LineIndex(decoded.text) });
  }

  // The archive's answer for every id found, asked once each.
  const ids = [...new Set(read.flatMap((f) => f.references.map((r) => r.id)))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const answers: Map<string, ArchiveAnswer> = archive ? await archive.look(ids) : new Map();
  for (const [id, answer] of answers) {
    if (answer.status === 'unknown') problems.push(fileDiagnostic('kbatlas/links-unchecked', options.site!, `could not check ${id}: ${answer.message}`));
  }
  const linkable = archive ? (id: string) => answers.get(id)?.status === 'archived' : undefined;

  for (const f of read) {
    const references: ReferenceReport[] = f.references.map((r) => {
      const answer = answers.get(r.id);
      return {
        ...f.lines.at(r.start),
        kind: r.kind,
        text: r.text,
        id: r.id,
        status: answer?.status ?? 'unchecked',
        title: answer?.status === 'archived' ? answer.title : null,
        ...(base ? { url: permalink(base, r.id, r.fragment) } : {}),
      };
    });
    report.files.push({ file: f.file, format: f.format, references });
  }

  // Pass 2: rewrite file by file, reading each again and refusing one that changed meanwhile.
  if (base) {
    report.rewrite = { dryRun: !options.write, links: 0, files: 0, diffs: [] };
    for (const f of read) {
      if (f.references.length === 0) continue;
      try {
        const bytes = readFileSync(f.file);
        const decoded = textOf(bytes);
        if ('reason' in decoded || bytes.length !== f.stat.size) throw new Error('the file changed while it was being read; run again');
        const edits = planEdits(decoded.text, f.format, findKbReferences(decoded.text, f.format), { base, ids: options.ids, linkable });
        if (edits.length === 0) continue;
        const text = applyEdits(decoded.text, edits);
        if (options.write) replaceFile(f.file, Buffer.from(text, 'utf8'), f.stat);
        else report.rewrite.diffs.push({ file: f.file, diff: createTwoFilesPatch(f.file, f.file, decoded.text, text, '', '', { context: 1, headerOptions: FILE_HEADERS_ONLY }) });
        report.rewrite.links += edits.length;
        report.rewrite.files += 1;
      } catch (error) {
        problems.push(fileDiagnostic('kbatlas/write-failed', f.file, `not rewritten: ${(error as Error).message}`));
      }
    }
  }

  report.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
  for (const problem of problems) log(diagnosticLine(problem, options.verbose));
  out(options.json ? `${JSON.stringify(report, null, 2)}\n` : linksReportText(report));
  return report;
}
