/** `kbatlas import`: sources in, one `<QID>.mdx` per article out, a summary at the end. */
import { performance } from 'node:perf_hooks';
import type { StagedConversion } from './convert-worker.ts';
import { ConvertPool } from './worker-pool.ts';
import { expandInputs, readInputs } from './sources/files.ts';
import { DEFAULT_MAX_ARTICLE_SIZE } from './sources/source-item.ts';
import { commitPage, discardPage, prepareOutDir, removeStagedPages } from './page-writer.ts';
import { createProgress } from './progress.ts';
import { diagnosticLine } from '../diagnostics/diagnostic-line.ts';
import { fileDiagnostic } from '../diagnostics/diagnostic.ts';
import { ImportSummary } from './summary.ts';
import { sha1 } from '../digest.ts';
import { ImportManifest, type ManifestEntry } from './import-manifest.ts';
import { lockFolder } from '../folder-lock.ts';
import { keptStamp } from '../file-stamp.ts';

/** Options of an import run. */
export interface ImportOptions {
  /** Folder the pages are written to. */
  out: string;
  /** Worker threads converting articles; default: available cores. */
  threads?: number;
  /** Show a progress bar when stderr is a terminal; default true. */
  progress?: boolean;
  /** Print every warning, not only the per-rule counts, and each diagnostic's hint; default false. */
  verbose?: boolean;
  /** Convert every source even when the manifest says it is unchanged; default false. */
  force?: boolean;
  /** Largest article read, in bytes; larger ones fail as `kbatlas/too-large`. Default 4 MiB. */
  maxArticleSize?: number;
  /** Where messages go; default stderr. */
  log?: (line: string) => void;
}

/**
 * Imports every article of `inputs` into `options.out` and returns the tallies. Never throws for bad
 * articles; throws a CliError when `options.out` cannot be used (before reading anything) or a write
 * fails the run (after printing the summary of what was done).
 */
export async function runImport(inputs: string[], options: ImportOptions): Promise<ImportSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const lock = lockFolder(options.out, 'import', log);
  try {
    return await importLocked(inputs, options, log);
  } finally {
    lock.release();
  }
}

/** The import proper, holding the lock of `options.out`. */
async function importLocked(inputs: string[], options: ImportOptions, log: (line: string) => void): Promise<ImportSummary> {
  const started = performance.now();
  const summary = new ImportSummary();
  const firstSourceOf = new Map<string, string>();
  prepareOutDir(options.out);
  const manifest = ImportManifest.load(options.out);
  const expanded = await expandInputs(inputs);
  const totalBytes = expanded.reduce((sum, item) => sum + ('size' in item ? item.size : 0), 0);
  const progress = createProgress(totalBytes, options.progress ?? true);

  const verbose = options.verbose ?? false;
  // The stamp (file-stamp.ts) of each source file, kept for the manifest: taken before the file was read, or recorded last time for an unread one.
  const stamps = new Map<string, string>();
  const record = (conversion: StagedConversion): void => {
    progress.article();
    if (!conversion.ok) {
      summary.failed += 1;
      log(diagnosticLine(conversion.diagnostic, verbose));
      return;
    }
    const earlier = firstSourceOf.get(conversion.id);
    if (earlier !== undefined) {
      if (conversion.staged) discardPage(conversion.staged);
      summary.duplicates += 1;
      const message = `article ${conversion.id} was already imported from ${earlier}; skipped`;
      log(diagnosticLine(fileDiagnostic('kbatlas/duplicate-id', conversion.name, message, { line: 1 }), verbose));
      return;
    }
    firstSourceOf.set(conversion.id, conversion.name);
    try {
      if (conversion.stageError) throw new Error(conversion.stageError);
      if (conversion.staged) commitPage(options.out, conversion.id, conversion.staged);
      summary[conversion.staged ? 'written' : 'unchanged'] += 1;
      summary.ids.add(conversion.id);
      manifest.record(conversion.name, conversion.digest, conversion.id, conversion.diagnostics, stamps.get(conversion.name) ?? null);
    } catch (error) {
      summary.failed += 1;
      const message = `cannot write ${conversion.id}.mdx: ${(error as Error).message}`;
      log(diagnosticLine(fileDiagnostic('kbatlas/write-failed', conversion.name, message, { line: 1 }), verbose));
      return;
    }
    const warnings = conversion.diagnostics.filter((d) => d.severity === 'warning');
    summary.addWarnings(warnings.map((d) => d.rule));
    if (verbose) {
      for (const d of warnings) log(diagnosticLine({ ...d, file: conversion.name }, verbose));
    }
  };

  const pool = new ConvertPool({ outDir: options.out, threads: options.threads });
  let failure: unknown;
  const maxInflight = pool.threads * 3;
  const drainOne = async () => {
    for (const conversion of (await pool.nextResults()) ?? []) record(conversion);
  };
  // A source file whose stamp is the one recorded, and whose page nobody touched, is not read again.
  const unread = new Map<string, ManifestEntry>();
  const knownStamp = (name: string, stamp: string) => {
    const known = options.force ? undefined : manifest.unchangedStamp(name, stamp);
    if (known) unread.set(name, known);
    return known !== undefined;
  };
  try {
    for await (const item of readInputs(expanded, options.maxArticleSize ?? DEFAULT_MAX_ARTICLE_SIZE, (bytes) => progress.advance(bytes), knownStamp)) {
      summary.seen += 1;
      if (item.kind === 'unread') {
        const known = unread.get(item.name)!;
        unread.delete(item.name);
        summary.sourceBytes += item.size;
        summary.unread += 1;
        stamps.set(item.name, known.stamp!);
        pool.submitKnown({ ok: true, name: item.name, id: known.id, mdx: '', diagnostics: known.warnings, digest: known.digest, staged: null });
        while (pool.inflight > maxInflight) await drainOne();
        continue;
      }
      if (item.kind === 'unreadable') {
        summary.failed += 1;
        progress.article();
        log(diagnosticLine(item.diagnostic, verbose));
        continue;
      }
      if (item.kind === 'skipped') {
        summary.skipped += 1;
        log(diagnosticLine(fileDiagnostic('kbatlas/not-regular-file', item.name, item.message), verbose));
        continue;
      }
      summary.sourceBytes += item.bytes.length;
      const kept = keptStamp(item.stamp);
      if (kept !== null) stamps.set(item.name, kept);
      const digest = sha1(item.bytes);
      const known = options.force ? undefined : manifest.unchanged(item.name, digest);
      if (known) {
        pool.submitKnown({ ok: true, name: item.name, id: known.id, mdx: '', diagnostics: known.warnings, digest, staged: null });
      } else {
        pool.submit(item.name, digest, item.bytes);
      }
      while (pool.inflight > maxInflight) await drainOne();
    }
    pool.flush();
    while (pool.inflight > 0) await drainOne();
    manifest.save();
  } catch (error) {
    failure = error;
  } finally {
    progress.stop();
    await pool.close();
    // Pages staged by batches that never got committed (an error cut the run short).
    removeStagedPages(options.out);
  }
  // What was done is reported even when a write failed the run.
  log(summary.format((performance.now() - started) / 1000));
  if (failure !== undefined) throw failure;
  return summary;
}
