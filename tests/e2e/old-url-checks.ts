/**
 * Browser checks that Microsoft's old KB URLs land on the archive's canonical pages, shared by the root
 * site (old-urls.spec.ts) and the `/kbarchive/` build (old-urls-base-path.spec.ts). `at(path)` turns a
 * path after the site root into what `page.goto` needs under the project's base URL.
 */
import { expect, test, type Page } from '@playwright/test';
import { MICROSOFT_SHAPES, NOT_ARTICLE_SHAPES } from '../fixtures/kb-url-shapes.ts';

/** A canonical article path at the end of a URL, `…/kb/311/Q311457/` (+ `#anchor`). */
function canonical(id: string, anchor = ''): RegExp {
  const bucket = String(Math.floor(Number(id.slice(1)) / 1000)).padStart(3, '0');
  return new RegExp(`/kb/${bucket}/${id}/${anchor}$`);
}

/** CSP violations the page reports from its first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Defines the old-URL tests for a site whose root is `root` (`/`, or `` for a base-relative baseURL). */
export function defineOldUrlTests(root: string, where: string): void {
  const at = (path: string) => `${root}${path}`;

  for (const shape of MICROSOFT_SHAPES) {
    test(`${where} the old URL /${shape.path} lands on the canonical page of ${shape.id}`, async ({ page }) => {
      await page.goto(at(shape.path));
      await expect(page).toHaveURL(canonical(shape.id));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(shape.id);
    });
  }

  for (const path of ['kb/311457/en-us#more-information', 'default.aspx?scid=kb;en-us;311457#more-information', '?kbid=311457#more-information']) {
    test(`${where} the old URL /${path} keeps its section anchor`, async ({ page }) => {
      await page.goto(at(path));
      await expect(page).toHaveURL(canonical('Q311457', '#more-information'));
      await expect(page.getByRole('heading', { name: 'MORE INFORMATION' })).toBeInViewport();
    });
  }

  test(`${where} an old URL of a cited but absent article lands on its not-in-archive page`, async ({ page }) => {
    await page.goto(at('default.aspx?scid=kb;EN-US;Q213410'));
    await expect(page).toHaveURL(canonical('Q213410'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Q213410 is not in this archive');
  });

  test(`${where} an old URL of an id nobody cites says so on the 404 page`, async ({ page }) => {
    await page.goto(at('kb/123456/en-us'));
    await expect(page.getByRole('status')).toHaveText('Article Q123456 is not in this archive, and no archived article cites it.');
    await expect(page).toHaveURL(/\/kb\/123456\/en-us$/);
  });

  test(`${where} the home page's ?kbid= of an id nobody cites lands on its absent page, which says so`, async ({ page }) => {
    await page.goto(at('?kbid=123456'));
    await expect(page).toHaveURL(canonical('Q123456'));
    await expect(page.getByRole('status')).toHaveText('Article Q123456 is not in this archive, and no archived article cites it.');
  });

  for (const path of NOT_ARTICLE_SHAPES) {
    test(`${where} /${path}, which names no article, stays on the helpful 404 page`, async ({ page }) => {
      const response = await page.goto(at(path));
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('status')).toHaveText('There is no page at this address.');
      expect(page.url()).toContain(path.split('?')[0]!);
    });
  }

  test(`${where} the home page without a query stays home, and its redirect script breaks no CSP rule`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(at(''));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KB Atlas');
    await page.goto(at('?id=311457'));
    await expect(page).toHaveURL(canonical('Q311457'));
    expect(await violations()).toEqual([]);
  });
}
