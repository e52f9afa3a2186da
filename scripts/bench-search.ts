/**
 * Search benchmark over a built site with Pagefind: (re)indexes it through the real CLI (time, peak
 * memory of the process tree, bundle size and files by kind), then drives the real search page in
 * headless Chromium:
 *   - first query on a cold page: navigation to the first screen shown, and the search's bytes by kind
 *     (script, worker, WebAssembly, metadata, index chunks, fragments) up to the whole first page, as a
 *     host compressing text sends them (scripts and JSON gzipped; Pagefind gzips its own files); an
 *     id typed and entered opens its article, with the search bytes it cost (none, by design);
 *   - warm queries (each new, at least 40) on a page that has searched once: through the page (typed,
 *     drawn, then submitted as Enter would, timed to the first screen: five results and the count),
 *     and through the client alone (search plus five results' data, as the Pagefind targets count it);
 *   - the cost of one request alone, and a fixed CPU loop, so runs on this shared machine compare.
 * Prints figures; asserts nothing.
 *
 *   npm run build:archive -- <archive>            # or any built site
 *   npm run bench:search -- dist [--no-index] [--force]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { bundleFolder } from '../src/lib/search/shards.ts';
import { tuningQueries } from '../tests/corpus/search-queries.ts';
import { serveStatic } from '../tests/helpers/search-server.ts';
import { treeRss } from './process-tree.ts';

const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const kbatlas = fileURLToPath(new URL('../bin/kbatlas.js', import.meta.url));

/** Queries with words in thousands of articles: Pagefind's worst case (the largest chunks, the most pages to score). */
const commonQueries = ['windows 2000 setup', 'the system cannot find the file specified', 'service pack', 'outlook', 'printer driver', 'error', 'microsoft windows', 'install'];
const textQueries = [...tuningQueries.filter((t) => t.kind !== 'id').map((t) => t.q), ...commonQueries];

/** Value at quantile `q` (0..1) of `values`. */
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

// 1. The index, through the CLI, with the peak memory of its whole process tree (Node, workers, Pagefind services).
if (!args.includes('--no-index')) {
  const started = performance.now();
  const child = spawn(process.execPath, [kbatlas, 'index', dist, ...(args.includes('--force') ? ['--force'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  clearInterval(timer);
  const report = JSON.parse(out) as { articles: number; shards: number; rebuilt: number[]; indexed: number };
  console.log(`index: ${report.articles} articles in ${report.shards} shards, ${report.rebuilt.length} indexed (${report.indexed} pages read); ${((performance.now() - started) / 1000).toFixed(1)} s; peak RSS of the process tree ${(peak / 1e9).toFixed(2)} GB; exit ${code}`);
}

// 2. The bundle on disk, by kind.
const kindOf = (path: string): string => {
  if (/\.pf_meta$/.test(path)) return 'metadata';
  if (/\/index\/|^index\//.test(path)) return 'index chunks';
  if (/\/fragment\/|^fragment\//.test(path)) return 'fragments';
  if (/\/filter\/|^filter\//.test(path)) return 'filters';
  if (/wasm\.[\w-]+\.pagefind$/.test(path)) return 'wasm';
  if (/pagefind-worker\.js$/.test(path)) return 'worker';
  if (/pagefind(-highlight)?\.js$/.test(path)) return 'script';
  if (/\.json$/.test(path)) return 'entry';
  return 'other';
};
const sizes = new Map<string, { bytes: number; files: number }>();
const root = join(dist, bundleFolder);
for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile()) continue;
  const kind = kindOf(join(entry.parentPath, entry.name).slice(root.length + 1));
  const size = sizes.get(kind) ?? { bytes: 0, files: 0 };
  size.bytes += statSync(join(entry.parentPath, entry.name)).size;
  size.files += 1;
  sizes.set(kind, size);
}
const total = [...sizes.values()].reduce((sum, s) => ({ bytes: sum.bytes + s.bytes, files: sum.files + s.files }), { bytes: 0, files: 0 });
const manifest = JSON.parse(readFileSync(join(root, 'shards.json'), 'utf8')) as { shards: unknown[]; pagefind: string };
console.log(`bundle on disk (Pagefind ${manifest.pagefind}, ${manifest.shards.length} shards): ${(total.bytes / 1e6).toFixed(1)} MB in ${total.files} files (${[...sizes].sort((a, b) => b[1].bytes - a[1].bytes).map(([kind, s]) => `${kind} ${(s.bytes / 1e6).toFixed(1)} MB/${s.files}`).join(', ')})`);

/**
 * Bytes a host that compresses text (as every static host here does, see docs/deploy.md) sends for a
 * file: gzipped for script, JSON and HTML; as is for Pagefind's index files and WebAssembly, which
 * Pagefind gzips itself.
 */
const sentSizes = new Map<string, number>();
const sent = (path: string, size: number): number => {
  if (!/\.(js|json|html|css)$|\/$/.test(path)) return size;
  let bytes = sentSizes.get(path);
  if (bytes === undefined) {
    const file = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
    bytes = existsSync(file) && statSync(file).isFile() ? gzipSync(readFileSync(file)).length : size;
    sentSizes.set(path, bytes);
  }
  return bytes;
};

/** Bytes served under `pagefind/`, by kind, since the last reset; and the page's own bytes. */
let byKind = new Map<string, number>();
const server = await serveStatic(dist, '/', (path, size) => {
  const kind = path.includes(`/${bundleFolder}/`) ? kindOf(path) : 'page';
  byKind.set(kind, (byKind.get(kind) ?? 0) + sent(path, size));
});
const searchBytes = () => [...byKind].filter(([kind]) => kind !== 'page').reduce((sum, [, size]) => sum + size, 0);
const describe = () => [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, size]) => `${kind} ${kb(size)}`).join(', ');

/**
 * Types `q` into the search box, waits for the page to be idle (two frames drawn, then 200 ms), submits
 * it as Enter would, and returns the ms from the submit to its first screen (the status names the
 * query: five results and the count are in) and to its whole first page (the list no longer busy).
 * The text is set without input events, so nothing is fetched before the submit.
 */
function submit(page: Page, q: string): Promise<{ first: number; page: number }> {
  return page.evaluate(async (q) => {
    const status = document.getElementById('search-status')!;
    const list = document.getElementById('search-results')!;
    const input = document.getElementById('search-page-q') as HTMLInputElement;
    input.value = q;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await new Promise((done) => setTimeout(done, 200));
    const shown = new Promise<void>((done) => {
      const check = () => /result/.test(status.textContent ?? '') && status.textContent!.includes(`“${q}”`) && done();
      new MutationObserver(check).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const start = performance.now();
    (document.getElementById('search-page-form') as HTMLFormElement).requestSubmit();
    await shown;
    const first = performance.now() - start;
    while (list.hasAttribute('aria-busy')) await new Promise((done) => setTimeout(done, 1));
    return { first, page: performance.now() - start };
  }, q);
}

const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
try {
  // 3. First queries, each on a fresh browser (nothing cached).
  const cold: Array<{ q: string; ms: number; search: number; all: number }> = [];
  for (const q of [...textQueries.slice(0, 8), ...commonQueries.slice(0, 4)]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    byKind = new Map();
    const start = Date.now();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
    await page.locator('#search-status', { hasText: 'result' }).waitFor({ timeout: 60_000 });
    const ms = Date.now() - start;
    await page.waitForFunction(() => !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    cold.push({ q, ms, search: searchBytes(), all: [...byKind.values()].reduce((a, b) => a + b, 0) });
    console.log(`  first query ${JSON.stringify(q)}: ${ms} ms; search ${kb(searchBytes())} (${describe()})`);
    await context.close();
  }
  const bytes = cold.map((c) => c.search);
  console.log(`first query (cold page, ${cold.length} queries): navigation to first screen median ${quantile(cold.map((c) => c.ms), 0.5)} ms; search bytes median ${kb(quantile(bytes, 0.5))}, max ${kb(Math.max(...bytes))}`);
  for (const form of ['Q266130', 'q266130', '266130', 'KB266130']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`);
    byKind = new Map();
    const start = Date.now();
    await page.locator('#search-page-q').fill(form);
    await page.locator('#search-page-q').press('Enter');
    await page.waitForURL(/\/kb\/266\/Q266130\/$/);
    await page.locator('h1').waitFor();
    console.log(`  id ${form} typed and entered: article open in ${Date.now() - start} ms; search bytes ${kb(searchBytes())}`);
    await context.close();
  }

  // 4. Warm queries through the page: three runs of the set on a fresh page each.
  const firsts: number[] = [];
  const wholes: number[] = [];
  for (let run = 1; run <= 3; run++) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    await submit(page, 'warmup');
    byKind = new Map();
    const warm: Array<{ q: string; first: number; page: number }> = [];
    for (const q of textQueries) warm.push({ q, ...(await submit(page, q)) });
    await page.close();
    firsts.push(...warm.map((w) => w.first));
    wholes.push(...warm.map((w) => w.page));
    console.log(`warm queries through the page, run ${run} (${warm.length}, each new): first screen median ${quantile(warm.map((w) => w.first), 0.5).toFixed(0)} ms, p95 ${quantile(warm.map((w) => w.first), 0.95).toFixed(0)} ms; ${kb(searchBytes() / warm.length)} a query (${describe()})`);
    console.log(`  slowest: ${[...warm].sort((a, b) => b.first - a.first).slice(0, 5).map((w) => `${JSON.stringify(w.q)} ${w.first.toFixed(0)} ms`).join(', ')}`);
  }
  console.log(`warm queries through the page, all runs (${firsts.length}): first screen median ${quantile(firsts, 0.5).toFixed(0)} ms, p95 ${quantile(firsts, 0.95).toFixed(0)} ms; whole first page median ${quantile(wholes, 0.5).toFixed(0)} ms, p95 ${quantile(wholes, 0.95).toFixed(0)} ms`);

  // 5. The client alone (search + five results' data), bundled for the browser here, in a fresh page.
  const client = await build({
    stdin: {
      contents: `import { loadPagefind } from './src/lib/search/client/pagefind-api.ts';
        import { runQuery } from './src/lib/search/client/query.ts';
        window.benchClient = async (queries) => {
          const api = await loadPagefind('/');
          const run = async (q) => { const a = await runQuery(api, { q, filters: {}, sort: 'relevance' }, false); await Promise.all(a.page(0, 5).map((hit) => hit.data())); };
          await run('warmup');
          const times = [];
          for (const q of queries) { const start = performance.now(); await run(q); times.push(performance.now() - start); }
          return times;
        };`,
      resolveDir: resolve(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
  });
  const clientTimes: number[] = [];
  for (let run = 1; run <= 3; run++) {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${server.origin}/search/`);
    await page.addScriptTag({ content: client.outputFiles[0]!.text, type: 'module' });
    await page.waitForFunction(() => 'benchClient' in window);
    const times = await page.evaluate((queries) => (window as unknown as { benchClient(q: string[]): Promise<number[]> }).benchClient(queries), textQueries);
    clientTimes.push(...times);
    const slowest = textQueries.map((q, i) => ({ q, ms: times[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(`warm queries through the client alone, run ${run}: median ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms; slowest ${slowest.map((w) => `${JSON.stringify(w.q)} ${w.ms.toFixed(0)} ms`).join(', ')}`);
    await page.context().close();
  }
  console.log(`warm queries through the client alone (search + five results' data), all runs (${clientTimes.length}): median ${quantile(clientTimes, 0.5).toFixed(0)} ms, p95 ${quantile(clientTimes, 0.95).toFixed(0)} ms`);

  // 6. What one request costs this browser on this machine, and a fixed loop: the machine's state.
  const floorPage = await browser.newPage();
  await floorPage.goto(`${server.origin}/search/`);
  const floor = await floorPage.evaluate(async () => {
    const times: number[] = [];
    for (let round = 0; round < 20; round++) {
      await new Promise((done) => setTimeout(done, 50));
      const start = performance.now();
      await fetch(`/pagefind/pagefind-entry.json?round=${round}`).then((r) => r.arrayBuffer());
      times.push(performance.now() - start);
    }
    const cpu: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      let sum = 0;
      for (let i = 0; i < 20_000_000; i++) sum += i % 7;
      cpu.push(performance.now() - start + (sum < 0 ? 1 : 0));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    return { one: median(times), cpu: median(cpu) };
  });
  await floorPage.close();
  console.log(`one small request alone: ${floor.one.toFixed(1)} ms; machine speed reference (a fixed loop in the page): ${floor.cpu.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
}
