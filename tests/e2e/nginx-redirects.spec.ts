/**
 * The nginx map of `kbatlas redirects nginx`, in a real nginx in front of the real builds (at the root
 * and under `/kbarchive/`): every old shape answers a 301 to its canonical page, no script needed; the
 * anchor survives; an id with no page lands on its path, where the 404 page says so; anything else
 * gets the helpful 404. Skipped where nginx is not installed.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxMap } from '../../src/lib/linking/redirect-rules.ts';
import { articlePath } from '../../src/lib/site/urls.ts';
import { MICROSOFT_SHAPES, NOT_ARTICLE_SHAPES } from '../fixtures/kb-url-shapes.ts';
import { repoRoot } from '../helpers/cli.ts';
import { hasNginx, startNginx, type NginxHost } from '../helpers/nginx-host.ts';

test.skip(!hasNginx(), 'nginx is not installed (apt-get install -y nginx): the nginx redirect rules are not checked');

for (const { base, folder } of [{ base: '/', folder: 'root' }, { base: '/kbarchive/', folder: 'base' }]) {
  test.describe(`nginx serving the site at ${base}`, () => {
    let host: NginxHost;
    test.beforeAll(async () => {
      host = await startNginx(join(repoRoot, '.cache/e2e', folder), base, nginxMap(base));
    });
    test.afterAll(async () => host?.stop());

    test('every old shape answers a 301 to the canonical page', async ({ request }) => {
      for (const shape of MICROSOFT_SHAPES) {
        const response = await request.get(`${host.origin}${base}${shape.path}`, { maxRedirects: 0 });
        expect(response.status(), shape.path).toBe(301);
        expect(new URL(response.headers().location!, host.origin).pathname, shape.path).toBe(`${base}${articlePath(shape.id)}`);
      }
    });

    test('the browser lands on the section of an old URL with an anchor, and no script ran for it', async ({ page }) => {
      await page.route('**/*.js', (route) => route.abort());
      await page.goto(`${host.origin}${base}default.aspx?scid=kb;EN-US;Q311457#more-information`);
      await expect(page).toHaveURL(`${host.origin}${base}kb/311/Q311457/#more-information`);
    });

    test('an id with no page lands on its path, where the 404 page says it is not in the archive', async ({ page }) => {
      await page.goto(`${host.origin}${base}kb/123456/en-us`);
      await expect(page).toHaveURL(`${host.origin}${base}kb/123/Q123456/`);
      await expect(page.getByRole('status')).toHaveText('Article Q123456 is not in this archive, and no archived article cites it.');
    });

    test('canonical pages are served, and paths that name no article get the helpful 404', async ({ request }) => {
      expect((await request.get(`${host.origin}${base}kb/311/Q311457/`, { maxRedirects: 0 })).status()).toBe(200);
      for (const path of NOT_ARTICLE_SHAPES) {
        const response = await request.get(`${host.origin}${base}${path}`, { maxRedirects: 0 });
        expect(response.status(), path).toBe(404);
        expect(await response.text(), path).toContain('Page not found');
      }
    });
  });
}
