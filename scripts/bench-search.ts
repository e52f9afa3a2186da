/**
 * Search benchmark over a built site: re-indexes it with Pagefind (time, bundle size, file count),
 * then in headless Chromium measures the first query on a cold page (latency, bytes) and warm
 * queries (median, p95) over the tuning query set. Prints figures; asserts nothing.
 *
 *   KB_CONTENT_DIR=/tmp/kb KB_OUT_DIR=/tmp/kb-dist npm run build
 *   node scripts/bench-search.ts /tmp/kb-dist [--no-index]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { indexSite } from '../src/integrations/pagefind.ts';
import { termOf } from '../src/lib/search/client/query.ts';
import { ranking } from '../src/lib/search/ranking.ts';
import { serveStatic } from '../tests/helpers/search-server.ts';
import { tuningQueries } from '../tests/corpus/search-queries.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const reindex = !process.argv.includes('--no-index');
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Browser-side URL of the Pagefind API (a variable, so TypeScript does not try to resolve it). */
const bundleUrl = '/pagefind/pagefind.js';

/** Value at quantile `q` (0..1) of `values`. */
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;

if (reindex) {
  const { pages, ms } = await indexSite(dist, 'pagefind');
  console.log(`index: ${pages} HTML pages parsed, ${(ms / 1000).toFixed(1)} s`);
}
let bytes = 0;
let files = 0;
for (const entry of readdirSync(join(dist, 'pagefind'), { withFileTypes: true, recursive: true })) {
  if (entry.isFile()) (bytes += statSync(join(entry.parentPath, entry.name)).size), (files += 1);
}
console.log(`bundle: ${(bytes / 1e6).toFixed(1)} MB in ${files} files`);

let served = 0;
const server = await serveStatic(dist, '/', (_path, size) => (served += size));
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
    const ms = await page.evaluate(async ([term, ranking, bundleUrl]) => {
      const start = performance.now();
      const pagefind = await import(bundleUrl);
      await pagefind.options({ ranking });
      const search = await pagefind.search(term);
      await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
      return performance.now() - start;
    }, [term, ranking, bundleUrl] as const);
    cold.push({ ms, kb: served / 1024 });
    await context.close();
  }
  console.log(`first query (cold page, top 10 loaded): median ${quantile(cold.map((c) => c.ms), 0.5).toFixed(0)} ms, max ${Math.max(...cold.map((c) => c.ms)).toFixed(0)} ms; transferred median ${quantile(cold.map((c) => c.kb), 0.5).toFixed(0)} KB, max ${Math.max(...cold.map((c) => c.kb)).toFixed(0)} KB`);

  const page = await browser.newPage();
  await page.goto(`${server.origin}/search/`);
  served = 0;
  const warm = await page.evaluate(async ([terms, ranking, bundleUrl]) => {
    const pagefind = await import(bundleUrl);
    await pagefind.options({ ranking });
    await pagefind.search('warmup');
    const times: number[] = [];
    for (const term of terms) {
      const start = performance.now();
      const search = await pagefind.search(term);
      await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
      times.push(performance.now() - start);
    }
    return times;
  }, [terms, ranking, bundleUrl] as const);
  console.log(`warm queries (${warm.length}, new term each, top 10 loaded): median ${quantile(warm, 0.5).toFixed(0)} ms, p95 ${quantile(warm, 0.95).toFixed(0)} ms; ${(served / 1024 / warm.length).toFixed(0)} KB per query on average`);
} finally {
  await browser.close();
  await server.close();
}
