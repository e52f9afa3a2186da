/**
 * HTML validity (html-validate, recommended rules less tests/helpers/html-validity.ts's list) of every
 * page of the default site as built for these tests: home, articles, the not-in-archive page, product,
 * keyword and year indexes and pages, search and 404, at the root and under `/kbarchive/`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { repoRoot } from '../helpers/cli.ts';
import { validateBuild } from '../helpers/html-validity.ts';

for (const build of ['root', 'base']) {
  const dir = join(repoRoot, '.cache/e2e', build);
  test(`every page of the default site (${build} build) is valid HTML`, async ({}, testInfo) => {
    test.skip(!existsSync(join(dir, 'index.html')), `${dir} is not built (the e2e web server builds it)`);
    const { pages, problems } = await validateBuild(dir);
    testInfo.annotations.push({ type: 'html-validate', description: `${pages} pages, ${problems.length} problems` });
    console.log(`# html-validate (${build}): ${pages} pages, ${problems.length} problems`);
    expect(pages).toBeGreaterThanOrEqual(20);
    expect(problems).toEqual([]);
  });
}
