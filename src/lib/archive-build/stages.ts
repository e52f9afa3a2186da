/**
 * The archive build's stages, in order, as data: each a name and a small `run` that does one thing
 * and returns its figures and one line saying what it did. The build (build.ts) times and logs them
 * all the same way. Stages hand their results to the later ones through the `BuildRun` they share.
 *
 *   import  sources → `<work>/content/*.mdx`         (unchanged sources skipped: import manifest)
 *   plan    what earlier work still holds; every page's digest → the render plan (plan-stage.ts);
 *           stops the build when nothing changed
 *   render  astro build in archive mode              (the plan's pages, in 1 or 2 processes: render-stage.ts),
 *           and beside it the articles' JSON documents, written by the build itself (article-documents.ts)
 *   merge   rendered files → dist/                   (staged on dist/'s file system, then put in place
 *                                                     under an undo journal: output/stage.ts, swap.ts)
 *   index   Pagefind, one bundle per shard           (only shards whose pages changed); every shard is
 *                                                     written before the commit, a failure puts the previous site back
 *   commit  dist/ is the new site: the swap commits, the digests become the recorded ones, the
 *           shards are installed, the state says complete
 */
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSiteLocation } from '../build-config.ts';
import { CliError, fsCause } from '../diagnostics/cli-error.ts';
import { runImport } from '../import/import-command.ts';
import type { ImportSummary } from '../import/summary.ts';
import { indexStageError, reportLeftOut } from '../search/indexer/index-stage.ts';
import { printable } from '../diagnostics/printable.ts';
import { IndexError, prepareIndex, type PreparedIndex } from '../search/indexer/index-site.ts';
import { bundleFolder } from '../search/shards.ts';
import { sha1 } from '../digest.ts';
import { pruneContent, PROJECT_ROOT, siteCode, writeState, type BuildState } from './build-state.ts';
import type { SiteManifest } from './output/marker.ts';
import { stageParts, type Staged } from './output/stage.ts';
import { commitSwap, planSwap, putInPlace, undoSwap, type SwapPlan } from './output/swap.ts';
import { writeArticleDocuments } from './article-documents.ts';
import { planRender, type PlannedRender } from './plan-stage.ts';
import { renderSite, type RenderedPart } from './render-stage.ts';

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

/** Node's flags writing a CPU profile per process or thread into `dir` (sampled every 0.5 ms). */
function cpuProfArgs(dir: string): string[] {
  return ['--cpu-prof', `--cpu-prof-dir=${resolve(dir)}`, '--cpu-prof-interval=500'];
}

/** Counts of one stage (its seconds are added by the build). */
export type StageCounts = Record<string, number>;

/** What a stage did: its counts, one line for the log, and whether the build stops after it (its outcome). */
export interface StageResult {
  counts: StageCounts;
  line: string;
  stop?: 'unchanged';
}

/** One stage of the build. */
export interface Stage {
  /** Its name in the log and the summary. */
  name: string;
  /** The counts it reports (zero when the build stopped before it). */
  counts: readonly string[];
  run(build: BuildRun): StageResult | Promise<StageResult>;
}

/** What the stages share: the build's inputs and folders, then each stage's results for the later ones. */
export interface BuildRun {
  inputs: string[];
  options: BuildOptions;
  log: (line: string) => void;
  out: string;
  /** `<work>/content`: the imported pages. */
  contentDir: string;
  /** `<work>/render`: the render's digests and plan. */
  stateDir: string;
  /** `<work>/state.json`. */
  statePath: string;
  /** Staging folder of the render parts, inside the project (render-stage.ts), one per work folder so parallel builds never meet. */
  renderDir: string;
  /** The output folder's marker as the build found it (null: a new or empty folder). */
  site: SiteManifest | null;
  /** The last build's state. */
  previous: BuildState | undefined;
  imported?: { summary: ImportSummary; pruned: number };
  /** Every page renders again: first build, forced, or site code, settings or output changed. */
  fresh?: boolean;
  code?: string;
  planned?: PlannedRender & { parts: number };
  rendered?: RenderedPart[];
  /** The staging folder of the articles' JSON documents (article-documents.ts), and how many it holds. */
  documents?: RenderedPart;
  merged?: { staged: Staged; swap: SwapPlan };
  indexed?: PreparedIndex;
}

/** A value a stage needs from an earlier one (a stage run out of order is a bug, not a user's error). */
function earlier<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`archive build: ${what} is not known yet (stages out of order)`);
  return value;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** Imports the sources into the work folder; removes the pages of articles gone from them. */
const importStage: Stage = {
  name: 'import',
  counts: ['written', 'unchanged', 'failed', 'pruned'],
  async run(build) {
    const { options, log } = build;
    log(`import: ${build.inputs.map(printable).join(', ')} → ${printable(build.contentDir)}`);
    const summary = await runImport(build.inputs, { out: build.contentDir, progress: options.progress, force: options.force, maxArticleSize: options.maxArticleSize, verbose: options.verbose, log });
    const pruned = summary.failed === 0 ? pruneContent(build.contentDir, summary.ids) : 0;
    if (summary.failed > 0) log(`import: ${summary.failed} sources failed (listed above); pages of articles missing from the sources are kept`);
    if (summary.imported === 0) throw new CliError(`no article imported from ${build.inputs.join(', ')}; nothing to build (${build.out} is unchanged)`);
    build.imported = { summary, pruned };
    return {
      counts: { written: summary.written, unchanged: summary.unchanged, failed: summary.failed, pruned },
      line: `${summary.imported} articles (${summary.written} written, ${summary.unchanged} unchanged, ${pruned} removed), ${summary.failed} failed`,
    };
  },
};

/** Decides what earlier work still holds, and plans the render of the pages whose inputs changed. */
const planStage: Stage = {
  name: 'plan',
  counts: ['pages', 'stale', 'obsolete', 'read'],
  run(build) {
    const { options, log, stateDir, previous } = build;
    const imported = earlier(build.imported, 'the import');
    const code = siteCode(options.shardSize);
    const fresh = Boolean(options.force) || !previous || previous.code !== code || !build.site || !existsSync(join(stateDir, 'done'));
    build.fresh = fresh;
    build.code = code;
    if (fresh) {
      // The previous site stays in place until the new one is swapped in; only the record of what it holds goes.
      rmSync(join(stateDir, 'done'), { recursive: true, force: true });
      // Removed first so an interrupted fresh build is fresh again next time.
      rmSync(build.statePath, { force: true });
    }
    // Same code, same pages (the import compared every source's digest) and the last build finished
    // (indexed too): dist/ is current. After an interrupted build the import finds its own pages
    // unchanged, hence `complete`.
    if (!fresh && previous?.complete === true && imported.summary.written === 0 && imported.pruned === 0) {
      return { counts: { pages: 0, stale: 0, obsolete: 0, read: 0 }, line: 'nothing changed since the last build: render, merge and index skipped', stop: 'unchanged' };
    }
    const jobs = options.jobs ?? 2;
    const articles = imported.summary.imported;
    // A second process pays its own bundling and front matter reading (~10 s): only worth it for big renders.
    const parts = (fresh || imported.summary.written > 5_000) && articles > 5_000 ? jobs : 1;
    // After a change of the site's code (a fresh build) the front matter may read otherwise: every page is read.
    const planned = planRender({ contentDir: build.contentDir, stateDir, parts, reread: fresh });
    build.planned = { ...planned, parts };
    const why = !fresh ? 'pages whose inputs changed' : previous ? 'site code, config or output changed: every page' : 'first build: every page';
    return {
      counts: { pages: planned.pages, stale: planned.stale, obsolete: planned.obsolete.length, read: planned.read },
      line: `${why}; ${planned.stale} of ${planned.pages} pages to render, ${planned.obsolete.length} gone (${planned.read} of ${planned.articles} imported pages read)`,
    };
  },
};

/** The site's URL and base path for the documents the build writes itself; a malformed one stops the build before the render. */
function siteLocation(out: string) {
  try {
    return readSiteLocation();
  } catch (error) {
    throw new CliError(`${(error as Error).message}; ${printable(out)} is unchanged`);
  }
}

/**
 * Renders the planned pages in parallel Astro processes, each into its own staging folder, and
 * meanwhile writes the stale articles' JSON documents into one more (article-documents.ts).
 */
const renderStage: Stage = {
  name: 'render',
  counts: ['files', 'processes', 'documents'],
  async run(build) {
    const { options, log } = build;
    const planned = earlier(build.planned, 'the render plan');
    const { planFile, parts } = planned;
    const location = siteLocation(build.out);
    const started = performance.now();
    let lastReport = 0;
    const documentsDir = join(build.renderDir, 'documents');
    // A failed render stops the documents too: nothing is written into the staging folder once the stage has failed.
    const stop = new AbortController();
    const [rendered, documents] = await Promise.all([
      renderSite({
        signal: stop.signal,
        root: PROJECT_ROOT,
        planFile,
        workDir: build.renderDir,
        parts,
        execArgv: options.cpuProf ? cpuProfArgs(options.cpuProf) : [],
        onPages: (pages) => {
          const now = performance.now();
          if (now - lastReport < (process.stderr.isTTY && options.progress !== false ? 1_000 : 15_000)) return;
          lastReport = now;
          log(`render: ${pages} files written (${parts} processes, ${seconds(started)} s)`);
        },
      }).catch((error: unknown) => {
        stop.abort();
        throw error;
      }),
      writeArticleDocuments(planned.documents, documentsDir, location, stop.signal).catch((error: unknown) => {
        // Stopped because the render failed: the render's error is the stage's.
        if (stop.signal.aborted) throw error;
        stop.abort();
        throw new CliError(`cannot write the articles' JSON documents in ${printable(documentsDir)}: ${fsCause(error)}; ${printable(build.out)} is unchanged`);
      }),
    ]);
    build.rendered = rendered;
    build.documents = { dir: documentsDir, pages: documents };
    // The articles' data is no longer needed: the index stage's Pagefind services get the memory.
    planned.documents.files = [];
    const files = rendered.reduce((n, part) => n + part.pages, 0);
    return { counts: { files: files + documents, processes: parts, documents }, line: `${files} files rendered by ${parts} processes, ${documents} JSON documents written` };
  },
};

/**
 * Stages the rendered files on dist/'s file system (a copy across devices), then puts them in place
 * under an undo journal, committed only once the index stage has written its shards.
 */
const mergeStage: Stage = {
  name: 'merge',
  counts: ['written', 'same', 'removed'],
  run(build) {
    const { out } = build;
    const fresh = earlier(build.fresh, 'whether the build is fresh');
    const rendered = [...earlier(build.rendered, 'the rendered parts'), earlier(build.documents, 'the JSON documents')];
    // The search index is no page: the index stage writes it into dist/ itself, a part's own never counts.
    const staged = stageParts(rendered.map((part) => part.dir), out, { compare: !fresh, skip: new Set([bundleFolder]) });
    const swap = planSwap(out, staged, build.site, { fresh, obsolete: earlier(build.planned, 'the render plan').obsolete, folders: [bundleFolder] });
    putInPlace(out, staged, swap);
    build.merged = { staged, swap };
    return {
      counts: { written: staged.files.length, same: staged.same, removed: swap.journal.removed.length },
      line: `${staged.files.length} files written, ${staged.same} unchanged, ${swap.journal.removed.length} removed`,
    };
  },
};

/**
 * Indexes the new pages (only those whose HTML changed since the last run); every shard is written
 * before anything is installed. A failed index stage puts the previous site back, pages and index;
 * an interrupted one is rolled back by the next build's start (recoverOutput).
 */
const indexStage: Stage = {
  name: 'index',
  counts: ['pages', 'articles', 'shards', 'rebuilt', 'surveyed'],
  async run(build) {
    const { options, out } = build;
    const { swap } = earlier(build.merged, 'the merge');
    try {
      build.indexed = await prepareIndex(out, {
        force: build.fresh,
        perShard: options.shardSize,
        jobs: options.jobs,
        log: build.log,
        // Pages whose file is as the last build left it are not read again (page-survey.ts).
        surveyFile: join(build.stateDir, 'indexed-pages.json'),
      });
    } catch (error) {
      const undone = undoSwap(out, swap, error instanceof IndexError ? (indexStageError(error) as Error).message : 'the index stage failed');
      // An unforeseen failure is still reported as the internal error it is, once the previous site is back.
      throw error instanceof IndexError ? undone : error;
    }
    const report = build.indexed.report;
    return {
      counts: { pages: report.indexed, articles: report.articles, shards: report.shards, rebuilt: report.rebuilt.length, surveyed: report.surveyed },
      line: `${report.articles} articles in ${report.shards} Pagefind shards, ${report.rebuilt.length} rebuilt (${report.indexed} pages read; ${report.surveyed} read for their digest)`,
    };
  },
};

/** From here dist/ is the new site: the swap commits, the render's record becomes the current one, the shards are installed. */
const commitStage: Stage = {
  name: 'commit',
  counts: ['installed'],
  run(build) {
    const { out, stateDir, log } = build;
    const { staged, swap } = earlier(build.merged, 'the merge');
    const indexed = earlier(build.indexed, 'the index');
    commitSwap(out, staged, swap);
    // Astro's logs and caches of this render are kept only when it fails (for the error's log path),
    // or beside the CPU profiles they go with (per-file times: scripts/profile-render.ts).
    const profiles = build.options.cpuProf;
    if (profiles) for (const part of earlier(build.rendered, 'the rendered parts').keys()) cpSync(join(build.renderDir, `render-${part}.log`), join(profiles, `render-${part}.log`));
    rmSync(build.renderDir, { recursive: true, force: true });
    rmSync(join(stateDir, 'done'), { recursive: true, force: true });
    renameSync(join(stateDir, 'next'), join(stateDir, 'done'));
    try {
      indexed.install();
    } catch (error) {
      // The pages are in place; `complete` stays false, so the next build indexes again.
      throw indexStageError(error, '; the new pages are in place with the previous search index: build again');
    }
    const leftOut = reportLeftOut(indexed.report, log, build.options.verbose);
    if (leftOut) throw leftOut;
    writeState(build.statePath, { code: earlier(build.code, 'the site code'), complete: true });
    return { counts: { installed: indexed.report.rebuilt.length }, line: `${printable(out)} holds the new site; ${indexed.report.rebuilt.length} search shards installed` };
  },
};

/** The build's stages, in order. */
export const buildStages: readonly Stage[] = [importStage, planStage, renderStage, mergeStage, indexStage, commitStage];

/** The staging folder of a work folder's render (inside the project: render-stage.ts). */
export function renderDirOf(work: string): string {
  return join(PROJECT_ROOT, '.kbatlas', 'stage', sha1(work).slice(0, 12));
}
