/**
 * Where the render stage's time goes (a script that prints figures, not a test), from what
 * `kbatlas build --cpu-prof <dir>` leaves in `<dir>`: a V8 CPU profile per Astro process and its
 * build log (`render-<i>.log`, one line per written file with its time).
 * Usage: node scripts/profile-render.ts <dir>
 *
 * Prints, per process: the time before the first page (startup: bundling, reading the imported
 * pages, paths) and while pages are written, each split by kind of work — found from each sample's
 * stack, the most specific rule first (below) — and by kind of file: the files written, counted
 * from the log (its per-file times interleave when pages render several at a time, so they are not
 * used), each kind with its own work and a share of the work all files pay alike by their count.
 * Results go into docs/archive-build.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/profile-render.ts <dir written by kbatlas build --cpu-prof>');
  process.exit(2);
}

/** Native fs calls Astro's writes go through (`fs.promises.mkdir`, `writeFile`). */
const fsNatives = new Set(['mkdir', 'open', 'openFileHandle', 'close', 'writeBuffer', 'writeBuffers', 'writeString', 'writeFileHandle', 'writeFile']);

/** Kinds of work, the first whose test holds for a stack (root → leaf) wins. */
const rules: Array<[string, (stack: CallFrame[]) => boolean]> = [
  ['garbage collection', (s) => s.at(-1)!.functionName === '(garbage collector)'],
  ['idle (waiting: I/O, the other process)', (s) => s.at(-1)!.functionName === '(idle)'],
  ['MDX compile (Sätteri evaluate)', (s) => s.some((f) => f.functionName === 'compileMdxBody' || f.url.includes('/satteri/'))],
  ['writes (mkdir, writeFile)', (s) => s.some((f) => f.url.startsWith('node:internal/fs/promises')) || fsNatives.has(s.at(-1)!.functionName)],
  ['logging (a line per file)', (s) => s.some((f) => f.url.includes('astro/dist/core/logger')) || s.at(-1)!.functionName === 'writeUtf8String'],
  ['reading the imported pages, the archive model, render plan', (s) => s.some((f) => ['readArchiveFolder', 'buildArchiveIndex', 'parsePageData', 'readDigests', 'planPages', 'plannedPages', 'readRenderPlan'].includes(f.functionName))],
  ['JSON routes (article.json, oembed.json)', (s) => s.some((f) => /\/chunks\/(article|oembed)_[\w-]+\.mjs$/.test(f.url) || f.functionName === 'articleJson' || f.functionName === 'oembed')],
  ['component rendering (Astro runtime, components, MDX content)', (s) => s.some((f) => f.url.includes('astro/dist/runtime/server') || /\/chunks\/(jsx-runtime|[A-Z]\w*)_[\w-]+\.mjs$/.test(f.url) || f.functionName === 'MDXContent')],
  ['bundling (Vite, Rolldown, Astro compiler)', (s) => s.some((f) => /rolldown|\/vite\/|compiler-rs|esbuild|lightningcss|postcss|amaro/.test(f.url))],
  ['module loading', (s) => s.some((f) => f.url.startsWith('node:internal/modules'))],
  ['native, unattributed ((program))', (s) => s.at(-1)!.functionName === '(program)'],
  ['route overhead (Astro pipeline: request, routing, Response, paths)', () => true],
];

/** Seconds per kind of work before the first page is generated and after. */
function profileBreakdown(profile: CpuProfile): { startup: Map<string, number>; pages: Map<string, number>; startupSeconds: number; pagesSeconds: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const kindOf = new Map<number, { kind: string; generating: boolean }>();
  const classify = (id: number) => {
    let known = kindOf.get(id);
    if (known) return known;
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.unshift(byId.get(at)!.callFrame);
    const kind = rules.find(([, test]) => test(stack))![0];
    known = { kind, generating: stack.some((f) => f.functionName === 'generatePathWithPrerenderer' || f.functionName === 'renderPath') };
    kindOf.set(id, known);
    return known;
  };
  const startup = new Map<string, number>();
  const pages = new Map<string, number>();
  let started = false;
  let startupSeconds = 0;
  let pagesSeconds = 0;
  profile.samples.forEach((id, i) => {
    const seconds = profile.timeDeltas[i]! / 1e6;
    const { kind, generating } = classify(id);
    started ||= generating;
    const into = started ? pages : startup;
    into.set(kind, (into.get(kind) ?? 0) + seconds);
    if (started) pagesSeconds += seconds;
    else startupSeconds += seconds;
  });
  return { startup, pages, startupSeconds, pagesSeconds };
}

/** Kind of a written file, from its path. */
function fileKind(path: string): string {
  if (/^\/kb\/\d{3}\/Q\d+\/index\.html$/.test(path)) return 'article pages (HTML)';
  if (/\/(article|oembed)\.json$/.test(path)) return 'article.json + oembed.json';
  if (path.endsWith('.html')) return 'other pages (browse, home, search, 404)';
  return 'other files (sitemaps, robots.txt)';
}

const table = (rows: Map<string, number>, total: number) =>
  [...rows].sort((a, b) => b[1] - a[1]).map(([kind, s]) => `| ${kind} | ${s.toFixed(1)} | ${((100 * s) / total).toFixed(1)} % |`).join('\n');

// One profile per thread, named CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the Astro process's own.
const mains = readdirSync(dir).filter((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
const logs = readdirSync(dir).filter((name) => /^render-\d+\.log$/.test(name));
const files = new Map<string, number>();
for (const name of logs) for (const match of readFileSync(join(dir, name), 'utf8').matchAll(/[├└]─ (\S+?)(?= |\d\d:|$)/gm)) files.set(fileKind(match[1]!), (files.get(fileKind(match[1]!)) ?? 0) + 1);
const all = new Map<string, number>();
for (const name of mains) {
  const { startup, pages, startupSeconds, pagesSeconds } = profileBreakdown(JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile);
  console.log(`\n## ${name}\n\nbefore the first page: ${startupSeconds.toFixed(1)} s; writing pages: ${pagesSeconds.toFixed(1)} s\n`);
  console.log('| before the first page | s | share |\n| --- | ---: | ---: |');
  console.log(table(startup, startupSeconds));
  console.log('\n| while pages are written | s | share |\n| --- | ---: | ---: |');
  console.log(table(pages, pagesSeconds));
  for (const [kind, s] of pages) all.set(kind, (all.get(kind) ?? 0) + s);
}

// By kind of file: what only HTML pages do (components, MDX) or only the JSON routes do is theirs; the
// work every written file pays alike (Astro's pipeline, the write, the log line) is shared by file count.
const count = (kind: string) => files.get(kind) ?? 0;
const totalFiles = [...files.values()].reduce((a, b) => a + b, 0);
const html = count('article pages (HTML)') + count('other pages (browse, home, search, 404)');
const json = count('article.json + oembed.json');
const own = (prefix: string) => [...all].filter(([kind]) => kind.startsWith(prefix)).reduce((sum, [, s]) => sum + s, 0);
const perFile = own('route overhead') + own('writes') + own('logging') + own('native') + own('module');
const htmlOnly = own('component rendering') + own('MDX compile');
console.log(`\n## By kind of file (${totalFiles} files; CPU seconds while pages are written, idle and GC left out)\n`);
console.log('| kind | files | own work s | share of per-file work s | total s | ms per file |\n| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [kind, n, ownS] of [['HTML pages', html, htmlOnly], ['article.json + oembed.json', json, own('JSON routes')]] as const) {
  const shared = (perFile * n) / totalFiles;
  console.log(`| ${kind} | ${n} | ${ownS.toFixed(1)} | ${shared.toFixed(1)} | ${(ownS + shared).toFixed(1)} | ${((1000 * (ownS + shared)) / n).toFixed(2)} |`);
}
