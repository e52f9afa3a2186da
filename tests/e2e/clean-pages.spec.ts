/**
 * What Lighthouse checks that a browser test can pin (scripts/audit-lighthouse.ts runs Lighthouse
 * itself): every page type loads with a clean console and no failed request, the site's icon
 * included; nothing on the search and article pages moves once drawn (the results fill space kept
 * for them, the copy buttons are laid out before their script runs); and the section links under a
 * search result name their article, not only their section.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectCleanConsole, expectIcons } from './clean-checks.ts';
import { pageTypes, searchAnswered } from './page-types.ts';

for (const type of pageTypes) {
  test(`the ${type.name} page logs no error and no failed request, its icon included`, ({ page, baseURL }) => expectCleanConsole(page, type, baseURL!));
}

test('the site icons are declared at the root and served as images', ({ page, request, baseURL }) => expectIcons(page, request, baseURL!, '/'));

/** Records the page's layout shifts (those not caused by input) from its first frame on, in `window.__shifts`. */
async function watchShifts(page: Page): Promise<() => Promise<number[]>> {
  await page.addInitScript(() => {
    const shifts: number[] = ((window as unknown as { __shifts: number[] }).__shifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return async () => {
    // Two frames after the last change, so its shift is reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  };
}

for (const viewport of [{ width: 1350, height: 940 }, { width: 412, height: 823 }]) {
  test(`search results fill space kept for them: nothing moves as they arrive (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const shifts = await watchShifts(page);
    await page.goto('/search/?q=service+pack');
    await searchAnswered(page);
    await expect(page.locator('.result')).not.toHaveCount(0);
    expect(await shifts()).toEqual([]);
  });
}

test('the results region holds a screen\'s height before the search script runs', async ({ page }) => {
  // With no script at all, what keeps the space is the page's stylesheet alone: a cached file that, being
  // render-blocking, applies before the first paint and before any module script runs. (Measured when
  // parsing ends, the stylesheet may still be on its way: that moment is never painted.)
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/search/?q=service+pack');
  const [height, screen] = await page.evaluate(() => [document.querySelector('.search-results')!.getBoundingClientRect().height, window.innerHeight]);
  expect(height).toBeGreaterThanOrEqual(screen!);
});

test('an article\'s copy buttons are laid out before their script runs, so nothing below them moves', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      (window as unknown as { __copyHeight: number }).__copyHeight = document.querySelector('[data-copy-root]')!.getBoundingClientRect().height;
    });
  });
  const shifts = await watchShifts(page);
  await page.goto('/kb/311/Q311457/');
  await expect(page.getByRole('group', { name: 'Copy a link to this article' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __copyHeight: number }).__copyHeight)).toBeGreaterThan(0);
  expect(await shifts()).toEqual([]);
});

test('each section link under a result names its article as well as its section', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('service pack'));
  await searchAnswered(page);
  const results = page.locator('.result');
  let checked = 0;
  for (const result of await results.all()) {
    const title = (await result.getByRole('heading').getByRole('link').textContent())!;
    for (const link of await result.getByRole('list', { name: /Matching sections/ }).getByRole('link').all()) {
      const name = await link.evaluate((a) => a.firstChild!.textContent!);
      await expect(link).toHaveAccessibleName(`${name} (in ${title})`);
      // Lighthouse reads a link's text (innerText), not its accessible name: it says the article too.
      expect(await link.evaluate((a) => (a as HTMLElement).innerText)).toContain(title);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(1);
});
