import { expect, test } from '@playwright/test';

// What wiki users type or paste; none of these has a file of its own on the host.
for (const path of ['/Q311457', '/q311457/', '/kb/Q311457', '/kb/311457/', '/KB311457', '/kb/kb311457', '/kb/311/q311457']) {
  test(`the short link ${path} lands on the canonical article page`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(/\/kb\/311\/Q311457\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Q311457');
  });
}

test('a short link keeps its section anchor', async ({ page }) => {
  await page.goto('/Q311457#more-information');
  await expect(page).toHaveURL(/\/kb\/311\/Q311457\/#more-information$/);
});

test('a short link to a cited but absent article lands on its not-in-archive page', async ({ page }) => {
  await page.goto('/Q213410');
  await expect(page).toHaveURL(/\/kb\/213\/Q213410\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Q213410 is not in this archive');
});

test('a short link to an id nobody cites says the article is not in the archive', async ({ page }) => {
  await page.goto('/Q123456');
  await expect(page.getByRole('status')).toHaveText('Article Q123456 is not in this archive, and no archived article cites it.');
  await expect(page).toHaveURL(/\/Q123456$/);
});
