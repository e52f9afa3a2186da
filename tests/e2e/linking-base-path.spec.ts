import { expect, test } from '@playwright/test';
import { schemaCheck } from '../unit/linking/schemas.ts';
import { headFacts, pathOf, urlsOf } from './linking-helpers.ts';

// Run against the build with KB_BASE_PATH=/kbarchive/: every absolute URL keeps the base path.

const underBase = /^https?:\/\/[^/\s]+\/kbarchive\//;

test('under /kbarchive/ preview tags and JSON-LD use absolute URLs under the base path', async ({ page }) => {
  await page.goto('kb/311/Q311457/');
  const head = await headFacts(page);
  for (const key of ['og:url', 'og:image']) expect(head.meta[key], key).toMatch(underBase);
  expect(head.oembed).toMatch(underBase);
  const urls = urlsOf(head.jsonLd);
  expect(urls.length).toBeGreaterThanOrEqual(4);
  for (const url of urls) expect(url).toMatch(underBase);
});

test('under /kbarchive/ the oEmbed document resolves, validates and points under the base path', async ({ page, request }) => {
  await page.goto('kb/311/Q311457/');
  const { oembed } = await headFacts(page);
  const embed = await (await request.get(pathOf(oembed!))).json();
  expect(schemaCheck('oembed')(embed)).toEqual([]);
  for (const url of [embed.url, embed.provider_url, embed.thumbnail_url, ...embed.references.map((r: { url: string }) => r.url)]) {
    expect(url).toMatch(underBase);
  }
  expect(embed.references.length).toBeGreaterThan(0);
});

test.describe('copy buttons under /kbarchive/', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('under /kbarchive/ Copy URL writes the URL with the base path', async ({ page }) => {
    await page.goto('kb/311/Q311457/');
    await page.getByRole('button', { name: 'Copy URL' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied URL');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^https?:\/\/[^/]+\/kbarchive\/kb\/311\/Q311457\/$/);
  });
});
