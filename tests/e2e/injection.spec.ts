/**
 * Hostile article text (script tags, MDX expressions and ESM, event-handler attributes, javascript:
 * and data: URLs, stray closing tags, comments, entities) imported with the real CLI and built into a
 * private site: every case shows as its literal text, nothing runs, and only http, https, ftp and
 * mailto become links, external ones with `rel="noopener"`.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { injectionCases, listingPages } from '../fixtures/injection/cases.ts';
import { repoRoot } from '../helpers/cli.ts';
import { validateBuild } from '../helpers/html-validity.ts';
import { linkFigures } from '../helpers/link-report.ts';
import { privateSite, type PrivateSite } from '../helpers/private-site.ts';

test.describe.configure({ mode: 'serial' });

let site: PrivateSite;
const incidents: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await privateSite([join(repoRoot, 'tests/fixtures/injection')]);
});

test.afterAll(async () => {
  await site?.close();
});

/** Opens `path` on the injection site, recording any dialog, page error or console error. */
async function open(page: Page, path: string): Promise<void> {
  page.on('dialog', (dialog) => {
    incidents.push(`dialog on ${path}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.push(`page error on ${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) incidents.push(`console error on ${path}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) incidents.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${site.origin}/${path}`);
}

/** The page's visible text with runs of white space made one space. */
async function visibleText(page: Page): Promise<string> {
  return (await page.locator('body').innerText()).replace(/\s+/g, ' ');
}

/** Everything in the DOM that would run or load something the article text asked for. */
async function activeContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.tagName} ${attr}`);
    }
    for (const script of document.querySelectorAll('script')) {
      if (script.type === 'application/ld+json') {
        try {
          JSON.parse(script.textContent ?? '');
        } catch {
          found.push('JSON-LD that does not parse');
        }
      } else if (script.textContent?.includes('alert(')) found.push('script with alert');
    }
    for (const el of document.querySelectorAll('main img, main iframe, main object, main embed, main style, main b, svg:not([aria-hidden="true"])')) found.push(el.tagName);
    return found;
  });
}

/** Links whose scheme is not http, https, ftp or mailto, and external links without rel=noopener. */
async function badLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].flatMap((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      if (!['http:', 'https:', 'ftp:', 'mailto:'].includes(url.protocol)) return [`scheme: ${a.getAttribute('href')}`];
      const external = url.protocol !== 'mailto:' && url.origin !== location.origin;
      if (external && !(a.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')) return [`no noopener: ${a.getAttribute('href')}`];
      return [];
    }),
  );
}

for (const { page: path, where, texts } of injectionCases) {
  test(`${path} shows hostile text in ${where} literally and runs nothing`, async ({ page }) => {
    await open(page, path);
    const text = await visibleText(page);
    const missing = texts.filter((t) => !text.includes(t));
    expect(missing, `shown as literal text on ${path}`).toEqual([]);
    expect(await page.title()).toBe(`${texts[0]} · KB Atlas`);
    expect(await activeContent(page)).toEqual([]);
    expect(await badLinks(page)).toEqual([]);
  });
}

test('only http, https, ftp and mailto text becomes links, external ones with rel="noopener noreferrer"', async ({ page }) => {
  await open(page, 'kb/900/Q900001/');
  const links = await page.locator('.article-body a:not(.kbref, .heading-anchor)').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
  expect(links).toEqual([
    ['http://example.com/a', 'noopener noreferrer'],
    ['http://www.example.com/ok', 'noopener noreferrer'],
    ['https://example.org/secure', 'noopener noreferrer'],
    ['ftp://ftp.example.com/pub/', 'noopener noreferrer'],
    ['http://www.example.net/page', 'noopener noreferrer'],
    ['mailto:support@example.com', null],
  ]);
});

for (const path of listingPages) {
  test(`/${path} lists hostile titles, products and keywords as text and runs nothing`, async ({ page }) => {
    await open(page, path);
    if (path.startsWith('search/')) await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible({ timeout: 15_000 });
    expect(await activeContent(page)).toEqual([]);
    expect(await badLinks(page)).toEqual([]);
    if (path.startsWith('search/')) expect(await visibleText(page)).toContain('<img src=x onerror=alert(1)>');
  });
}

test('no internal link of the injection site points nowhere; the three absent ids have their pages', () => {
  const figures = linkFigures(site.outDir);
  expect(figures.broken).toEqual([]);
  expect(figures.absentIds).toEqual(['Q999001', 'Q999002', 'Q999003']);
});

test('every page of the injection site is valid HTML', async () => {
  const { problems } = await validateBuild(site.outDir);
  expect(problems).toEqual([]);
});

test('no dialog opened and no script error happened on any injection page', () => {
  expect(incidents).toEqual([]);
});
