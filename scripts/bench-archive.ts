/**
 * Benchmark of `kbatlas build` over the whole archive (a script that prints figures, not a test).
 * Usage: npm run bench:archive [-- <archive or folder>] [--work <dir>] [--cold-only] [--no-peer]
 * Default input: ../shared/corpus/kb-full.tar.xz, extracted once (untimed) into <work>/sources so
 * one article can be edited. Runs three builds through the real CLI into <work>/dist:
 *   cold       --force: import, render, index everything
 *   unchanged  the same sources again
 *   one edit   after adding a sentence to the body of one article (Q311457)
 * and prints a table: stage seconds, peak RSS of the whole process tree (sampled every 200 ms from
 * /proc), pages, dist size and file count, and search index size. The edited article is restored
 * afterwards. Then what dist/ holds by kind (bytes and files: what a static host counts, docs/deploy.md).
 * `--cold-only` runs the cold build alone (for a size figure without the incremental runs).
 *
 * First, in the same run, the peer a user could pick instead (../shared/peer/peer-run.sh: Hugo, then
 * the Pagefind CLI over the same archive), and at the end our builds as ratios of it: time (Hugo's
 * plus Pagefind's seconds, as the peer reports them; its extraction and site writing are untimed, as
 * our extraction is) and peak memory (the larger of the two, which run one after the other). Skipped,
 * saying why, when the peer's script or `hugo` is missing, or with `--no-peer`. Run it under the
 * shared lock (`flock /work/notes/archive.lock npm run bench:archive`): figures are only comparable
 * back to back.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFolder } from '../src/lib/search/shards.ts';
import { treeRss } from './process-tree.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const work = resolve(option('--work') ?? '/tmp/kbatlas-bench-archive');
const flag = (name: string) => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const coldOnly = flag('--cold-only');
const noPeer = flag('--no-peer');
const input = resolve(args[0] ?? fileURLToPath(new URL('../../shared/corpus/kb-full.tar.xz', import.meta.url)));
const repo = fileURLToPath(new URL('../', import.meta.url));
if (!existsSync(input)) {
  console.error(`bench:archive: ${input} not found (the corpus lives in ../shared/corpus); nothing measured.`);
  process.exit(2);
}

/** The sources folder: the input itself, or the archive extracted once. */
function sourcesFolder(): string {
  if (statSync(input).isDirectory()) return input;
  const dir = join(work, 'sources');
  if (!existsSync(join(dir, '.extracted'))) {
    console.error(`extracting ${input} into ${dir} (untimed)…`);
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('tar', ['-xf', input, '-C', dir]);
    writeFileSync(join(dir, '.extracted'), '');
  }
  return dir;
}

/** Bytes and files under `dir` whose relative path passes `keep`. */
function sizeOf(dir: string, keep: (path: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!keep(path.slice(dir.length + 1))) continue;
    bytes += statSync(path).size;
    files += 1;
  }
  return { bytes, files };
}

interface Summary {
  stages: Record<'import' | 'render' | 'merge' | 'index', Record<string, number>>;
  seconds: number;
}

/** GNU time, when installed: the CPU seconds of the build and every process it waited for (Astro's, Pagefind's). */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs one build, sampling memory; resolves with its summary, wall seconds, CPU seconds (NaN without GNU time) and peak RSS. */
function runBuild(sources: string, extra: string[]): Promise<{ summary: Summary; wall: number; cpu: number; peak: number }> {
  const json = join(work, 'summary.json');
  const times = join(work, 'time.txt');
  const build = [process.execPath, join(repo, 'bin/kbatlas.js'), 'build', sources, '--out', join(work, 'dist'), '--work', join(work, 'state'), '--no-progress', '--json', json, ...extra];
  const command = gnuTime ? [gnuTime, '-o', times, '-f', '%U %S', ...build] : build;
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(command[0]!, command.slice(1), {
      cwd: repo,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`kbatlas build exited with ${code}`));
      const cpu = gnuTime ? readFileSync(times, 'utf8').trim().split('\n').at(-1)!.split(' ').reduce((sum, s) => sum + Number(s), 0) : NaN;
      resolveRun({ summary: JSON.parse(readFileSync(json, 'utf8')) as Summary, wall: (performance.now() - started) / 1000, cpu, peak });
    });
  });
}

/** What the peer took: Hugo's and Pagefind's seconds and peak resident memory, as its script prints them. */
interface PeerFigures {
  hugo: { seconds: number; peak: number };
  pagefind: { seconds: number; peak: number };
  pages: number;
}

/** Why the peer cannot run here, or null when it can. */
function peerMissing(script: string): string | null {
  if (noPeer) return '--no-peer given';
  if (!existsSync(script)) return `${script} not found (the peer lives in ../shared/peer)`;
  if (spawnSync('hugo', ['version'], { stdio: 'ignore' }).status !== 0) return '`hugo` is not installed (apt-get install -y hugo)';
  if (!existsSync(join(repo, 'node_modules/.bin/pagefind'))) return 'node_modules/.bin/pagefind is missing (npm install)';
  if (statSync(input).isDirectory()) return 'the peer takes an archive (.tar.xz), not a folder';
  return null;
}

/** Runs the peer's script over `input`; its own `time` lines give each step's seconds and peak. */
function runPeer(script: string): PeerFigures {
  console.error(`\n== peer: ${script} ==`);
  const run = spawnSync('bash', [script, input], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`the peer exited with ${run.status}:\n${output.slice(-2000)}`);
  const step = (name: string) => {
    const match = new RegExp(`^${name} ([\\d.]+) s, peak (\\d+) KB$`, 'm').exec(output);
    if (!match) throw new Error(`the peer printed no \`${name} … s, peak … KB\` line:\n${output.slice(-2000)}`);
    return { seconds: Number(match[1]), peak: Number(match[2]) * 1024 };
  };
  const figures = { hugo: step('hugo'), pagefind: step('pagefind'), pages: Number(/^pages: (\d+)$/m.exec(output)?.[1] ?? 0) };
  console.error(`peer: hugo ${figures.hugo.seconds} s, pagefind ${figures.pagefind.seconds} s, ${figures.pages} pages`);
  return figures;
}

const peerScript = fileURLToPath(new URL('../../shared/peer/peer-run.sh', import.meta.url));
const whyNoPeer = peerMissing(peerScript);
if (whyNoPeer) console.error(`bench:archive: peer skipped: ${whyNoPeer}`);
const peer = whyNoPeer ? null : runPeer(peerScript);

const sources = sourcesFolder();
const edited = readdirSync(join(sources, 'kb', '311'), { recursive: true })
  .map(String)
  .find((path) => path.endsWith('Q311457/README.md'));
const editPath = edited ? join(sources, 'kb', '311', edited) : undefined;
const rows: string[] = [];
const ours: Array<{ name: string; wall: number; cpu: number; peak: number }> = [];
const cases = [
  { name: 'cold', extra: ['--force'] },
  { name: 'unchanged', extra: [] },
  { name: 'one article edited', extra: [], edit: true },
].slice(0, coldOnly ? 1 : 3);
const original = editPath ? readFileSync(editPath, 'utf8') : '';
try {
  for (const run of cases) {
    if (run.edit) {
      if (!editPath) throw new Error(`no Q311457 under ${sources}/kb/311 to edit`);
      // A sentence in the body's last section (before the trailer): the page's text and its search shard change.
      // (After the trailer it would change the article's JSON alone: the page and its index stay as they were.)
      const edited = original.replace('\tAdditional query words:', '\tEdited by the benchmark.\n\t\n\tAdditional query words:');
      if (edited === original) throw new Error(`${editPath}: no "Additional query words:" line to put the edit before`);
      writeFileSync(editPath, edited);
    }
    console.error(`\n== ${run.name} ==`);
    const { summary, wall, cpu, peak } = await runBuild(sources, run.extra);
    const dist = join(work, 'dist');
    const pages = sizeOf(dist, (path) => path.endsWith('.html'));
    const all = sizeOf(dist);
    const index = sizeOf(dist, (path) => path.startsWith(`${bundleFolder}/`));
    const s = summary.stages;
    ours.push({ name: run.name, wall, cpu, peak });
    rows.push(
      `| ${run.name} | ${s.import.seconds} | ${s.render.seconds} (${s.render.files} files) | ${s.merge.seconds} | ${s.index.seconds} (${s.index.pages} pages read) | ` +
        `${wall.toFixed(1)} | ${(peak / 1e9).toFixed(2)} | ${pages.files} | ${(all.bytes / 1e9).toFixed(2)} GB, ${all.files} files | ${(index.bytes / 1e6).toFixed(0)} MB, ${index.files} files |`,
    );
  }
} finally {
  if (editPath) writeFileSync(editPath, original);
}
console.log(`\ninput: ${input} (sources: ${sources}); Node ${process.versions.node}`);
console.log('| build | import s | render s | merge s | index s | total wall s | peak RSS GB | HTML pages | dist | search index |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);

console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (shared with other work: compare ratios of one run)`);
if (peer) {
  const peerSeconds = peer.hugo.seconds + peer.pagefind.seconds;
  const peerPeak = Math.max(peer.hugo.peak, peer.pagefind.peak);
  const cold = ours[0]!;
  console.log(`peer (Hugo + Pagefind CLI, ${peer.pages} pages): ${peerSeconds.toFixed(1)} s (hugo ${peer.hugo.seconds} s, pagefind ${peer.pagefind.seconds} s), peak ${(peerPeak / 1e9).toFixed(2)} GB`);
  console.log('| build | wall s | × peer time | CPU s (cores busy) | peak RSS GB | × peer peak | × our cold |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const run of ours) {
    console.log(
      `| ${run.name} | ${run.wall.toFixed(1)} | ${(run.wall / peerSeconds).toFixed(2)} | ${run.cpu.toFixed(0)} (${(run.cpu / run.wall).toFixed(2)}) | ${(run.peak / 1e9).toFixed(2)} | ${(run.peak / peerPeak).toFixed(2)} | ${(run.wall / cold.wall).toFixed(3)} |`,
    );
  }
} else {
  console.log(`peer: not run (${whyNoPeer})`);
  if (ours.length > 1) for (const run of ours.slice(1)) console.log(`${run.name}: ${((100 * run.wall) / ours[0]!.wall).toFixed(1)} % of cold`);
}

/** What a path of dist/ is, for the table by kind. */
function kindOf(path: string): string {
  if (path.startsWith(`${bundleFolder}/`)) return 'search index (Pagefind)';
  if (/^kb\/\d{3}\/Q\d+\/index\.html$/.test(path)) return 'article pages';
  if (path.endsWith('.html')) return 'other pages (browse, home, search, 404)';
  if (path.endsWith('.json')) return 'JSON (oembed.json)';
  if (path.startsWith('_astro/')) return 'shared scripts and styles (_astro/)';
  return 'other (sitemaps, icons, robots.txt)';
}
const dist = join(work, 'dist');
const kinds = new Map<string, { bytes: number; files: number }>();
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath, entry.name);
  const kind = kinds.get(kindOf(path.slice(dist.length + 1))) ?? { bytes: 0, files: 0 };
  kind.bytes += statSync(path).size;
  kind.files += 1;
  kinds.set(kindOf(path.slice(dist.length + 1)), kind);
}
const all = [...kinds.values()].reduce((sum, k) => ({ bytes: sum.bytes + k.bytes, files: sum.files + k.files }), { bytes: 0, files: 0 });
console.log(`\ndist/ by kind (GB = 10^9 bytes; GitHub Pages takes at most 1 GB):`);
console.log('| kind | bytes | files |');
console.log('| --- | ---: | ---: |');
for (const [kind, { bytes, files }] of [...kinds].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`| ${kind} | ${(bytes / 1e6).toFixed(1)} MB | ${files} |`);
console.log(`| **dist/** | ${(all.bytes / 1e9).toFixed(3)} GB (${(all.bytes / 2 ** 30).toFixed(3)} GiB) | ${all.files} |`);
