import { expect, test } from '@playwright/test';

const ARTICLE = '/kb/311/Q311457/';

test('the metadata card shows the id, product, version, keywords, date and issue type', async ({ page }) => {
  await page.goto(ARTICLE);
  const card = page.getByRole('complementary', { name: 'Article details' });
  await expect(card.getByRole('definition').filter({ hasText: /^Q311457$/ })).toBeVisible();
  await expect(card.getByRole('link', { name: 'Microsoft Systems Management Server' })).toBeVisible();
  await expect(card.getByRole('link', { name: 'kbsms200' })).toBeVisible();
  // An ISO date as the element's text is its machine-readable value: no `datetime` repeating it (HTML, the time element).
  await expect(card.locator('time:not([datetime])', { hasText: /^2002-06-05$/ })).toBeVisible();
  await expect(card).toContainText('kbinfo');
  await expect(card).toContainText('2.0');
});

test('the applies-to list names the product version', async ({ page }) => {
  await page.goto(ARTICLE);
  const appliesTo = page.getByRole('region', { name: 'Applies to' });
  await expect(appliesTo.getByRole('listitem')).toHaveText(['Microsoft Systems Management Server version 2.0']);
});

test('the table of contents links to every section anchor', async ({ page }) => {
  await page.goto(ARTICLE);
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('link')).toHaveText(['SUMMARY', 'MORE INFORMATION', 'How to Install SMS 2.0 SP4']);
  await toc.getByRole('link', { name: 'How to Install SMS 2.0 SP4' }).click();
  await expect(page).toHaveURL(/#how-to-install-sms-20-sp4$/);
});

test('a section heading shows its permalink on keyboard focus', async ({ page }) => {
  await page.goto(ARTICLE);
  const permalink = page.getByRole('link', { name: 'Permalink: MORE INFORMATION' });
  await expect(permalink).toHaveAttribute('href', '#more-information');
  await expect(permalink).toHaveCSS('opacity', '0');
  await permalink.focus();
  await expect(permalink).toHaveCSS('opacity', '1');
});

test('a section heading shows its permalink on hover', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole('heading', { name: 'SUMMARY', exact: true }).hover();
  await expect(page.getByRole('link', { name: 'Permalink: SUMMARY' })).toHaveCSS('opacity', '1');
});

test('the article ends with the archival notice, whose link leads to Microsoft’s disclaimer', async ({ page }) => {
  await page.goto(ARTICLE);
  const notice = page.getByRole('region', { name: 'Disclaimer' });
  await expect(notice).toContainText('archived copy of Microsoft Knowledge Base content');
  // The standard text is one page of the site, not 850 bytes repeated on every article.
  await expect(notice).not.toContainText('AS IS');
  await notice.getByRole('link', { name: 'disclaimer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Disclaimer');
  await expect(page.getByRole('main')).toContainText('PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND');
});

test('breadcrumbs lead from home through the product to the article', async ({ page }) => {
  await page.goto(ARTICLE);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'Microsoft Systems Management Server', 'Q311457']);
  await crumbs.getByRole('link', { name: 'Microsoft Systems Management Server' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Microsoft Systems Management Server');
});

test('previous and next links move within the product, newest first', async ({ page }) => {
  await page.goto(ARTICLE);
  const nav = page.getByRole('navigation', { name: 'More in Microsoft Systems Management Server' });
  // Q313839 (2002-08-03) is newer, Q266130 (2002-05-27) older than Q311457 (2002-06-05).
  await expect(nav.getByRole('link', { name: /Newer .* Q313839:/ })).toHaveAttribute('href', '/kb/313/Q313839/');
  await expect(nav.getByRole('link', { name: /Older .* Q266130:/ })).toHaveAttribute('href', '/kb/266/Q266130/');
});

test('the page has its canonical URL and its summary as meta description', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/kb\/311\/Q311457\/$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^This article describes how to upgrade to Systems Management Server/);
});
