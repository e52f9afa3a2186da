/**
 * `kbatlas links --site` against the real builds the browser tests serve: the built folder, and the
 * preview servers by URL at the root and under `/kbarchive/`. Titles come from the oembed.json the
 * build writes; an id the build has only a not-in-archive page for is "not in the archive".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { LinksReport } from '../../src/cli/links/report.ts';
import { kbatlas, repoRoot, tempDir } from '../helpers/cli.ts';

const port = Number(process.env.KB_TEST_PORT ?? 4329);
const wiki = join(repoRoot, 'tests/fixtures/wiki/export/wiki.wiki');

/** Each reference of the wiki page as `id status title`. */
async function checked(site: string): Promise<string[]> {
  const run = await kbatlas(['links', wiki, '--site', site, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as LinksReport).files[0]!.references.map((r) => `${r.id} ${r.status} ${r.title}`);
}

const expected = [
  'Q311457 archived SMS: How to Obtain and Install SMS 2.0 SP4',
  'Q311457 archived SMS: How to Obtain and Install SMS 2.0 SP4',
  'Q266130 archived SMS: Component Versions in Microsoft Systems Management Server 2',
  'Q999999 absent null',
  'Q999999 absent null',
  'Q313839 archived SMS: Previously Applied "Quick Fix Engineering" (QFE) Fixes May',
  'Q266130 archived SMS: Component Versions in Microsoft Systems Management Server 2',
  'Q311457 archived SMS: How to Obtain and Install SMS 2.0 SP4',
];

test('links --site reads titles from a built site folder', async () => {
  expect(await checked(join(repoRoot, '.cache/e2e/root'))).toEqual(expected);
});

test('links --site asks a deployed site by URL, at the root and under /kbarchive/', async () => {
  expect(await checked(`http://127.0.0.1:${port}/`)).toEqual(expected);
  expect(await checked(`http://127.0.0.1:${port + 1}/kbarchive`)).toEqual(expected);
});

test('links --rewrite with a --site URL links to that site, and its links land on the articles', async ({ page }) => {
  const site = `http://127.0.0.1:${port + 1}/kbarchive/`;
  const run = await kbatlas(['links', wiki, '--site', site, '--rewrite', '--json']);
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as LinksReport;
  const url = report.files[0]!.references[0]!.url!;
  expect(url).toBe(`${site}kb/311/Q311457/`);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Q311457');
});

test('links --site says an id cited by archived articles but absent is not in the archive, though it has a page', async () => {
  const file = join(await tempDir(), 'cited.md');
  await writeFile(file, 'See KB213410 and https://support.microsoft.com/kb/213410.\n');
  for (const site of [join(repoRoot, '.cache/e2e/root'), `http://127.0.0.1:${port}/`]) {
    const run = await kbatlas(['links', file, '--site', site, '--json']);
    expect((JSON.parse(run.stdout) as LinksReport).files[0]!.references.map((r) => `${r.id} ${r.status}`)).toEqual(['Q213410 absent', 'Q213410 absent']);
  }
});
