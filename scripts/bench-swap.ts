/**
 * Benchmark of the archive build's merge stage (a script that prints figures, not a test): the
 * staging and journaled swap of src/lib/archive-build/output/ over a synthetic site shaped like the archive's
 * (kb/NNN/QID/ folders of index.html, article.json and oembed.json; default 250,000 files of 1 KB),
 * against what the merge did before issue 19 (the previous site removed first, then the rendered
 * folders moved in). Cases, each into the same output folder:
 *   first build       nothing there yet
 *   forced rebuild    every file rendered again over the previous site
 *   one page edited   3 files
 * Usage: npm run bench:swap [-- --files 250000] [--out <dir>] (put --out on another file system,
 * such as /dev/shm, to time the copy across devices).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readMarker } from '../src/lib/archive-build/output/marker.ts';
import { stageParts } from '../src/lib/archive-build/output/stage.ts';
import { applySwap, planSwap } from '../src/lib/archive-build/output/swap.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const files = Number(option('--files', '250000'));
const work = join(tmpdir(), `kbatlas-bench-swap-${process.pid}`);
const out = resolve(option('--out', join(work, 'dist')));
const body = Buffer.alloc(1024, 'x');

/** Writes a rendered part of `pages` article pages (three files each) plus a home page; `tag` varies the bytes. */
function renderPart(dir: string, pages: number, tag: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `${tag} home`);
  for (let n = 0; n < pages; n++) {
    const folder = join(dir, 'kb', String(Math.floor(n / 1000)).padStart(3, '0'), `Q${n}`);
    mkdirSync(folder, { recursive: true });
    for (const name of ['index.html', 'article.json', 'oembed.json']) writeFileSync(join(folder, name), Buffer.concat([Buffer.from(tag), body]));
  }
}

/** Seconds of `f`. */
function time(f: () => void): number {
  const start = performance.now();
  f();
  return (performance.now() - start) / 1000;
}

/** Stages `part` into `out` and swaps it in as the build does; seconds of each step. */
function swap(part: string, fresh: boolean): { stage: number; plan: number; apply: number } {
  const previous = readMarker(out);
  let staged!: ReturnType<typeof stageParts>;
  let plan!: ReturnType<typeof planSwap>;
  const stage = time(() => (staged = stageParts([part], out, { compare: !fresh, skip: new Set() })));
  const planned = time(() => (plan = planSwap(out, staged, previous, { fresh, obsolete: [], folders: [] })));
  const apply = time(() => applySwap(out, staged, plan));
  return { stage, plan: planned, apply };
}

const pages = Math.ceil(files / 3);
const part = join(work, 'part');
const rows: string[] = [];
const row = (name: string, figures: Record<string, number>) =>
  rows.push(`| ${name} | ${Object.entries(figures).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} | ${Object.values(figures).reduce((a, b) => a + b, 0).toFixed(1)} |`);
try {
  rmSync(out, { recursive: true, force: true });
  console.error(`rendering ${pages * 3 + 1} files (untimed)…`);
  renderPart(part, pages, 'a');
  row('first build (stage and swap)', swap(part, true));
  renderPart(part, pages, 'b');
  row('forced rebuild (stage and swap)', swap(part, true));
  renderPart(part, 1, 'c');
  row('one page edited (stage and swap)', swap(part, false));
  // What the merge did before issue 19, for comparison: the previous site removed, the rendered folders moved in.
  renderPart(part, pages, 'd');
  row('forced rebuild, before issue 19 (remove, then move)', {
    remove: time(() => rmSync(out, { recursive: true, force: true })),
    move: time(() => {
      mkdirSync(out, { recursive: true });
      for (const name of ['kb', 'index.html']) renameSync(join(part, name), join(out, name));
    }),
  });
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
console.log(`${pages * 3 + 1} files of ~1 KB in ${pages} page folders; output ${out}; Node ${process.versions.node}`);
console.log('| case | seconds by step | total s |');
console.log('| --- | --- | ---: |');
for (const line of rows) console.log(line);
