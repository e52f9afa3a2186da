/**
 * Search benchmark over a built site: re-indexes it with Pagefind in K shards (time per shard, peak
 * memory of the Pagefind service, bundle size, file count), then in headless Chromium measures the
 * first query on a cold page (latency, bytes, all shards merged) and warm queries (median, p95) over
 * the tuning query set. Prints figures; asserts nothing.
 *
 *   KB_CONTENT_DIR=/tmp/kb KB_OUT_DIR=/tmp/kb-dist KB_SKIP_INDEX=1 npm run build
 *   node scripts/bench-search.ts /tmp/kb-dist [--shards K] [--no-index]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { indexShards } from '../src/integrations/pagefind.ts';
import { termOf } from '../src/lib/search/client/query.ts';
import { ranking } from '../src/lib/search/ranking.ts';
import { bundleShard, bundlePaths, parseShards } from '../src/lib/search/shards.ts';
import { serveStatic } from '../tests/helpers/search-server.ts';
import { tuningQueries } from '../tests/corpus/search-queries.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const reindex = !process.argv.includes('--no-index');
const shardsAt = process.argv.indexOf('--shards');
/** Shard count: `--shards K`, else KB_SEARCH_SHARDS, else 1. */
const shards = parseShards(shardsAt > 0 ? process.argv[shardsAt + 1] : process.env.KB_SEARCH_SHARDS);
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Browser-side URLs of the shard bundles; the API is shard 0's `pagefind.js` (a variable, so TypeScript does not try to resolve it). */
const bundles = bundlePaths('/', shards);

/** Value at quantile `q` (0..1) of `values`. */
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;

/** Highest resident memory (VmHWM, kB) of this process's child processes seen so far: the Pagefind service. */
let servicePeakKb = 0;
const sampleService = () => {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      servicePeakKb = Math.max(servicePeakKb, Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // gone meanwhile
    }
  }
};

if (reindex) {
  const sampler = existsSync('/proc') ? setInterval(sampleService, 100) : undefined;
  const started = performance.now();
  const reports = await indexShards(dist, { shards });
  clearInterval(sampler);
  const ms = performance.now() - started;
  for (const { shard, pages, ms } of reports) console.log(`index shard ${shard}: ${pages} articles, ${(ms / 1000).toFixed(1)} s`);
  console.log(`index: ${shards} shard(s), ${reports.reduce((sum, r) => sum + r.pages, 0)} articles, ${(ms / 1000).toFixed(1)} s in all; Pagefind service peak RSS ${sampler ? `${(servicePeakKb / 1024).toFixed(0)} MB` : 'not measured'}`);
}
let bytes = 0;
let files = 0;
for (const folder of readdirSync(dist).filter((name) => { const shard = bundleShard(name); return shard !== null && shard < shards; })) {
  let folderBytes = 0;
  for (const entry of readdirSync(join(dist, folder), { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) (folderBytes += statSync(join(entry.parentPath, entry.name)).size), (files += 1);
  }
  bytes += folderBytes;
  console.log(`bundle ${folder}/: ${(folderBytes / 1e6).toFixed(2)} MB`);
}
console.log(`bundles: ${(bytes / 1e6).toFixed(1)} MB in ${files} files`);

let served = 0;
/** Bytes served by kind of Pagefind file (meta, index, filter, fragment, wasm, js…), reset with `served`. */
let byKind = new Map<string, number>();
const kindOf = (path: string) => /\.pf_meta$/.test(path) ? 'meta' : /\/index\//.test(path) ? 'index' : /\/filter\//.test(path) ? 'filter' : /\/fragment\//.test(path) ? 'fragment' : /wasm/.test(path) ? 'wasm' : /\.js$/.test(path) ? 'js' : /entry\.json$/.test(path) ? 'entry' : 'other';
const kinds = () => [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, size]) => `${kind} ${(size / 1024).toFixed(0)} KB`).join(', ');
const server = await serveStatic(dist, '/', (path, size) => {
  served += size;
  byKind.set(kindOf(path), (byKind.get(kindOf(path)) ?? 0) + size);
});
const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
const terms = tuningQueries.map((t) => termOf(t.q)!);
try {
  const cold: Array<{ ms: number; kb: number }> = [];
  for (const term of terms.slice(0, 5)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/`);
    await page.waitForLoadState('networkidle');
    served = 0;
    byKind = new Map();
    const ms = await page.evaluate(async ([term, ranking, bundles]) => {
      const start = performance.now();
      const pagefind = await import(`${bundles[0]}pagefind.js`);
      await pagefind.options({ ranking });
      await Promise.all(bundles.slice(1).map((path) => pagefind.mergeIndex(path, { ranking })));
      const search = await pagefind.search(term);
      await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
      return performance.now() - start;
    }, [term, ranking, bundles] as const);
    cold.push({ ms, kb: served / 1024 });
    await context.close();
  }
  console.log(`first query bytes by kind (last run): ${kinds()}`);
  console.log(`first query (cold page, top 10 loaded): median ${quantile(cold.map((c) => c.ms), 0.5).toFixed(0)} ms, max ${Math.max(...cold.map((c) => c.ms)).toFixed(0)} ms; transferred median ${quantile(cold.map((c) => c.kb), 0.5).toFixed(0)} KB, max ${Math.max(...cold.map((c) => c.kb)).toFixed(0)} KB`);

  const page = await browser.newPage();
  await page.goto(`${server.origin}/search/`);
  served = 0;
  byKind = new Map();
  const warm = await page.evaluate(async ([terms, ranking, bundles]) => {
    const pagefind = await import(`${bundles[0]}pagefind.js`);
    await pagefind.options({ ranking });
    await Promise.all(bundles.slice(1).map((path) => pagefind.mergeIndex(path, { ranking })));
    await pagefind.search('warmup');
    const times: number[] = [];
    for (const term of terms) {
      const start = performance.now();
      const search = await pagefind.search(term);
      await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
      times.push(performance.now() - start);
    }
    return times;
  }, [terms, ranking, bundles] as const);
  console.log(`warm query bytes by kind (all ${warm.length} queries and the warm-up): ${kinds()}`);
  console.log(`warm queries (${warm.length}, new term each, top 10 loaded): median ${quantile(warm, 0.5).toFixed(0)} ms, p95 ${quantile(warm, 0.95).toFixed(0)} ms; ${(served / 1024 / warm.length).toFixed(0)} KB per query on average`);
} finally {
  await browser.close();
  await server.close();
}
