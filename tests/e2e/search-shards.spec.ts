import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { repoRoot } from '../helpers/cli.ts';
import { serveStatic, type StaticServer } from '../helpers/search-server.ts';
import { buildSite } from '../helpers/site-build.ts';
import { watchErrors } from '../helpers/page-errors.ts';

// The default site (content/kb: Q311457, Q266130, Q313839) built with KB_SEARCH_SHARDS=2 into its own
// folder and served by a static host of its own. Shard of Q<n> = n % 2: shard 0 (`pagefind/`) holds
// Q266130, shard 1 (`pagefind-1/`) holds Q311457 and Q313839. KB_E2E_REUSE=1 keeps an existing build.

const outDir = join(repoRoot, '.cache/e2e/shards');
let server: StaticServer;

// One build for the whole file: its tests run in one worker, in order.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  if (!(process.env.KB_E2E_REUSE === '1' && existsSync(join(outDir, 'pagefind-1')))) {
    await buildSite({ contentDir: join(repoRoot, 'content/kb'), outDir, env: { KB_SEARCH_SHARDS: '2' } });
  }
  server = await serveStatic(outDir);
});

test.afterAll(async () => {
  await server?.close();
});

/** Result list items of the search page. */
const results = (page: Page) => page.getByRole('list').filter({ has: page.locator('.result') }).locator(':scope > li');
/** The announced status line (`3 results for …`). */
const status = (page: Page) => page.getByRole('status').filter({ hasText: /result|Searching/ });
/** Link of the n-th result's title. */
const resultLink = (page: Page, n: number) => results(page).nth(n).getByRole('heading').getByRole('link');
/** The search page of the sharded site with a query string. */
const searchUrl = (query: string) => `${server.origin}/search/${query}`;


/** URLs of the pages a bundle holds, read from its fragments (gzip, then `pagefind_dcd` and JSON). */
function bundleUrls(bundle: string): string[] {
  const folder = join(outDir, bundle, 'fragment');
  return readdirSync(folder)
    .map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    })
    .sort();
}

test('each shard bundle holds exactly the articles of its shard', () => {
  expect(bundleUrls('pagefind')).toEqual(['/kb/266/Q266130/']);
  expect(bundleUrls('pagefind-1')).toEqual(['/kb/311/Q311457/', '/kb/313/Q313839/']);
  expect(existsSync(join(outDir, 'pagefind-2'))).toBe(false);
});

test('the search page learns the shard count from the page, with no request', async ({ page }) => {
  await page.goto(searchUrl(''));
  await expect(page.locator('#search-page-form')).toHaveAttribute('data-shards', '2');
});

test('a query matching articles in both shards returns all of them, each bundle loaded', async ({ page }) => {
  const errors = watchErrors(page);
  const bundles = new Set<string>();
  page.on('request', (request) => {
    const match = /\/(pagefind(?:-\d+)?)\/pagefind\.en_\w+\.pf_meta/.exec(request.url());
    if (match) bundles.add(match[1]!);
  });
  await page.goto(searchUrl('?q=SMS'));
  await expect(status(page)).toHaveText(/^3 results for “SMS”/);
  const titles = await results(page).getByRole('heading').allTextContents();
  expect(titles.map((t) => t.slice(0, 7)).sort()).toEqual(['Q266130', 'Q311457', 'Q313839']);
  expect([...bundles].sort()).toEqual(['pagefind', 'pagefind-1']);
  expect(errors).toEqual([]);
});

for (const form of ['Q266130', 'q266130', '266130', 'KB266130']) {
  test(`the id form ${form} gives Q266130 (shard 0) as the first result`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(searchUrl(`?q=${form}`));
    await expect(resultLink(page, 0)).toHaveText(/^Q266130: /);
    await expect(results(page).first()).toContainText('Article with this ID');
    expect(errors).toEqual([]);
  });
}

test('an id of an article in shard 1 gives that article first', async ({ page }) => {
  await page.goto(searchUrl('?q=313839'));
  await expect(resultLink(page, 0)).toHaveText(/^Q313839: /);
  await expect(results(page).first()).toContainText('Article with this ID');
});

test('filter counts add up over both shards, and a filter narrows to its count', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(searchUrl('?q=SMS'));
  await expect(status(page)).toHaveText(/^3 results/);
  await page.getByText('Filters', { exact: true }).click();
  const version = page.getByRole('group', { name: 'Version' });
  // `2.0`: Q266130 in shard 0, Q311457 and Q313839 in shard 1. `2.0 SP1`: Q266130 only. `kbenv`: Q313839 only.
  await expect(version.locator('label').filter({ has: page.getByText('2.0', { exact: true }) }).locator('.filter-count')).toHaveText('3');
  await expect(version.locator('label').filter({ hasText: '2.0 SP1' }).locator('.filter-count')).toHaveText('1');
  await expect(page.getByRole('group', { name: 'Keyword' }).locator('label').filter({ hasText: 'kbenv' }).locator('.filter-count')).toHaveText('1');
  await expect(page.getByRole('group', { name: /shard/i })).toHaveCount(0);
  await page.getByRole('group', { name: 'Keyword' }).getByRole('checkbox', { name: /kbenv/ }).check();
  await expect(status(page)).toHaveText(/^1 result for “SMS” with the selected filters/);
  await expect(resultLink(page, 0)).toHaveText(/^Q313839: /);
  expect(errors).toEqual([]);
});

test('newest and oldest first order the articles of both shards by date', async ({ page }) => {
  const errors = watchErrors(page);
  // Q313839 2002-08-03 and Q311457 2002-06-05 (shard 1), Q266130 2002-05-27 (shard 0).
  await page.goto(searchUrl('?q=SMS&sort=newest'));
  await expect(status(page)).toHaveText(/^3 results/);
  await expect(results(page).getByRole('heading')).toHaveText([/^Q313839/, /^Q311457/, /^Q266130/]);
  await page.goto(searchUrl('?q=SMS&sort=oldest'));
  await expect(status(page)).toHaveText(/^3 results/);
  await expect(results(page).getByRole('heading')).toHaveText([/^Q266130/, /^Q311457/, /^Q313839/]);
  await page.goto(searchUrl('?version=2.0&sort=newest'));
  await expect(status(page)).toHaveText(/^3 results with the selected filters/);
  await expect(results(page).getByRole('heading')).toHaveText([/^Q313839/, /^Q311457/, /^Q266130/]);
  expect(errors).toEqual([]);
});

test('a result from shard 1 links under the site and highlights the words on its article', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(searchUrl('?q=WinZip'));
  await expect(resultLink(page, 0)).toHaveText(/^Q311457: /);
  await expect(resultLink(page, 0)).toHaveAttribute('href', '/kb/311/Q311457/?pagefind-highlight=winzip');
  await resultLink(page, 0).click();
  await expect(page).toHaveURL(/\/kb\/311\/Q311457\/\?pagefind-highlight=winzip$/);
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/winzip/i);
  expect(errors).toEqual([]);
});
