import { expect, test } from '@playwright/test';

// Run against the build with KB_BASE_PATH=/kbarchive/; relative URLs resolve under it.

test('under /kbarchive/ the home page links to articles under the base path', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: /^Q311457:/ }).first().click();
  await expect(page).toHaveURL(/\/kbarchive\/kb\/311\/Q311457\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Q311457');
});

test('under /kbarchive/ the stylesheet loads', async ({ page }) => {
  await page.goto('kb/311/Q311457/');
  await expect(page.getByRole('complementary', { name: 'Article details' })).toHaveCSS('border-top-style', 'solid');
});

test('under /kbarchive/ cross-references and backlinks stay under the base path', async ({ page }) => {
  await page.goto('kb/311/Q311457/');
  await page.getByRole('link', { name: /^Q266130 SMS: Component Versions/ }).click();
  await expect(page).toHaveURL(/\/kbarchive\/kb\/266\/Q266130\/$/);
  await page.getByRole('region', { name: 'Referenced by' }).getByRole('link', { name: /^Q311457:/ }).click();
  await expect(page).toHaveURL(/\/kbarchive\/kb\/311\/Q311457\/$/);
});

test('under /kbarchive/ a short link lands on the canonical page', async ({ page }) => {
  await page.goto('KB311457');
  await expect(page).toHaveURL(/\/kbarchive\/kb\/311\/Q311457\/$/);
});

test('under /kbarchive/ the breadcrumbs and browse pages work', async ({ page }) => {
  await page.goto('kb/311/Q311457/');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Microsoft Systems Management Server' }).click();
  await expect(page).toHaveURL(/\/kbarchive\/products\/microsoft-systems-management-server\/$/);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Years' }).click();
  await expect(page).toHaveURL(/\/kbarchive\/years\/$/);
});

test('under /kbarchive/ the canonical URL and sitemap include the base path', async ({ page, request }) => {
  await page.goto('kb/311/Q311457/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/kbarchive\/kb\/311\/Q311457\/$/);
  const sitemap = await (await request.get('sitemap.xml')).text();
  expect(sitemap).toContain('/kbarchive/kb/311/Q311457/</loc>');
});
