/**
 * Search benchmark over a built site: (re)builds its search index (time, peak memory, size on disk,
 * file count), then drives the real search page in headless Chromium: first query on a cold page
 * (everything fetched from navigation to the results shown, and the search's own part: page script
 * and index files, up to the whole first page of ten) and warm queries on a page that has searched
 * once (median, p95, bytes). A warm query is typed into the box and drawn, then submitted from an
 * idle page (as between a user's searches: the previous results drawn, 200 ms passed), and is timed
 * from the submit through the page to its first screen shown
 * (five results and the count; what the user sees first) and to its whole first page (ten), in three
 * runs of the query set on a fresh page each, then the same over HTTP/2 (as production static hosts
 * serve; skipped without `openssl` for a throwaway certificate); and through the engine alone in the same browser
 * (search, then the ten results' data: what the Pagefind figures of docs/search.md measured with
 * Pagefind's API). Queries: the tuning set plus common-word queries. Prints figures; asserts nothing.
 *
 *   npm run build:archive -- <archive>            # or any built site
 *   node scripts/bench-search.ts dist [--no-index] [--force]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { indexFolder } from '../src/lib/search/engine/format.ts';
import { indexSite } from '../src/lib/search/indexer/index-site.ts';
import { tuningQueries } from '../tests/corpus/search-queries.ts';
import { serveStatic, serveStaticHttp2 } from '../tests/helpers/search-server.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Queries with words in thousands of articles: the index's worst case (largest postings). */
const commonQueries = ['windows 2000 setup', 'the system cannot find the file specified', 'service pack', 'outlook', 'printer driver', 'error', 'microsoft windows', 'install'];
const queries = [...tuningQueries.map((t) => t.q), ...commonQueries];

/** Value at quantile `q` (0..1) of `values`. */
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

if (!process.argv.includes('--no-index')) {
  const report = indexSite(dist, { force: process.argv.includes('--force') });
  const peak = process.resourceUsage().maxRSS;
  console.log(`index: ${report.articles} articles, ${report.indexed} pages read (${report.incremental ? 'incremental' : 'cold'}), ${report.terms} terms in ${report.buckets} buckets; ${(report.ms / 1000).toFixed(1)} s; peak RSS ${(peak / 1024).toFixed(0)} MB`);
}
const sizes = new Map<string, { bytes: number; files: number }>();
for (const entry of readdirSync(join(dist, indexFolder), { withFileTypes: true, recursive: true })) {
  if (!entry.isFile()) continue;
  const folder = entry.parentPath === join(dist, indexFolder) ? entry.name.replace(/-.*|\.bin$/, '') : entry.parentPath.slice(join(dist, indexFolder).length + 1).split('/')[0]!;
  const size = sizes.get(folder) ?? { bytes: 0, files: 0 };
  size.bytes += statSync(join(entry.parentPath, entry.name)).size;
  size.files += 1;
  sizes.set(folder, size);
}
const total = [...sizes.values()].reduce((sum, s) => ({ bytes: sum.bytes + s.bytes, files: sum.files + s.files }), { bytes: 0, files: 0 });
console.log(`index on disk: ${(total.bytes / 1e6).toFixed(1)} MB in ${total.files} files (${[...sizes].map(([name, s]) => `${name} ${(s.bytes / 1e6).toFixed(1)} MB/${s.files}`).join(', ')})`);

/** Bytes served, by kind, since the last reset. */
let byKind = new Map<string, number>();
const kindOf = (path: string) => {
  const inIndex = new RegExp(`/${indexFolder}/(t/|p/|d/|f/|dates-|meta)`).exec(path);
  if (inIndex) return { 't/': 'index buckets', 'p/': 'phrase masks', 'd/': 'result data', 'f/': 'filters', 'dates-': 'dates', meta: 'meta' }[inIndex[1]!]!;
  return /\.js$/.test(path) ? 'script' : /\.css$/.test(path) ? 'css' : /\.html$|\/$/.test(path) ? 'html' : 'other';
};
const served = (kinds: string[] = [...byKind.keys()]) => kinds.reduce((sum, kind) => sum + (byKind.get(kind) ?? 0), 0);
const searchKinds = ['script', 'meta', 'index buckets', 'phrase masks', 'result data', 'filters', 'dates'];
const describe = () => [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, size]) => `${kind} ${kb(size)}`).join(', ');
const server = await serveStatic(dist, '/', (path, size) => byKind.set(kindOf(path), (byKind.get(kindOf(path)) ?? 0) + size));

/**
 * Types `q` into the search box, waits for the page to be idle (two frames drawn, then 200 ms), submits
 * it as Enter would, and returns the ms from the submit to its first screen (the status names the query: five results and the count are in)
 * and to its whole first page (the result list no longer `aria-busy`).
 */
function submit(page: Page, q: string): Promise<{ first: number; page: number }> {
  return page.evaluate(async (q) => {
    const status = document.getElementById('search-status')!;
    const list = document.getElementById('search-results')!;
    const input = document.getElementById('search-page-q') as HTMLInputElement;
    // Typed (or pasted) first, and drawn: the frame showing the typed text is the typing's, not the search's.
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

/** Waits until the first page's rest has come (the result list no longer `aria-busy`). */
const pageDone = (page: Page) => page.waitForFunction(() => !document.getElementById('search-results')!.hasAttribute('aria-busy'));

const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const cold: Array<{ q: string; ms: number; all: number; search: number }> = [];
  for (const q of [...queries.slice(0, 8), ...commonQueries.slice(0, 4)]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    byKind = new Map();
    const start = Date.now();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
    await page.locator('#search-status', { hasText: 'result' }).waitFor();
    const ms = Date.now() - start;
    await pageDone(page);
    cold.push({ q, ms, all: served(), search: served(searchKinds) });
    if (cold.length === 1 || q === commonQueries[0]) console.log(`first query "${q}": ${describe()}`);
    await context.close();
  }
  for (const c of cold) console.log(`  first query ${JSON.stringify(c.q)}: ${c.ms} ms, ${kb(c.search)} for search (${kb(c.all)} with the page)`);
  const searchBytes = cold.map((c) => c.search);
  console.log(`first query (cold page, navigation to first screen shown; bytes up to the whole first page, ${cold.length} queries): median ${quantile(cold.map((c) => c.ms), 0.5)} ms; search bytes median ${kb(quantile(searchBytes, 0.5))}, max ${kb(Math.max(...searchBytes))}; with the page max ${kb(Math.max(...cold.map((c) => c.all)))}`);

  /** Three runs of the warm queries, each on a fresh page from `newPage` at `origin`; prints each run and all of them. */
  const warmRuns = async (label: string, origin: string, newPage: () => Promise<Page>) => {
    const runs = 3;
    const firsts: number[] = [];
    const pages: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const page = await newPage();
      await page.goto(`${origin}/search/`);
      await submit(page, 'warmup');
      byKind = new Map();
      const warm: Array<{ q: string; first: number; page: number }> = [];
      for (const q of queries) warm.push({ q, ...(await submit(page, q)) });
      await page.close();
      firsts.push(...warm.map((w) => w.first));
      pages.push(...warm.map((w) => w.page));
      const first = warm.map((w) => w.first);
      const whole = warm.map((w) => w.page);
      const bytes = byKind.size > 0 ? `; ${kb(served() / warm.length)} per query (${describe()})` : '';
      console.log(`warm queries${label}, run ${run} (${warm.length}, each new): first screen median ${quantile(first, 0.5).toFixed(0)} ms, p95 ${quantile(first, 0.95).toFixed(0)} ms, max ${Math.max(...first).toFixed(0)} ms; whole first page median ${quantile(whole, 0.5).toFixed(0)} ms, p95 ${quantile(whole, 0.95).toFixed(0)} ms${bytes}`);
      console.log(`  slowest first screens: ${[...warm].sort((a, b) => b.first - a.first).slice(0, 6).map((w) => `${JSON.stringify(w.q)} ${w.first.toFixed(0)} ms`).join(', ')}`);
    }
    console.log(`warm queries${label}, all ${runs} runs (${firsts.length}): first screen median ${quantile(firsts, 0.5).toFixed(0)} ms, p95 ${quantile(firsts, 0.95).toFixed(0)} ms; whole first page median ${quantile(pages, 0.5).toFixed(0)} ms, p95 ${quantile(pages, 0.95).toFixed(0)} ms`);
  };
  await warmRuns('', server.origin, () => browser.newPage());
  // The same over HTTP/2, as production static hosts serve (one connection for all of a page's requests).
  const http2 = await serveStaticHttp2(dist);
  if (http2) {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    await warmRuns(' over HTTP/2', http2.origin, () => context.newPage());
    await context.close();
    await http2.close();
  } else console.log('warm queries over HTTP/2: skipped (no openssl for a certificate)');

  // What one request costs this browser on this machine, whatever the index: one result data file
  // alone, and five and ten at once (as a first screen and a whole first page ask for), on an idle page.
  const floorPage = await browser.newPage();
  await floorPage.goto(`${server.origin}/search/`);
  const files = [...readdirSync(join(dist, indexFolder, 'd'))].slice(0, 10).map((folder) => `d/${folder}/${readdirSync(join(dist, indexFolder, 'd', folder))[0]}`);
  const floor = await floorPage.evaluate(async ({ root, files }) => {
    const get = (file: string, round: number) => fetch(`${root}${file}?round=${round}`).then((response) => response.arrayBuffer());
    const times: Record<string, number[]> = { 1: [], 5: [], 10: [] };
    for (let round = 0; round < 20; round++) {
      for (const count of [1, 5, 10]) {
        await new Promise((done) => setTimeout(done, 50));
        const start = performance.now();
        await Promise.all(files.slice(0, count).map((file) => get(file, round * 100 + count)));
        times[count]!.push(performance.now() - start);
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    // A fixed loop, so runs on a machine whose speed varies (a shared host) can be compared.
    const cpu: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      let sum = 0;
      for (let i = 0; i < 20_000_000; i++) sum += i % 7;
      cpu.push(performance.now() - start + (sum < 0 ? 1 : 0));
    }
    return { one: median(times[1]!), five: median(times[5]!), ten: median(times[10]!), cpu: median(cpu) };
  }, { root: `/${indexFolder}/`, files });
  await floorPage.close();
  console.log(`requests alone (result data files on an idle page, median of 20): one ${floor.one.toFixed(1)} ms, five at once ${floor.five.toFixed(1)} ms, ten at once ${floor.ten.toFixed(1)} ms; machine speed reference (a fixed loop in the page): ${floor.cpu.toFixed(0)} ms`);

  // The engine alone: bundled for the browser here (the page's own bundle exposes nothing) and run in
  // a fresh page, index opened and warmed up as the page's would be.
  const engine = await build({
    stdin: {
      contents: `import { SearchIndex } from './src/lib/search/engine/search.ts';
        import { runQuery } from './src/lib/search/client/query.ts';
        window.benchEngine = async (queries) => {
          const load = async (path) => { const r = await fetch('/${indexFolder}/' + path); return r.ok ? new Uint8Array(await r.arrayBuffer()) : null; };
          const index = await SearchIndex.open(load);
          const run = async (q, shown) => { const a = await runQuery(index, { q, filters: {}, sort: 'relevance' }, false); await Promise.all(a.page(0, shown).map((hit) => hit.data())); };
          await run('warmup', 10);
          const times = [];
          for (const q of queries) { const start = performance.now(); await run(q, 10); times.push(performance.now() - start); }
          return times;
        };`,
      resolveDir: resolve(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const enginePage = await (await browser.newContext({ bypassCSP: true })).newPage();
  await enginePage.goto(`${server.origin}/search/`);
  await enginePage.addScriptTag({ content: engine.outputFiles[0]!.text });
  const engineTimes = await enginePage.evaluate((queries) => (window as unknown as { benchEngine(q: string[]): Promise<number[]> }).benchEngine(queries), queries);
  console.log(`warm queries through the engine alone (search + ten results' data): median ${quantile(engineTimes, 0.5).toFixed(0)} ms, p95 ${quantile(engineTimes, 0.95).toFixed(0)} ms, max ${Math.max(...engineTimes).toFixed(0)} ms`);
  const engineSlowest = queries.map((q, i) => ({ q, ms: engineTimes[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`  slowest through the engine: ${engineSlowest.map((w) => `${JSON.stringify(w.q)} ${w.ms.toFixed(0)} ms`).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
