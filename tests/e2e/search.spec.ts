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

/** Paths under `search-index/` the page fetches, as they are requested. */
function indexRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const match = /\/search-index\/(.+)$/.exec(new URL(request.url()).pathname);
    if (match) paths.push(match[1]!);
  });
  return paths;
}

test('a first query fetches meta.bin, its words\' buckets and the shown results\' data only; filters once the panel opens', async ({ page }) => {
  const errors = watchErrors(page);
  const fetched = indexRequests(page);
  await page.goto('/search/?q=SMS');
  await expect(status(page)).toHaveText(/^3 results for “SMS”/);
  const shown = (await results(page).getByRole('heading').allTextContents()).map((title) => Number(/^Q(\d+)/.exec(title)![1]));
  expect(fetched.filter((path) => path === 'meta.bin')).toHaveLength(1);
  expect(fetched.filter((path) => path.startsWith('t/')).length).toBeGreaterThanOrEqual(1);
  expect(fetched.filter((path) => path.startsWith('d/')).sort()).toEqual(shown.map((n) => `d/${Math.floor(n / 1000)}/${n}.bin`).sort());
  expect(fetched.filter((path) => !/^(meta\.bin|t\/[\w]+\.bin|d\/\d+\/\d+\.bin)$/.test(path))).toEqual([]);

  await page.getByText('Filters', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Version' })).toBeVisible();
  expect(fetched.some((path) => path.startsWith('f/version-'))).toBe(true);
  expect(fetched.filter((path) => path.startsWith('dates-'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('opening the filters with no query shows every value with its number of articles', async ({ page }) => {
  const fetched = indexRequests(page);
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
  test(`the id form ${form} gives Q266130 as the first result`, async ({ page }) => {
    await page.goto(`/search/?q=${form}`);
    await expect(resultLink(page, 0)).toHaveText(/^Q266130: /);
    await expect(results(page).first()).toContainText('Article with this ID');
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
  expect(new URL(page.url()).searchParams.getAll('version')).toEqual(['2.0 SP1']);
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
  await resultLink(page, 0).click();
  await expect(page).toHaveURL(/\/kb\/311\/Q311457\/\?highlight=WinZip$/);
  const marks = page.locator('mark.search-highlight');
  await expect(marks.first()).toHaveText(/^winzip$/i);
  await expect(marks.first()).toHaveCSS('background-color', 'rgb(255, 255, 0)');
  await expect(marks.first()).toHaveCSS('color', 'rgb(0, 0, 0)');
  expect(errors).toEqual([]);
});

test('the article marks the query words as the index matched them, in the body only', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/kb/311/Q311457/?highlight=' + encodeURIComponent('installing the service pack'));
  const marks = page.locator('mark.search-highlight');
  await expect(marks.first()).toBeVisible();
  const texts = (await marks.allTextContents()).map((text) => text.toLowerCase());
  // `installing` marks `install`/`installation` (one stem); `the` is a stop word, as in the search.
  expect(texts).toContain('install');
  expect(texts).toContain('service');
  expect(texts).not.toContain('the');
  // Only inside the indexed body: none in the metadata card, contents, "Referenced by" or site chrome.
  expect(await marks.evaluateAll((all) => all.filter((mark) => !mark.closest('[data-search-body]') || mark.closest('[data-search-ignore], .heading-anchor')).length)).toBe(0);
  expect(errors).toEqual([]);
});

test('an article opened without the parameter loads no highlighter and marks nothing', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/kb/311/Q311457/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await expect(page.locator('mark')).toHaveCount(0);
});

test('an index that cannot be loaded is said in the status, and the results list is not left busy', async ({ page }) => {
  await page.route('**/search-index/meta.bin', (route) => route.fulfill({ status: 404, body: '' }));
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
  // The new result's data held back (the tiny index's one bucket is loaded already): the old result
  // stays, the status says "Searching…" after a moment, then the new results come in one step.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/search-index/d/**', async (route) => {
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
