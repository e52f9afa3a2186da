/**
 * The shipped nginx server block (deploy/nginx/kbatlas.conf, docs/deploy.md) in a real nginx in front of the
 * built default site, at the root and under `/kbarchive/`, changed only where the file says CHANGE: an article
 * reads with its scripts running under both policies, a short link lands on its article, a missing path gets
 * the 404 page with status 404, hashed files are cached for a year and pages revalidated, text is gzipped,
 * and every response carries the Content-Security-Policy header a <meta> cannot. Skipped without nginx.
 */
import { join } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { nginxMap } from '../../src/lib/linking/redirect-rules.ts';
import { repoRoot } from '../helpers/cli.ts';
import { hasNginx, startShippedNginx, type NginxHost } from '../helpers/nginx-host.ts';

test.skip(!hasNginx(), 'nginx is not installed (apt-get install -y nginx): the shipped nginx configuration is not checked');

const YEAR = 'public, max-age=31536000, immutable';

/** The headers every response of the shipped block carries. */
function expectSiteHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['content-security-policy'], response.url()).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
  expect(headers['x-content-type-options'], response.url()).toBe('nosniff');
}

for (const { base, folder } of [{ base: '/', folder: 'root' }, { base: '/kbarchive/', folder: 'base' }]) {
  test.describe(`deploy/nginx/kbatlas.conf serving the site at ${base}`, () => {
    let host: NginxHost;
    let url: (path: string) => string;
    test.beforeAll(async () => {
      host = await startShippedNginx(join(repoRoot, '.cache/e2e', folder), base, nginxMap(base));
      url = (path) => `${host.origin}${base}${path}`;
    });
    test.afterAll(async () => host?.stop());

    test('an article reads, and its scripts run under the page policy and the header policy together', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(url('kb/311/Q311457/'));
      expect(response!.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Q311457: SMS: How to Obtain and Install SMS 2.0 SP4');
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
      // The copy script is a same-origin file: it ran, so clicking a button says it copied (or why not).
      await page.getByRole('button', { name: 'Copy URL' }).click();
      await expect(page.getByRole('group', { name: 'Copy a link to this article' }).getByRole('status')).not.toBeEmpty();
      expect(errors).toEqual([]);
    });

    test('a short link answers a 301 to its article, and the browser lands there', async ({ page, request }) => {
      const response = await request.get(url('Q311457'), { maxRedirects: 0 });
      expect(response.status()).toBe(301);
      expect(response.headers().location).toBe(`${base}kb/311/Q311457/`);
      await page.goto(url('q311457'));
      await expect(page).toHaveURL(url('kb/311/Q311457/'));
    });

    test('a missing path gets the helpful 404 page with status 404', async ({ page, request }) => {
      const response = await request.get(url('no-such-page/'));
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain('Page not found');
      expectSiteHeaders(response);
      await page.goto(url('no-such-page/'));
      await expect(page.getByRole('searchbox')).toBeVisible();
    });

    test('content-hashed files are cached for a year, pages and unhashed files revalidated', async ({ request }) => {
      const article = await request.get(url('kb/311/Q311457/'));
      expect(article.headers()['cache-control']).toBe('no-cache');
      expectSiteHeaders(article);
      const html = await article.text();
      const assets = [...html.matchAll(/(?:href|src)="([^"]*\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
      expect(assets.length, 'the article links hashed scripts and styles').toBeGreaterThan(1);
      for (const asset of assets) {
        const response = await request.get(`${host.origin}${asset}`);
        expect(response.status(), asset).toBe(200);
        expect(response.headers()['cache-control'], asset).toBe(YEAR);
        expectSiteHeaders(response);
      }
      const entry = await request.get(url('pagefind/pagefind-entry.json'));
      expect(entry.headers()['cache-control']).toBe('no-cache');
      const { languages } = (await entry.json()) as { languages: Record<string, { hash: string }> };
      const meta = await request.get(url(`pagefind/pagefind.${languages.en!.hash}.pf_meta`));
      expect(meta.status()).toBe(200);
      expect(meta.headers()['cache-control']).toBe(YEAR);
      expect((await request.get(url('pagefind/pagefind.js'))).headers()['cache-control']).toBe('no-cache');
    });

    test('pages and styles are sent gzipped', async ({ request }) => {
      const page = await request.get(url('kb/311/Q311457/'), { headers: { 'accept-encoding': 'gzip' } });
      expect(page.headers()['content-encoding']).toBe('gzip');
      const css = /href="([^"]*\/_astro\/[^"]+\.css)"/.exec(await page.text())![1]!;
      expect((await request.get(`${host.origin}${css}`, { headers: { 'accept-encoding': 'gzip' } })).headers()['content-encoding']).toBe('gzip');
    });
  });
}
