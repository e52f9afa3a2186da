import { expect, test } from '@playwright/test';

// Runs in the `base-path` project: the default site built with KB_BASE_PATH=/kbarchive/ (relative URLs).

test('under /kbarchive/ search loads its Pagefind bundle and results link under the base path', async ({ page }) => {
  const errors: string[] = [];
  const bundle: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.context().on('request', (request) => {
    if (request.url().includes('/pagefind/')) bundle.push(new URL(request.url()).pathname);
  });
  page.context().on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('search/?q=' + encodeURIComponent('component versions'));
  const first = page.locator('.result-title a').first();
  await expect(first).toHaveText(/^Q266130: /);
  await expect(first).toHaveAttribute('href', /^\/kbarchive\/kb\/266\/Q266130\/\?highlight=Component&highlight=Versions/);
  expect(bundle.length).toBeGreaterThan(0);
  expect(bundle.every((path) => path.startsWith('/kbarchive/pagefind/'))).toBe(true);
  await first.click();
  await expect(page).toHaveURL(/\/kbarchive\/kb\/266\/Q266130\/\?highlight=/);
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/^(component|versions)$/i);
  expect(errors).toEqual([]);
});

test('under /kbarchive/ an id opens its article under the base path', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('KB266130');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/kbarchive\/kb\/266\/Q266130\/$/);
});

test('under /kbarchive/ the / shortcut opens the search page under the base path', async ({ page }) => {
  await page.goto('kb/311/Q311457/');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/kbarchive\/search\/$/);
  await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toBeFocused();
});
