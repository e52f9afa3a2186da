/**
 * The archive build's render stage: `astro build` in archive mode, in `parts` processes at once, each
 * rendering its slice of the render plan (the pages whose inputs changed: plan-stage.ts), each into its own staging folder. Astro's output goes to a log file per part;
 * the caller sees a page count as it grows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { archiveRenderEnv } from '../build-config.ts';
import { exitWithParentImport } from '../exit-with-parent.ts';

/** What one render run needs. */
export interface RenderOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  /** The render plan (plan-stage.ts): the articles, and each part's pages. */
  planFile: string;
  /** Folder receiving `part-<i>/` staging outputs and `render-<i>.log`; must be inside `root`. */
  workDir: string;
  /** Parallel Astro processes. */
  parts: number;
  /** Extra Node flags for each Astro process (a CPU profile); default none. */
  execArgv?: string[];
  /** Called with the number of pages written so far, over all parts. */
  onPages?: (pages: number) => void;
  /** Stops every part (the build failed elsewhere). */
  signal?: AbortSignal;
}

/** Result of one render part. */
export interface RenderedPart {
  /** Staging folder holding this part's pages. */
  dir: string;
  /** Pages and endpoint files Astro reported. */
  pages: number;
}

/** Preloaded into each Astro process: it ends when this process ends, however this one ends (exit-with-parent.ts). */
const exitWithParent = exitWithParentImport();

/** Astro's CLI entry, run with this same Node (npm scripts put the pinned Node 24 first). */
function astroBin(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

/** A line of Astro's build log that names one written file (`02:25:44   ├─ /kb/311/Q311457/index.html (+3ms)`). */
const PAGE_LINE = /[├└]─ \//;

/** Renders in `parts` parallel Astro processes; rejects with the log's tail when one fails, and stops the others. */
export async function renderSite(options: RenderOptions): Promise<RenderedPart[]> {
  const bin = astroBin(options.root);
  const counts = new Array<number>(options.parts).fill(0);
  const children: ChildProcess[] = [];
  const runs = Array.from({ length: options.parts }, (_, i) => {
    const dir = join(options.workDir, `part-${i}`);
    const log = join(options.workDir, `render-${i}.log`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(options.workDir, { recursive: true });
    return new Promise<RenderedPart>((resolve, reject) => {
      // Run from the staging folder with --root: Astro keeps its intermediate `.prerender/` bundle
      // inside outDir only when outDir is under the working directory, and otherwise in the
      // project's shared `.astro/`, where parallel parts would delete each other's chunks. The
      // staging folder is inside the project so those chunks resolve its node_modules.
      const child = spawn(process.execPath, [...(options.execArgv ?? []), '--import', exitWithParent, bin, 'build', '--root', options.root], {
        cwd: options.workDir,
        env: {
          // The archive build indexes after merging the parts into dist/ (build-config.ts).
          ...archiveRenderEnv({ planFile: options.planFile, outDir: dir, part: { index: i, count: options.parts } }),
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      const out = createWriteStream(log);
      let pending = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out.write(chunk);
        const lines = (pending + chunk.toString('utf8')).split('\n');
        pending = lines.pop()!;
        const written = lines.filter((line) => PAGE_LINE.test(line)).length;
        if (written > 0) {
          counts[i]! += written;
          options.onPages?.(counts.reduce((a, b) => a + b, 0));
        }
      });
      child.stderr.on('data', (chunk: Buffer) => out.write(chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        out.end(() => {
          if (code === 0) resolve({ dir, pages: counts[i]! });
          else {
            const tail = readFileSync(log, 'utf8').split('\n').slice(-25).join('\n');
            reject(new Error(`astro build (part ${i + 1} of ${options.parts}) exited with ${code}; log: ${log}\n${tail}`));
          }
        });
      });
    });
  });
  const stopAll = (): void => {
    for (const child of children) if (child.exitCode === null) child.kill();
  };
  // A build stopped by a signal exits through process.exit (main.ts): its parts stop with it.
  process.on('exit', stopAll);
  options.signal?.addEventListener('abort', stopAll);
  try {
    return await Promise.all(runs);
  } catch (error) {
    // The build stops here; a part left running would go on writing into a staging folder the next build reuses.
    stopAll();
    throw error;
  } finally {
    process.off('exit', stopAll);
    options.signal?.removeEventListener('abort', stopAll);
  }
}
