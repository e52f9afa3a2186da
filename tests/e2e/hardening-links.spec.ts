/**
 * The link check over the default site, as built for these tests at the root and under `/kbarchive/`
 * (tests/helpers/site-servers.ts): every internal link and anchor resolves, and references to the
 * absent article Q213410 lead to its not-in-archive page, counted apart from broken links.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { repoRoot } from '../helpers/cli.ts';
import { linkFigures } from '../helpers/link-report.ts';

const builds = [
  { base: '/', dir: join(repoRoot, '.cache/e2e/root') },
  { base: '/kbarchive/', dir: join(repoRoot, '.cache/e2e/base') },
];

for (const { base, dir } of builds) {
  test(`no internal link of the default site under ${base} points nowhere; absent articles are references, not breaks`, async ({}, testInfo) => {
    test.skip(!existsSync(join(dir, 'index.html')), `${dir} is not built (the e2e web server builds it)`);
    const figures = linkFigures(dir, base);
    const line = `${figures.links} internal links on ${figures.pages} pages; ${figures.absentReferences.length} references to ${figures.absentIds.length} absent articles`;
    testInfo.annotations.push({ type: 'links', description: line });
    console.log(`# ${base}: ${line}`);
    expect(figures.broken).toEqual([]);
    expect(figures.absentIds).toEqual(['Q213410']);
    expect(figures.absentReferences.map((r) => r.page)).toEqual(['kb/266/Q266130/index.html']);
    expect(figures.links).toBeGreaterThan(figures.pages * 5);
  });
}
