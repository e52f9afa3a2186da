/**
 * Accessibility of the default site: axe-core with the WCAG 2.2 A/AA rules on every page type (zero
 * violations), and keyboard-only use: skip link, visible focus, Tab order through the header, the
 * `/` shortcut, and searching and opening a result without a mouse.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pageTypes } from './page-types.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const { name, path, ready } of pageTypes) for (const scheme of ['light', 'dark'] as const) {
  test(`the ${name} page has no WCAG 2.2 AA violations (axe-core, ${scheme} colours)`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/${path}`);
    await ready?.(page);
    const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
    testInfo.annotations.push({ type: 'axe', description: `${name} (${scheme}): ${results.passes.length} rules passed, ${results.violations.length} violated` });
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
  });
}

/** The element that has focus, described by tag, text and href. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? '', id: el?.id ?? '' };
  });
}

test('the first Tab shows the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/kb/311/Q311457/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const after = await focused(page);
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  expect(after.tag).toBe('A');
});

test('Tab walks the header in reading order: site name, Products, Keywords, Years, Search', async ({ page }) => {
  await page.goto('/');
  const order: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    order.push((await focused(page)).text);
  }
  expect(order).toEqual(['Skip to content', 'KB Atlas', 'Products', 'Keywords', 'Years', 'Search']);
});

test('focused links and fields show a visible focus indicator', async ({ page }) => {
  await page.goto('/');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, shadow: style.boxShadow };
    });
    expect(outline.style !== 'none' && outline.width >= 1 || outline.shadow !== 'none', JSON.stringify(outline)).toBe(true);
  }
});

test('keyboard only: `/` focuses search, typing and Enter searches, Tab reaches a result, Enter opens it', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('body').press('/');
  const box = page.getByRole('searchbox').first();
  await expect(box).toBeFocused();
  await page.keyboard.type('Q311457');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for/, { timeout: 15_000 });
  const first = page.locator('.result-title a').first();
  for (let i = 0; i < 40 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kb\/311\/Q311457\//);
});

test('keyboard only: `/` on an article page opens the search page', async ({ page }) => {
  await page.goto('/kb/311/Q311457/');
  await page.locator('body').press('/');
  await expect(page).toHaveURL(/\/search\/$/);
});
