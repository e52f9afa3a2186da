import { expect, test } from '@playwright/test';

test('the Q266130 link of the original article reaches Q266130, whose "Referenced by" lists Q311457', async ({ page }) => {
  await page.goto('/kb/311/Q311457/');
  await page.getByRole('link', { name: /^Q266130 SMS: Component Versions/ }).click();
  await expect(page).toHaveURL(/\/kb\/266\/Q266130\/$/);
  const referencedBy = page.getByRole('region', { name: 'Referenced by' });
  await referencedBy.getByRole('link', { name: /^Q311457: SMS: How to Obtain and Install SMS 2\.0 SP4/ }).click();
  await expect(page).toHaveURL(/\/kb\/311\/Q311457\/$/);
});

test('an article nobody cites says so under "Referenced by"', async ({ page }) => {
  await page.goto('/kb/311/Q311457/');
  await expect(page.getByRole('region', { name: 'Referenced by' })).toContainText('No article in this archive cites Q311457.');
});

test('a reference to an article not in the archive is marked and leads to a page saying so', async ({ page }) => {
  await page.goto('/kb/266/Q266130/');
  const link = page.getByRole('link', { name: /^Q213410.*not archived/ }).first();
  await expect(link).toHaveAttribute('title', 'Q213410 is not in this archive');
  await link.click();
  await expect(page).toHaveURL(/\/kb\/213\/Q213410\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Q213410 is not in this archive');
  await expect(page.getByRole('region', { name: 'Articles citing Q213410' }).getByRole('link', { name: /^Q266130:/ })).toBeVisible();
});

test('the page of an id the archive lacks may be indexed (it lists who cites that id); the 404 page may not', async ({ page }) => {
  await page.goto('/kb/213/Q213410/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/kb\/213\/Q213410\/$/);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await page.goto('/no/such/page/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
