import { expect, test } from '@playwright/test';

// Runs in the `base-path` project: the default site built with KB_BASE_PATH=/kbarchive/ (relative URLs).

test('under /kbarchive/ search loads its index and results link under the base path', async ({ page }) => {
  const errors: string[] = [];
  const index: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (request.url().includes('/search-index/')) index.push(new URL(request.url()).pathname);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('search/?q=266130');
  const first = page.locator('.result-title a').first();
  await expect(first).toHaveText(/^Q266130: /);
  await expect(first).toHaveAttribute('href', /^\/kbarchive\/kb\/266\/Q266130\/\?highlight=Q266130$/);
  expect(index.length).toBeGreaterThan(0);
  expect(index.every((path) => path.startsWith('/kbarchive/search-index/'))).toBe(true);
  await first.click();
  await expect(page).toHaveURL(/\/kbarchive\/kb\/266\/Q266130\/\?highlight=Q266130$/);
  await expect(page.locator('mark.search-highlight').first()).toHaveText('Q266130');
  expect(errors).toEqual([]);
});

test('under /kbarchive/ the / shortcut opens the search page under the base path', async ({ page }) => {
  await page.goto('kb/311/Q311457/');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/kbarchive\/search\/$/);
  await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toBeFocused();
});
