/**
 * Search over the 2,000-article sample, built once under the `/kbarchive/` base path and queried
 * from the real search page in headless Chromium: the index holds every article, the tuning queries
 * find their article first, id forms, filter counts, paging, no console errors. Prints index time
 * and size. Skipped with a message when ../shared/corpus is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { indexFolder } from '../../src/lib/search/engine/format.ts';
import { SearchIndex } from '../../src/lib/search/engine/search.ts';
import { kbatlas, tempDir } from '../helpers/cli.ts';
import { corpusDir, corpusSkip } from '../helpers/corpus.ts';
import { serveStatic, type StaticServer } from '../helpers/search-server.ts';
import { buildSite } from '../helpers/site-build.ts';
import { tuningQueries } from './search-queries.ts';

const skip = corpusSkip;
const base = '/kbarchive/';
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
let work = '';
let outDir = '';
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;
const errors: string[] = [];

/** Bytes and file count of a folder, recursively. */
function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** Opens the search page for `query` (and extra URL parameters) and waits for its announced count. */
async function search(query: string, params = ''): Promise<{ status: string; ids: string[] }> {
  await page.goto(`${server!.origin}${base}search/?q=${encodeURIComponent(query)}${params}`);
  const status = page.getByRole('status').filter({ hasText: /results?\b.*\.$/ });
  await status.waitFor({ timeout: 15_000 });
  // The first screen comes with the count; the rest of the first page follows (the list is busy till then).
  await page.waitForFunction(() => !document.getElementById('search-results')?.hasAttribute('aria-busy'), null, { timeout: 15_000 });
  const titles = await page.locator('.result-title a').allTextContents();
  return { status: (await status.textContent()) ?? '', ids: titles.map((t) => t.split(':')[0]!) };
}

before(async () => {
  if (skip) return;
  work = await tempDir('kbatlas-search-');
  const contentDir = join(work, 'content');
  outDir = join(work, 'dist');
  const run = await kbatlas(['import', join(corpusDir, 'kb'), '--out', contentDir, '--no-progress']);
  assert.equal(run.code, 0, run.stderr);
  const { output } = await buildSite({ contentDir, outDir, base });
  const indexed = /search index: (.*)$/m.exec(output);
  const size = folderSize(join(outDir, indexFolder));
  console.log(`# search index: ${indexed?.[1]}; ${(size.bytes / 1e6).toFixed(1)} MB in ${size.files} files`);
  server = await serveStatic(outDir, base);
  browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('the index holds exactly the 2,000 article pages, with a year filter on each', { skip }, async () => {
  const index = await SearchIndex.open(async (path) => readFile(join(outDir, indexFolder, path)).catch(() => null), base);
  const years = Object.values((await index.allFilters()).year ?? {}).reduce((a, b) => a + b, 0);
  assert.deepEqual({ articles: index.meta.docs, years }, { articles: 2000, years: 2000 });
});

test('every tuning query finds its article first, under the /kbarchive/ base path', { skip }, async () => {
  const misses: string[] = [];
  for (const { q, first } of tuningQueries) {
    const { ids } = await search(q);
    if (ids[0] !== first) misses.push(`${q} → ${ids.slice(0, 3).join(' ') || 'nothing'} (want ${first})`);
  }
  assert.deepEqual(misses, []);
  assert.match(await page.locator('.result-title a').first().getAttribute('href') ?? '', /^\/kbarchive\/kb\/\d{3}\/Q\d+\/\?highlight=/);
});

test('the four id forms give the article first, even where other articles cite it', { skip }, async () => {
  for (const form of ['Q266130', 'q266130', '266130', 'KB266130']) {
    const { ids } = await search(form);
    assert.equal(ids[0], 'Q266130', form);
  }
});

test('a product filter narrows the results to the count it shows', { skip }, async () => {
  const all = await search('setup');
  const total = Number(/^(\d+)/.exec(all.status)?.[1]);
  await page.getByText('Filters', { exact: true }).click();
  const option = page.getByRole('group', { name: 'Product' }).locator('label').first();
  await option.waitFor();
  const shown = Number(await option.locator('.filter-count').textContent());
  assert.ok(shown > 0 && shown < total, `count ${shown} of ${total}`);
  await option.getByRole('checkbox').check();
  await page.getByRole('status').filter({ hasText: 'with the selected filters' }).waitFor();
  const status = (await page.getByRole('status').textContent()) ?? '';
  assert.match(status, new RegExp(`^${shown} results? for “setup” with the selected filters`));
  assert.match(page.url(), /[?&]product=/);
});

test('a new search shows its first five results with the count, then asks for the other five', { skip }, async () => {
  // Result data requests after the fifth are held until the first screen is checked.
  let requested = 0;
  const held: Array<() => void> = [];
  await page.route('**/search-index/d/**', async (route) => {
    if (++requested > 5) await new Promise<void>((release) => held.push(release));
    await route.continue();
  });
  try {
    await page.goto(`${server!.origin}${base}search/?q=setup`);
    await page.getByRole('status').filter({ hasText: /^\d+ results for “setup”\.$/ }).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('.result-title a').count(), 5);
    assert.equal(await page.locator('#search-results').getAttribute('aria-busy'), 'true');
    assert.equal(await page.getByRole('button', { name: 'More results' }).isVisible(), false);
    await page.waitForFunction(() => document.querySelectorAll('.result-title a').length === 5);
    held.splice(0).forEach((release) => release());
    await page.waitForFunction(() => !document.getElementById('search-results')!.hasAttribute('aria-busy'), null, { timeout: 15_000 });
    assert.equal(await page.locator('.result-title a').count(), 10);
    assert.equal(requested, 10);
    assert.equal(await page.getByRole('button', { name: 'More results' }).isVisible(), true);
  } finally {
    held.splice(0).forEach((release) => release());
    await page.unroute('**/search-index/d/**');
  }
});

test('when the rest of the first page cannot be loaded, the status says so and the list is not left busy', { skip }, async () => {
  let requested = 0;
  await page.route('**/search-index/d/**', (route) => (++requested > 5 ? route.abort() : route.continue()));
  try {
    await page.goto(`${server!.origin}${base}search/?q=setup`);
    await page.getByRole('status').filter({ hasText: /^Search is not available/ }).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('.result-title a').count(), 5);
    assert.equal(await page.locator('#search-results').getAttribute('aria-busy'), null);
  } finally {
    await page.unroute('**/search-index/d/**');
  }
});

test('"More results" adds the next ten and moves focus to the first of them', { skip }, async () => {
  const { status } = await search('setup');
  assert.ok(Number(/^(\d+)/.exec(status)?.[1]) > 20, status);
  const links = page.locator('.result-title a');
  assert.equal(await links.count(), 10);
  await page.getByRole('button', { name: 'More results' }).click();
  await page.waitForFunction(() => document.activeElement === document.querySelectorAll('.result-title a')[10], null, { timeout: 15_000 });
  assert.equal(await links.count(), 20);
});

test('a phrase too common to check in every article says that only the best matches were checked', { skip }, async () => {
  const { status, ids } = await search('"service pack"');
  assert.match(status, /^\d+ results for “"service pack"”\. Only the best matches were checked for the exact phrase/);
  assert.equal(ids.length, 10);
});

test('searching the sample logs no console errors', { skip }, () => {
  assert.deepEqual(errors, []);
});
