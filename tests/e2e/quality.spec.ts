import { expect, test } from '@playwright/test';

const ARTICLE = '/kb/311/Q311457/';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the article is fully readable', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Q311457');
    await expect(page.getByRole('heading', { name: 'How to Install SMS 2.0 SP4' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Q266130 SMS: Component Versions/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Referenced by' })).toBeVisible();
  });
});

test('an article page loads only the site\'s shared, content-hashed script files, no search code', async ({ page }) => {
  // Its scripts are files every page shares, cached once, not copies inside each page (docs/deploy.md#page-weight).
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(ARTICLE);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toMatch(/^\/_astro\/(?:[^/]+\.)?[\w-]{8}\.js$/);
});

test('the article fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(ARTICLE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the page turns dark when the system prefers a dark scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ARTICLE);
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const luminance = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
  expect(luminance(light)).toBeGreaterThan(600);
  expect(luminance(dark)).toBeLessThan(150);
});

test('printing keeps the metadata card, drops the site chrome and prints link targets', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'Article details' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  const link = page.getByRole('link', { name: /^Q266130 SMS: Component Versions/ });
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/kb/266/Q266130/');
});
