/**
 * `kbatlas build`: an archive (or folder) in, a searchable site in dist/ out, doing again only what
 * changed since the last build into the same folders:
 *   import  sources → `<work>/content/*.mdx`    (unchanged sources skipped: import manifest)
 *   plan    digests of every page → render plan (pages whose inputs changed: archive-build/plan-stage.ts)
 *   render  astro build in archive mode         (the plan's pages: archive-build/render-stage.ts)
 *   merge   rendered files → dist/              (staged on dist/'s file system, then put in place
 *                                                under an undo journal: output/stage.ts, swap.ts)
 *   index   Pagefind, one bundle per shard      (only shards whose pages changed: index-site.ts);
 *                                                the swap commits once every shard is written
 *                                                (index-stage.ts reports its failures)
 * Code or config changes (SITE_CODE) render every page again (a fresh build).
 *
 * Nothing lost: the build writes only into a dist/ that is new, empty or its own (output/marker.ts)
 * and replaces or removes only the files its marker lists; one build at a time per folder
 * (folder-lock.ts); until the swap commits, after the index stage, a failed or interrupted build
 * leaves the previous site.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { siteAddress } from '../lib/build-config.ts';
import { filesDigest, sha1 } from '../lib/digest.ts';
import { planRender } from '../lib/archive-build/plan-stage.ts';
import { IndexError, prepareIndex, type PreparedIndex } from '../lib/search/indexer/index-site.ts';
import { bundleFolder } from '../lib/search/shards.ts';
import { CliError } from './cli-error.ts';
import { lockFolder, type FolderLock } from './folder-lock.ts';
import { indexStageError, reportLeftOut } from './index-stage.ts';
import { runImport } from './import-command.ts';
import { claimOutput, readMarker } from '../lib/archive-build/output/marker.ts';
import { stageParts } from '../lib/archive-build/output/stage.ts';
import { commitSwap, planSwap, putInPlace, recoverOutput, undoSwap } from '../lib/archive-build/output/swap.ts';
import { claimWorkFolder, markWorkFolder } from '../lib/archive-build/output/work-folder.ts';
import { renderSite } from '../lib/archive-build/render-stage.ts';
import { printable } from './printable.ts';

/** Options of an archive build. */
export interface BuildOptions {
  /** Site output folder; default `dist`. */
  out: string;
  /** Folder keeping the imported pages and build state between builds; default `.kbatlas/archive`. */
  work: string;
  /** Parallel Astro processes for a large render, and Pagefind services for the index; default 2. */
  jobs?: number;
  /** Start from scratch: re-import, render and index everything. */
  force?: boolean;
  /** Most articles per search shard; default 7,500 (src/lib/search/shards.ts). */
  shardSize?: number;
  /** Progress on a terminal; default true. */
  progress?: boolean;
  /** Largest article read, in bytes (import.ts); default 4 MiB. */
  maxArticleSize?: number;
  /** Print every import warning and each diagnostic's hint; default false. */
  verbose?: boolean;
  /** Where messages go; default stderr. */
  log?: (line: string) => void;
  /** Folder receiving V8 CPU profiles of the render processes; default none. */
  cpuProf?: string;
}

/** Seconds and counts of one stage. */
export interface StageFigures {
  seconds: number;
  [count: string]: number;
}

/** What a build did, stage by stage. */
export interface BuildSummary {
  fresh: boolean;
  articles: number;
  failed: number;
  stages: { import: StageFigures; render: StageFigures; merge: StageFigures; index: StageFigures };
  seconds: number;
}

/**
 * Everything besides the articles that shapes the site's HTML: the site's source, public files,
 * Astro config and locked dependencies. When it changes, every page may change, so the build
 * renders from scratch instead of trusting per-page digests.
 */
const SITE_CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** Node's flags writing a CPU profile per process or thread into `dir` (sampled every 0.5 ms). */
function cpuProfArgs(dir: string): string[] {
  return ['--cpu-prof', `--cpu-prof-dir=${resolve(dir)}`, '--cpu-prof-interval=500'];
}

/** The project root: where astro.config.mjs is. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface BuildState {
  code: string;
  /** False from the start of a build until it has indexed: an interrupted build's import is not "unchanged". */
  complete: boolean;
}

function readState(path: string): BuildState | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BuildState;
  } catch {
    return undefined;
  }
}

/** Removes pages of articles that are no longer in the sources (only after an import with no failure). */
function pruneContent(dir: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.mdx') && !keep.has(name.slice(0, -4))) {
      rmSync(join(dir, name));
      removed += 1;
    }
  }
  return removed;
}

/**
 * Builds the site of `inputs` into `options.out`. Refuses (CliError, exit 2) before anything starts
 * an output or work folder it did not make, or one another build holds; throws when a stage fails,
 * leaving the previous site in place.
 */
export async function runBuild(inputs: string[], options: BuildOptions): Promise<BuildSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const out = resolve(options.out);
  const work = resolve(options.work);
  // Both refusals come before anything is written, so a mistyped folder is left exactly as it was.
  claimWorkFolder(work);
  claimOutput(out);
  const locks: FolderLock[] = [];
  try {
    locks.push(lockFolder(work, 'build', log));
    locks.push(lockFolder(out, 'build', log));
    return await buildLocked(inputs, options, out, work, log);
  } finally {
    for (const lock of locks.reverse()) lock.release();
  }
}

/** The build proper, holding the locks of `out` and `work`. */
async function buildLocked(inputs: string[], options: BuildOptions, out: string, work: string, log: (line: string) => void): Promise<BuildSummary> {
  const started = performance.now();
  const contentDir = join(work, 'content');
  const stateDir = join(work, 'render');
  const statePath = join(work, 'state.json');
  const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
  markWorkFolder(work);
  const recovered = recoverOutput(out);
  if (recovered) log(`build: ${printable(out)}: ${recovered}`);
  // Read again under the lock: what the output folder holds now that no other build runs.
  const site = readMarker(out);
  const previous = readState(statePath);
  if (previous) writeFileSync(statePath, `${JSON.stringify({ ...previous, complete: false } satisfies BuildState)}\n`);

  // 1. Import.
  let t = performance.now();
  log(`import: ${inputs.map(printable).join(', ')} → ${printable(contentDir)}`);
  const imported = await runImport(inputs, { out: contentDir, progress: options.progress, force: options.force, maxArticleSize: options.maxArticleSize, verbose: options.verbose, log });
  const pruned = imported.failed === 0 ? pruneContent(contentDir, imported.ids) : 0;
  if (imported.failed > 0) log(`import: ${imported.failed} sources failed (listed above); pages of articles missing from the sources are kept`);
  const importFigures = { seconds: seconds(t), written: imported.written, unchanged: imported.unchanged, failed: imported.failed, pruned };
  log(`import: ${imported.imported} articles (${imported.written} written, ${imported.unchanged} unchanged, ${pruned} removed), ${imported.failed} failed; ${importFigures.seconds} s`);
  if (imported.imported === 0) throw new CliError(`no article imported from ${inputs.join(', ')}; nothing to build (${out} is unchanged)`);

  // 2. Decide what earlier work still holds.
  const code = filesDigest(PROJECT_ROOT, SITE_CODE) + `|${siteAddress()}|${options.shardSize ?? ''}`;
  const fresh = Boolean(options.force) || !previous || previous.code !== code || !site || !existsSync(join(stateDir, 'done'));
  if (fresh) {
    log(previous ? 'render: site code, config or output changed; rendering every page' : 'render: first build; rendering every page');
    // The previous site stays in place until the new one is swapped in; only the record of what it holds goes.
    rmSync(join(stateDir, 'done'), { recursive: true, force: true });
    // Removed first so an interrupted fresh build is fresh again next time.
    rmSync(statePath, { force: true });
  }
  const summarize = (stages: BuildSummary['stages'], outcome: string): BuildSummary => {
    const summary: BuildSummary = { fresh, articles: imported.imported, failed: imported.failed, stages, seconds: seconds(started) };
    log(`build: ${summary.articles} articles → ${printable(out)} ${outcome} in ${summary.seconds} s${imported.failed ? ` (${imported.failed} sources failed)` : ''}`);
    return summary;
  };

  // Same code, same pages (the import compared every source's digest) and the last build finished
  // (indexed too): dist/ is current. After an interrupted build the import finds its
  // own pages unchanged, hence `complete`.
  if (!fresh && previous?.complete === true && imported.written === 0 && pruned === 0) {
    log('render, merge, index: nothing changed since the last build');
    const none = { seconds: 0, files: 0, processes: 0, written: 0, same: 0, removed: 0, pages: 0, articles: 0, rebuilt: 0 };
    return summarize({ import: importFigures, render: none, merge: none, index: none }, 'unchanged');
  }

  // 3. Render the pages whose inputs changed.
  t = performance.now();
  const jobs = options.jobs ?? 2;
  // A second process pays its own bundling and front matter reading (~10 s): only worth it for big renders.
  const parts = (fresh || imported.written > 5_000) && imported.imported > 5_000 ? jobs : 1;
  // Inside the project (see render-stage.ts), one folder per work folder so parallel builds never meet.
  const stageDir = join(PROJECT_ROOT, '.kbatlas', 'stage', sha1(work).slice(0, 12));
  let lastReport = 0;
  // The plan: every page's digest recorded, those that changed shared among the parts.
  const planned = planRender({ contentDir, stateDir, parts });
  const rendered = await renderSite({
    root: PROJECT_ROOT,
    planFile: planned.planFile,
    workDir: stageDir,
    parts,
    execArgv: options.cpuProf ? cpuProfArgs(options.cpuProf) : [],
    onPages: (pages) => {
      const now = performance.now();
      if (now - lastReport < (process.stderr.isTTY && options.progress !== false ? 1_000 : 15_000)) return;
      lastReport = now;
      log(`render: ${pages} files written (${parts} processes, ${seconds(t)} s)`);
    },
  });
  const renderFigures = { seconds: seconds(t), files: rendered.reduce((n, part) => n + part.pages, 0), processes: parts };
  log(`render: ${renderFigures.files} files rendered by ${parts} processes; ${renderFigures.seconds} s`);

  // 4. Merge: stage the rendered files on dist/'s file system (a copy across devices), then put them
  // in place under an undo journal, committed only once the index stage has written its shards.
  t = performance.now();
  // The search index is no page: the index stage writes it into dist/ itself, a part's own never counts.
  const staged = stageParts(rendered.map((part) => part.dir), out, { compare: !fresh, skip: new Set([bundleFolder]) });
  const plan = planSwap(out, staged, site, { fresh, obsolete: planned.obsolete, folders: [bundleFolder] });
  putInPlace(out, staged, plan);
  const mergeFigures = { seconds: seconds(t), written: staged.files.length, same: staged.same, removed: plan.journal.removed.length };
  log(`merge: ${mergeFigures.written} files written, ${mergeFigures.same} unchanged, ${mergeFigures.removed} removed; ${mergeFigures.seconds} s`);

  // 5. Index the new pages (only those whose HTML changed since the last run); every shard is written
  // before anything is installed. A failed index stage puts the previous site back, pages and index;
  // an interrupted one is rolled back by the next build's start (recoverOutput).
  t = performance.now();
  let prepared: PreparedIndex;
  try {
    prepared = await prepareIndex(out, { force: fresh, perShard: options.shardSize, jobs: options.jobs, log });
  } catch (error) {
    const undone = undoSwap(out, plan, error instanceof IndexError ? (indexStageError(error) as Error).message : 'the index stage failed');
    // An unforeseen failure is still reported as the internal error it is, once the previous site is back.
    throw error instanceof IndexError ? undone : error;
  }
  const indexing = seconds(t);
  // Commit: from here dist/ is the new site, and the render's record of it is the current one.
  t = performance.now();
  commitSwap(out, staged, plan);
  // Astro's logs and caches of this render are kept only when it fails (for the error's log path),
  // or beside the CPU profiles they go with (per-file times: scripts/profile-render.ts).
  if (options.cpuProf) for (const part of rendered.keys()) cpSync(join(stageDir, `render-${part}.log`), join(options.cpuProf, `render-${part}.log`));
  rmSync(stageDir, { recursive: true, force: true });
  rmSync(join(stateDir, 'done'), { recursive: true, force: true });
  renameSync(join(stateDir, 'next'), join(stateDir, 'done'));
  mergeFigures.seconds += seconds(t);
  t = performance.now();
  try {
    prepared.install();
  } catch (error) {
    // The pages are in place; `complete` stays false, so the next build indexes again.
    throw indexStageError(error, '; the new pages are in place with the previous search index: build again');
  }
  const report = prepared.report;
  const indexFigures = { seconds: Math.round((indexing + seconds(t)) * 10) / 10, pages: report.indexed, articles: report.articles, shards: report.shards, rebuilt: report.rebuilt.length };
  log(`index: ${report.articles} articles in ${report.shards} Pagefind shards, ${report.rebuilt.length} rebuilt (${report.indexed} pages read); ${indexFigures.seconds} s`);
  const leftOut = reportLeftOut(report, log, options.verbose);
  if (leftOut) throw leftOut;

  writeFileSync(statePath, `${JSON.stringify({ code, complete: true } satisfies BuildState)}\n`);
  return summarize({ import: importFigures, render: renderFigures, merge: mergeFigures, index: indexFigures }, 'built');
}
