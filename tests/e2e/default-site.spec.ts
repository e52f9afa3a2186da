import { expect, test } from '@playwright/test';

test('the home page lists the three embedded articles', async ({ page }) => {
  await page.goto('/');
  for (const id of ['Q311457', 'Q266130', 'Q313839']) {
    await expect(page.getByRole('link', { name: new RegExp(`^${id}:`) })).toBeVisible();
  }
});

test('the original article shows its sections as headings and its steps as an ordered list', async ({ page }) => {
  await page.goto('/kb/311/Q311457/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Q311457: SMS: How to Obtain and Install SMS 2.0 SP4');
  await expect(page.getByRole('heading', { level: 2, name: 'SUMMARY', exact: true })).toHaveAttribute('id', 'summary');
  await expect(page.getByRole('heading', { level: 2, name: 'MORE INFORMATION', exact: true })).toHaveAttribute('id', 'more-information');
  await expect(page.getByRole('heading', { level: 3, name: 'How to Install SMS 2.0 SP4' })).toBeVisible();
  const steps = page.getByRole('list').filter({ hasText: 'Download the language version of SP4' }).getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(3)).toContainText('Run Setup.exe from the SP4 image that you extracted.');
  expect(await steps.first().evaluate((li) => li.parentElement?.tagName)).toBe('OL');
});

test('a cited article in the archive is a link that reaches it', async ({ page }) => {
  await page.goto('/kb/311/Q311457/');
  const link = page.getByRole('link', { name: /^Q266130 SMS: Component Versions/ });
  await expect(link).toHaveAttribute('title', /Q266130: /);
  await link.click();
  await expect(page).toHaveURL(/\/kb\/266\/Q266130\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Q266130');
});
