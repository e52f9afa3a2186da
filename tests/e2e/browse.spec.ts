import { expect, test } from '@playwright/test';

const original = /^Q311457: SMS: How to Obtain and Install SMS 2\.0 SP4/;

test('the product page lists the article', async ({ page }) => {
  await page.goto('/products/');
  await page.getByRole('link', { name: 'Microsoft Systems Management Server' }).click();
  await expect(page).toHaveURL(/\/products\/microsoft-systems-management-server\/$/);
  await expect(page.getByRole('link', { name: original })).toBeVisible();
});

test('the keyword page lists the article', async ({ page }) => {
  await page.goto('/keywords/');
  await page.getByRole('link', { name: 'kbsms200', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('kbsms200');
  await expect(page.getByRole('link', { name: original })).toBeVisible();
});

test('the year page lists the article', async ({ page }) => {
  await page.goto('/years/');
  await page.getByRole('link', { name: '2002', exact: true }).click();
  await expect(page).toHaveURL(/\/years\/2002\/$/);
  await expect(page.getByRole('link', { name: original })).toBeVisible();
});

test('index pages list articles newest first', async ({ page }) => {
  await page.goto('/products/microsoft-systems-management-server/');
  await expect(page.getByRole('main').getByRole('link', { name: /^Q\d+:/ })).toHaveText([/^Q313839:/, /^Q311457:/, /^Q266130:/]);
});

test('the home page explains the archive, counts it and offers a search box', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KB Atlas');
  await expect(page.getByRole('main')).toContainText('Microsoft Knowledge Base articles');
  await expect(page.getByRole('region', { name: 'The archive in numbers' })).toContainText('3 articles');
  await expect(page.getByRole('region', { name: 'Products' }).getByRole('listitem')).toHaveText(['Microsoft Systems Management Server (3)']);
  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: 'Search the archive' }).fill('SP4');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=SP4$/);
});
