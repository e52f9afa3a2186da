import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { schemaCheck } from '../unit/linking/schemas.ts';
import { headFacts, pathOf, urlsOf } from './linking-helpers.ts';

// Head tags, JSON-LD and the oEmbed document (with the article's data) of every default article on the root build.
// URLs in them are absolute under the configured site (KB_SITE_URL), fetched here by path.

const ids = readdirSync('content/sources').map((name) => name.replace(/\.\w+$/, '')).sort();
const pathOfId = (id: string) => `/kb/${String(Math.floor(Number(id.slice(1)) / 1000)).padStart(3, '0')}/${id}/`;
const absoluteUrl = /^https?:\/\/[^/\s]+\//;
const checkOEmbed = schemaCheck('oembed');

test('an article’s head carries the link-preview tags before any stylesheet or script', async ({ page }) => {
  await page.goto('/kb/311/Q311457/');
  const head = await headFacts(page);
  expect(head.canonical).toMatch(/^https?:\/\/[^/]+\/kb\/311\/Q311457\/$/);
  expect(head.meta).toMatchObject({
    description: 'This article describes how to upgrade to Systems Management Server (SMS) 2.0 Service Pack 4 (SP4).',
    'og:type': 'article',
    'og:site_name': 'KB Atlas',
    'og:title': 'Q311457: SMS: How to Obtain and Install SMS 2.0 SP4',
    'og:description': 'This article describes how to upgrade to Systems Management Server (SMS) 2.0 Service Pack 4 (SP4).',
    'og:url': head.canonical!,
    'og:image:width': '1200',
    'og:image:height': '630',
    'article:modified_time': '2002-06-05',
    'twitter:card': 'summary_large_image',
  });
  expect(head.meta['og:image']).toMatch(absoluteUrl);
  // One discovery link (the oEmbed document carries the article's data too); no second JSON document.
  await expect(page.locator('head link[rel="alternate"]')).toHaveCount(1);
  expect(head.firstPreviewAt).toBeGreaterThan(-1);
  expect(head.firstPreviewAt).toBeLessThan(head.firstHeavyAt);
});

test('the preview image is a 1200×630 PNG served by the site', async ({ page, request }) => {
  await page.goto('/kb/311/Q311457/');
  const { meta } = await headFacts(page);
  const response = await request.get(pathOf(meta['og:image']!));
  expect(response.ok()).toBe(true);
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

for (const id of ids) {
  test(`${id}: JSON-LD is a TechArticle and a BreadcrumbList with the required fields and absolute URLs`, async ({ page }) => {
    await page.goto(pathOfId(id));
    const { jsonLd, canonical } = await headFacts(page);
    const article = jsonLd.find((ld) => ld['@type'] === 'TechArticle')!;
    const crumbs = jsonLd.find((ld) => ld['@type'] === 'BreadcrumbList')!;
    expect(article).toMatchObject({ '@context': 'https://schema.org', identifier: id, url: canonical, headline: expect.stringMatching(new RegExp(`^${id}: `)) });
    for (const field of ['keywords', 'about', 'dateModified', 'image', 'author']) expect(article, field).toHaveProperty(field);
    const items = crumbs.itemListElement as { position: number; name: string; item?: string }[];
    expect(items.map((i) => i.position)).toEqual(items.map((_, n) => n + 1));
    // The last crumb is the page itself: its name, and no URL (Google then uses the page's own).
    expect(items.at(-1)).toEqual({ '@type': 'ListItem', position: items.length, name: article.headline });
    expect(items[0]!.item).toMatch(absoluteUrl);
    for (const url of urlsOf(jsonLd)) expect(url).toMatch(absoluteUrl);
  });

  test(`${id}: the oEmbed discovery link resolves to a schema-valid oEmbed document`, async ({ page, request }) => {
    await page.goto(pathOfId(id));
    const { oembed, canonical } = await headFacts(page);
    expect(oembed).toBe(`${canonical}oembed.json`);
    const response = await request.get(pathOf(oembed!));
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('json');
    const body = await response.json();
    expect(checkOEmbed(body)).toEqual([]);
    expect(body).toMatchObject({ type: 'link', url: canonical, title: expect.stringMatching(new RegExp(`^${id}: `)) });
  });

  test(`${id}: the oEmbed document carries the article, and its section anchors are the page’s heading ids`, async ({ page, request }) => {
    await page.goto(pathOfId(id));
    const body = await (await request.get(`${pathOfId(id)}oembed.json`)).json();
    expect(body).toMatchObject({ schemaVersion: 2, id });
    const ids = await page.locator('.heading > :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(body.sections.map((s: { anchor: string }) => s.anchor)).toEqual(ids);
    // Each section's URL (the document's url + # + anchor) opens the page at that heading.
    for (const section of body.sections as { anchor: string }[]) {
      await page.goto('about:blank');
      await page.goto(`${pathOf(body.url)}#${section.anchor}`);
      await expect(page.locator(`[id="${section.anchor}"]`)).toBeInViewport();
    }
  });
}

test('the oEmbed document shows references with titles and in-archive status, and the citing articles', async ({ request }) => {
  const q311457 = await (await request.get('/kb/311/Q311457/oembed.json')).json();
  expect(q311457.references).toContainEqual(expect.objectContaining({ id: 'Q266130', inArchive: true, title: expect.stringContaining('Component Versions') }));
  const q266130 = await (await request.get('/kb/266/Q266130/oembed.json')).json();
  expect(q266130.referencedBy).toContainEqual({ id: 'Q311457', title: 'SMS: How to Obtain and Install SMS 2.0 SP4', url: q311457.url });
  const absent = q266130.references.concat(q311457.references).filter((r: { inArchive: boolean }) => !r.inArchive);
  for (const ref of absent) expect(ref.title).toBeNull();
});

test('no article.json: the oEmbed document is the one JSON document of an article', async ({ request }) => {
  expect((await request.get('/kb/311/Q311457/article.json')).status()).toBe(404);
});

test('two builds (root and /kbarchive/) give every article the same section anchors', async ({ request }) => {
  const based = `http://127.0.0.1:${Number(process.env.KB_TEST_PORT ?? 4329) + 1}/kbarchive`;
  for (const id of ids) {
    const anchors = async (url: string) => (await (await request.get(url)).json()).sections.map((s: { anchor: string }) => s.anchor);
    expect(await anchors(`${based}${pathOfId(id)}oembed.json`), id).toEqual(await anchors(`${pathOfId(id)}oembed.json`));
  }
});
