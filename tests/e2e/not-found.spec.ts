import { expect, test } from '@playwright/test';

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('search')).toBeVisible();
  await expect(page.getByRole('link', { name: 'products', exact: true })).toBeVisible();
});

test('the 404 page opens an article from the id typed in its lookup box', async ({ page }) => {
  await page.goto('/no/such/page/');
  await page.getByRole('textbox', { name: 'Open an article by its ID' }).fill('kb266130');
  await page.getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(/\/kb\/266\/Q266130\/$/);
});

test('the sitemap lists every article and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/kb/311/Q311457/', '/kb/266/Q266130/', '/kb/313/Q313839/']) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).not.toContain('Q213410');
});
