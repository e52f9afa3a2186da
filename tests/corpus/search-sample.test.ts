/**
 * Search over the 2,000-article sample with Pagefind, built once under the `/kbarchive/` base path and
 * queried from the real search page in headless Chromium (and, for the larger query sets, through the
 * same client code in Node): the index holds every article, the tuning queries find their article
 * first, every title query and ≥ 95 % of remembered phrases have their article in the top 3, id forms,
 * filter counts, paging, no console errors. Prints index time and size. Skipped with a message when
 * ../shared/corpus is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleFolder } from '../../src/lib/search/shards.ts';
import { readArticleTexts, type ArticleText } from '../helpers/article-text.ts';
import { kbatlas, tempDir } from '../helpers/cli.ts';
import { corpusDir, corpusSkip } from '../helpers/corpus.ts';
import { openNodeSearch, type NodeSearch } from '../helpers/pagefind-node.ts';
import { serveStatic, type StaticServer } from '../helpers/search-server.ts';
import { buildSite } from '../helpers/site-build.ts';
import { makeJudge, normalized, phraseQueries, titleQueries } from './generated-queries.ts';
import { tuningQueries } from './search-queries.ts';

const skip = corpusSkip;
const base = '/kbarchive/';
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
let work = '';
let outDir = '';
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;
let nodeSearch: NodeSearch | undefined;
let articles: ArticleText[] = [];
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
  // A search announces its count; an id typed alone announces its article (no search).
  const status = page.getByRole('status').filter({ hasText: /results?\b.*\.$|^Article Q\d+: / });
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
  const indexed = /search index \(Pagefind\): (.*)$/m.exec(output);
  const size = folderSize(join(outDir, bundleFolder));
  console.log(`# search index: ${indexed?.[1]}; ${(size.bytes / 1e6).toFixed(1)} MB in ${size.files} files`);
  server = await serveStatic(outDir, base);
  nodeSearch = await openNodeSearch(outDir, base);
  articles = readArticleTexts(outDir);
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
  await nodeSearch?.close();
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('the index holds exactly the 2,000 article pages, with a year filter on each', { skip }, async () => {
  const manifest = JSON.parse(await readFile(join(outDir, bundleFolder, 'shards.json'), 'utf8')) as { shards: Array<{ pages: number }> };
  const years = Object.values((await nodeSearch!.api.filters()).year ?? {}).reduce((a, b) => a + b, 0);
  assert.deepEqual({ articles: manifest.shards.reduce((sum, shard) => sum + shard.pages, 0), years }, { articles: 2000, years: 2000 });
});

test('every title query, and at least 95 % of phrases remembered from a body, have their article in the top 3', { skip }, async () => {
  const judge = makeJudge(articles);
  for (const [set, least] of [[titleQueries(articles, 100), 1], [phraseQueries(articles, 100), 0.95]] as const) {
    const misses: string[] = [];
    for (const query of set) {
      const ids = await nodeSearch!.ids(query.q, 3);
      const rank = judge(query, ids);
      if (rank === 0) misses.push(`${query.kind} ${JSON.stringify(query.q)} (${query.id}) → ${ids.join(' ') || 'nothing'}`);
    }
    assert.ok(set.length === 100 && misses.length <= set.length * (1 - least), `${misses.length} of ${set.length} missed:\n${misses.join('\n')}`);
  }
});

test('every tuning query finds its article first, under the /kbarchive/ base path', { skip }, async () => {
  const misses: string[] = [];
  for (const { q, first, alsoFirst = [] } of tuningQueries) {
    const { ids } = await search(q);
    if (ids[0] !== first && !alsoFirst.includes(ids[0] ?? '')) misses.push(`${q} → ${ids.slice(0, 3).join(' ') || 'nothing'} (want ${first})`);
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
  const total = Number(/^([\d,]+)/.exec(all.status)?.[1]?.replace(/,/g, ''));
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
  await page.context().route('**/pagefind/**/fragment/**', async (route) => {
    if (++requested > 5) await new Promise<void>((release) => held.push(release));
    await route.continue();
  });
  try {
    await page.goto(`${server!.origin}${base}search/?q=setup`);
    await page.getByRole('status').filter({ hasText: /^[\d,]+ results for “setup”\.$/ }).waitFor({ timeout: 15_000 });
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
    await page.context().unroute('**/pagefind/**/fragment/**');
  }
});

test('when the rest of the first page cannot be loaded, the status says so and the list is not left busy', { skip }, async () => {
  let requested = 0;
  await page.context().route('**/pagefind/**/fragment/**', (route) => (++requested > 5 ? route.abort() : route.continue()));
  try {
    await page.goto(`${server!.origin}${base}search/?q=setup`);
    await page.getByRole('status').filter({ hasText: /^Search is not available/ }).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('.result-title a').count(), 5);
    assert.equal(await page.locator('#search-results').getAttribute('aria-busy'), null);
  } finally {
    await page.context().unroute('**/pagefind/**/fragment/**');
  }
});

test('"More results" adds the next ten and moves focus to the first of them', { skip }, async () => {
  const { status } = await search('setup');
  assert.ok(Number(/^([\d,]+)/.exec(status)?.[1]?.replace(/,/g, '')) > 20, status);
  const links = page.locator('.result-title a');
  assert.equal(await links.count(), 10);
  await page.getByRole('button', { name: 'More results' }).click();
  await page.waitForFunction(() => document.activeElement === document.querySelectorAll('.result-title a')[10], null, { timeout: 15_000 });
  assert.equal(await links.count(), 20);
});

test('a quoted phrase finds only articles that hold its words in a row', { skip }, async () => {
  const { status, ids } = await search('"service pack"');
  assert.ok(Number(/^([\d,]+)/.exec(status)?.[1]?.replace(/,/g, '')) > 10, status);
  const text = new Map(articles.map((a) => [a.id, normalized(a.text)]));
  assert.deepEqual(ids.filter((id) => !text.get(id)?.includes(' service pack ')), []);
});

test('searching the sample logs no console errors', { skip }, () => {
  assert.deepEqual(errors, []);
});
