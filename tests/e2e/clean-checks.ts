/** Checks shared by the root and `/kbarchive/` builds: a page type's clean console, and the site's icons. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { watchErrors } from '../helpers/page-errors.ts';
import type { PageType } from './page-types.ts';

/**
 * Opens `type`'s page (relative to `baseURL`) and expects no console error and no failed request
 * once the network is quiet, the browser's own request for the site icon included. The 404 page's
 * own status is the one failure it may show: it answers 404, as a missing page must.
 */
export async function expectCleanConsole(page: Page, { name, path, ready }: PageType, baseURL: string): Promise<void> {
  const errors = watchErrors(page);
  const url = new URL(path, baseURL).href;
  await page.goto(url);
  await ready?.(page);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual(name === '404' ? [`404 ${url}`] : []);
}

/** Expects an article page under `base` to declare the site's icons under `base`, each served as an image. */
export async function expectIcons(page: Page, request: APIRequestContext, baseURL: string, base: string): Promise<void> {
  await page.goto(new URL('kb/311/Q311457/', baseURL).href);
  const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(icons).toEqual(['favicon.ico', 'favicon.svg', 'apple-touch-icon.png'].map((file) => `${base}${file}`));
  for (const icon of icons) {
    const response = await request.get(new URL(icon, baseURL).href);
    expect(response.status(), icon).toBe(200);
    expect(response.headers()['content-type'], icon).toMatch(/^image\//);
  }
}
