/**
 * `kbatlas build`: an archive (or folder) in, a searchable site in dist/ out, doing again only what
 * changed since the last build into the same folders. The stages are listed, in order, in
 * stages.ts; this module claims and locks the folders, runs the stages, and times and logs each the
 * same way. Code or config changes render every page again (a fresh build).
 *
 * Nothing lost: the build writes only into a dist/ that is new, empty or its own (output/marker.ts)
 * and replaces or removes only the files its marker lists; one build at a time per folder
 * (folder-lock.ts); until the swap commits, after the index stage, a failed or interrupted build
 * leaves the previous site.
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lockFolder, type FolderLock } from '../folder-lock.ts';
import { printable } from '../diagnostics/printable.ts';
import { readState, writeState } from './build-state.ts';
import { claimOutput, readMarker } from './output/marker.ts';
import { recoverOutput } from './output/swap.ts';
import { claimWorkFolder, markWorkFolder } from './output/work-folder.ts';
import { buildStages, renderDirOf, type BuildOptions, type BuildRun, type Stage } from './stages.ts';

export type { BuildOptions } from './stages.ts';

/** Seconds and counts of one stage. */
export interface StageFigures {
  seconds: number;
  [count: string]: number;
}

/** What a build did, stage by stage (a stage the build stopped before has zero figures). */
export interface BuildSummary {
  fresh: boolean;
  articles: number;
  failed: number;
  stages: Record<string, StageFigures>;
  seconds: number;
}

/**
 * Builds the site of `inputs` into `options.out`. Refuses (CliError, exit 2) before anything starts
 * an output or work folder it did not make, or one another build holds; throws when a stage fails,
 * leaving the previous site in place.
 */
export async function runBuild(inputs: string[], options: BuildOptions, stages: readonly Stage[] = buildStages): Promise<BuildSummary> {
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
    return await runStages(startBuild(inputs, options, log, out, work), stages);
  } finally {
    for (const lock of locks.reverse()) lock.release();
  }
}

/** Starts a build holding the locks of `out` and `work`: an interrupted swap rolled back, the folders' state read. */
function startBuild(inputs: string[], options: BuildOptions, log: (line: string) => void, out: string, work: string): BuildRun {
  markWorkFolder(work);
  const recovered = recoverOutput(out);
  if (recovered) log(`build: ${printable(out)}: ${recovered}`);
  const statePath = join(work, 'state.json');
  const previous = readState(statePath);
  if (previous) writeState(statePath, { ...previous, complete: false });
  return {
    inputs,
    options,
    log,
    out,
    contentDir: join(work, 'content'),
    stateDir: join(work, 'render'),
    statePath,
    renderDir: renderDirOf(work),
    // Read again under the lock: what the output folder holds now that no other build runs.
    site: readMarker(out),
    previous,
  };
}

const secondsSince = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** Runs `stages` in order, each timed and logged (`<stage>: <what it did>; <seconds> s`), until one stops the build. */
async function runStages(build: BuildRun, stages: readonly Stage[]): Promise<BuildSummary> {
  const started = performance.now();
  const figures: Record<string, StageFigures> = {};
  for (const stage of stages) figures[stage.name] = { seconds: 0, ...Object.fromEntries(stage.counts.map((name) => [name, 0])) };
  let outcome = 'built';
  for (const stage of stages) {
    const t = performance.now();
    const result = await stage.run(build);
    figures[stage.name] = { ...figures[stage.name], ...result.counts, seconds: secondsSince(t) };
    build.log(`${stage.name}: ${result.line}; ${figures[stage.name]!.seconds} s`);
    if (result.stop) {
      outcome = result.stop;
      break;
    }
  }
  const imported = build.imported?.summary;
  const summary: BuildSummary = { fresh: build.fresh ?? false, articles: imported?.imported ?? 0, failed: imported?.failed ?? 0, stages: figures, seconds: secondsSince(started) };
  build.log(`build: ${summary.articles} articles → ${printable(build.out)} ${outcome} in ${summary.seconds} s${summary.failed ? ` (${summary.failed} sources failed)` : ''}`);
  return summary;
}
