import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from '../helpers/page-errors.ts';

/** Result list items of the search page. */
const results = (page: Page) => page.getByRole('list').filter({ has: page.locator('.result') }).locator(':scope > li');
/** The announced status line (`3 results for …`). */
const status = (page: Page) => page.getByRole('status').filter({ hasText: /result|Searching/ });
/** Link of the n-th result's title. */
const resultLink = (page: Page, n: number) => results(page).nth(n).getByRole('heading').getByRole('link');

test('a quoted phrase from the original article finds Q311457 first', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('"does not use the CD Patch tool"'));
  await expect(status(page)).toHaveText(/^1 result for/);
  await expect(resultLink(page, 0)).toHaveText(/^Q311457: /);
  await expect(results(page).first().locator('mark').first()).toBeVisible();
});

/** Paths under `pagefind/` the page fetches, as they are requested (the worker's requests included). */
function bundleRequests(page: Page): string[] {
  const paths: string[] = [];
  page.context().on('request', (request) => {
    const match = /\/pagefind\/(.+)$/.exec(new URL(request.url()).pathname);
    if (match) paths.push(match[1]!);
  });
  return paths;
}

test('a first query fetches Pagefind\'s script, worker, WebAssembly, metadata, its words\' chunks and the shown results\' fragments; filters once the panel opens', async ({ page }) => {
  const errors = watchErrors(page);
  const fetched = bundleRequests(page);
  await page.goto('/search/?q=SMS');
  await expect(status(page)).toHaveText(/^3 results for “SMS”/);
  for (const file of ['shards.json', 'pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']) expect(fetched).toContain(file);
  expect(fetched.filter((path) => path.endsWith('.pf_meta'))).toHaveLength(1);
  expect(fetched.filter((path) => path.startsWith('index/')).length).toBeGreaterThanOrEqual(1);
  expect(fetched.filter((path) => path.startsWith('fragment/'))).toHaveLength(3);
  expect(fetched.filter((path) => path.startsWith('filter/'))).toEqual([]);

  await page.getByText('Filters', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Version' })).toBeVisible();
  expect(fetched.some((path) => path.startsWith('filter/'))).toBe(true);
  expect(errors).toEqual([]);
});

test('opening the filters with no query shows every value with its number of articles', async ({ page }) => {
  const fetched = bundleRequests(page);
  await page.goto('/search/');
  expect(fetched).toEqual([]);
  await page.getByText('Filters', { exact: true }).click();
  // `2.0`: all three articles; `kbenv`: Q313839 only.
  const version = page.getByRole('group', { name: 'Version' });
  await expect(version.locator('label').filter({ has: page.getByText('2.0', { exact: true }) }).locator('.filter-count')).toHaveText('3');
  await expect(page.getByRole('group', { name: 'Keyword' }).locator('label').filter({ hasText: 'kbenv' }).locator('.filter-count')).toHaveText('1');
  await page.getByRole('group', { name: 'Keyword' }).getByRole('checkbox', { name: /kbenv/ }).check();
  await expect(status(page)).toHaveText('1 result with the selected filters.');
  await expect(resultLink(page, 0)).toHaveText(/^Q313839: /);
});

test('newest and oldest first order the results by last-modified date', async ({ page }) => {
  const errors = watchErrors(page);
  // Q313839 2002-08-03, Q311457 2002-06-05, Q266130 2002-05-27.
  await page.goto('/search/?q=SMS&sort=newest');
  await expect(status(page)).toHaveText(/^3 results/);
  await expect(results(page).getByRole('heading')).toHaveText([/^Q313839/, /^Q311457/, /^Q266130/]);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Order' }).selectOption('oldest');
  await expect(page).toHaveURL(/\?q=SMS&sort=oldest$/);
  await expect(results(page).getByRole('heading')).toHaveText([/^Q266130/, /^Q311457/, /^Q313839/]);
  expect(errors).toEqual([]);
});

for (const form of ['Q266130', 'q266130', '266130', 'KB266130']) {
  test(`the id form ${form} gives Q266130 first with no search download, and Enter opens it`, async ({ page }) => {
    const fetched = bundleRequests(page);
    await page.goto(`/search/?q=${form}`);
    await expect(resultLink(page, 0)).toHaveText(/^Q266130: /);
    await expect(results(page).first()).toContainText('Article with this ID');
    await expect(resultLink(page, 0)).toHaveAttribute('href', '/kb/266/Q266130/');
    const box = page.getByRole('searchbox', { name: 'Search the archive' });
    await box.fill(form);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/kb\/266\/Q266130\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Q266130: /);
    expect(fetched).toEqual([]);
  });
}

for (const [query, id] of [['compver.ini', 'Q266130'], ['Setup.exe', 'Q311457'], ['SMS 2.0 SP4', 'Q311457']] as const) {
  test(`the query ${query} finds ${id} first`, async ({ page }) => {
    await page.goto('/search/?q=' + encodeURIComponent(query));
    await expect(resultLink(page, 0)).toHaveText(new RegExp(`^${id}: `));
  });
}

test('a filter narrows the results to the count it shows, and lands in the URL', async ({ page }) => {
  await page.goto('/search/?q=SMS');
  await expect(status(page)).toHaveText(/^3 results for “SMS”/);
  await page.getByText('Filters', { exact: true }).click();
  const option = page.getByRole('group', { name: 'Version' }).locator('label').filter({ hasText: '2.0 SP1' });
  await expect(option).toBeVisible();
  const shown = Number(await option.locator('.filter-count').textContent());
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(3);
  await option.getByRole('checkbox').check();
  await expect(status(page)).toHaveText(new RegExp(`^${shown} results? for “SMS” with the selected filters`));
  await expect(results(page)).toHaveCount(shown);
  // The URL is written a frame after the results show (url-history.ts), so wait for it.
  await expect.poll(() => new URL(page.url()).searchParams.getAll('version')).toEqual(['2.0 SP1']);
});

test('query and filters round-trip through the URL: reload, back and forward', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/search/?q=compver.ini');
  await expect(resultLink(page, 0)).toHaveText(/^Q266130: /);
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('SMS');
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=SMS$/);
  await expect(status(page)).toHaveText(/^3 results/);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('group', { name: 'Version' }).getByRole('checkbox', { name: /2\.0 SP1/ }).check();
  await expect(page).toHaveURL(/\?q=SMS&version=2\.0\+SP1$/);
  await expect(status(page)).toHaveText(/with the selected filters/);

  await page.reload();
  await expect(box).toHaveValue('SMS');
  await expect(page.getByRole('group', { name: 'Version' }).getByRole('checkbox', { name: /2\.0 SP1/ })).toBeChecked();
  await expect(status(page)).toHaveText(/with the selected filters/);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=SMS$/);
  await expect(status(page)).toHaveText(/^3 results for “SMS”\.$/);
  await page.goBack();
  await expect(box).toHaveValue('compver.ini');
  await expect(resultLink(page, 0)).toHaveText(/^Q266130: /);
  await page.goForward();
  await expect(box).toHaveValue('SMS');
  await expect(status(page)).toHaveText(/^3 results/);
  expect(errors).toEqual([]);
});

test('results link to matching sections, and opening one highlights the words on the article', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/search/?q=' + encodeURIComponent('WinZip'));
  const section = results(page).first().getByRole('list', { name: /Matching sections/ }).getByRole('link').first();
  await expect(section).toHaveAttribute('href', /\/kb\/311\/Q311457\/\?highlight=WinZip#how-to-install-sms-20-sp4$/);
  await section.click();
  await expect(page).toHaveURL(/\/kb\/311\/Q311457\/\?highlight=WinZip#how-to-install-sms-20-sp4$/);
  await expect(page.locator('#how-to-install-sms-20-sp4')).toBeInViewport();
  const marks = page.locator('mark.pagefind-highlight');
  await expect(marks.first()).toHaveText(/^winzip$/i);
  await expect(marks.first()).toHaveCSS('background-color', 'rgb(255, 255, 0)');
  await expect(marks.first()).toHaveCSS('color', 'rgb(0, 0, 0)');
  expect(errors).toEqual([]);
});

test('a result carries the words it matched, as written on the page, and the article marks them in the body only', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/search/?q=' + encodeURIComponent('installing service pack'));
  const link = results(page).filter({ hasText: 'Q311457' }).getByRole('heading').getByRole('link');
  const words = new URL(await link.getAttribute('href') ?? '', 'http://x').searchParams.getAll('highlight').map((w) => w.toLowerCase());
  // `installing` matched `install` and `installation` (one stem): the forms on the page are carried.
  expect(words).toEqual(expect.arrayContaining(['install', 'service', 'pack']));
  await link.click();
  const marks = page.locator('mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  const texts = (await marks.allTextContents()).map((text) => text.toLowerCase());
  expect(texts).toContain('install');
  expect(texts).toContain('service');
  // Only inside the indexed body: none in the metadata card, contents, "Referenced by" or site chrome.
  expect(await marks.evaluateAll((all) => all.filter((mark) => !mark.closest('[data-pagefind-body]') || mark.closest('[data-pagefind-ignore]')).length)).toBe(0);
  expect(errors).toEqual([]);
});

test('a quoted phrase is found with Pagefind\'s exact search and marked whole on the article', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/search/?q=' + encodeURIComponent('"the CD Patch tool"'));
  await expect(status(page)).toHaveText(/^1 result for/);
  await resultLink(page, 0).click();
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/^the CD Patch tool$/i);
  expect(errors).toEqual([]);
});

test('an article opened without the parameter loads no highlighter and marks nothing', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/kb/311/Q311457/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  await expect(page.locator('mark')).toHaveCount(0);
});

test('an index that cannot be loaded is said in the status, and the results list is not left busy', async ({ page }) => {
  await page.route('**/pagefind/shards.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/search/?q=SMS');
  await expect(page.getByRole('status')).toHaveText(/^Search is not available: the search index could not be loaded/);
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', /.*/);
  await expect(results(page)).toHaveCount(0);
});

test('a new search leaves the previous results until its own replace them, and says "Searching…" only while it is held up', async ({ page }) => {
  await page.goto('/search/?q=compver.ini');
  await expect(status(page)).toHaveText(/^1 result for “compver\.ini”/);
  await expect(resultLink(page, 0)).toHaveText(/^Q266130: /);
  const seen: string[] = [];
  await page.exposeFunction('recordChange', (text: string) => seen.push(text));
  await page.evaluate(() => {
    const record = (window as unknown as { recordChange(t: string): void }).recordChange;
    const list = document.getElementById('search-results')!;
    new MutationObserver(() => list.children.length === 0 && record('empty list')).observe(list, { childList: true });
  });
  // The new result's fragment held back (the tiny index's one chunk is loaded already): the old result
  // stays, the status says "Searching…" after a moment, then the new results come in one step.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.context().route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue();
  });
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('Setup.exe');
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Searching…');
  await expect(resultLink(page, 0)).toHaveText(/^Q266130: /);
  // The URL is written once the new results show.
  expect(new URL(page.url()).search).toBe('?q=compver.ini');
  release();
  await expect(status(page)).toHaveText(/results? for “Setup\.exe”/);
  await expect(resultLink(page, 0)).toHaveText(/^Q311457: /);
  expect(seen).toEqual([]);
  await expect(page).toHaveURL(/\?q=Setup\.exe$/);
});

test('a query without matches says so and offers help', async ({ page }) => {
  await page.goto('/search/?q=zyxwvutsrq');
  await expect(status(page)).toHaveText('No results for “zyxwvutsrq”.');
  await expect(page.getByRole('heading', { name: 'No articles match' })).toBeVisible();
});

test('the / and Ctrl+K shortcuts reach the search box from any page', async ({ page }) => {
  await page.goto('/kb/266/Q266130/');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toBeFocused();
  await page.goto('/search/?q=SMS');
  await page.getByRole('link', { name: /^Q311457:/ }).first().focus();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toBeFocused();
});
