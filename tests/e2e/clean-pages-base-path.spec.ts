/** Under `/kbarchive/` every page type loads with a clean console too, and the site's icons live under the base path. */
import { test } from '@playwright/test';
import { expectCleanConsole, expectIcons } from './clean-checks.ts';
import { pageTypes } from './page-types.ts';

// Runs in the `base-path` project: the default site built with KB_BASE_PATH=/kbarchive/ (relative URLs).

for (const type of pageTypes) {
  test(`under /kbarchive/ the ${type.name} page logs no error and no failed request, its icon included`, ({ page, baseURL }) => expectCleanConsole(page, type, baseURL!));
}

test('under /kbarchive/ the site icons are declared under the base path and served as images', ({ page, request, baseURL }) => expectIcons(page, request, baseURL!, '/kbarchive/'));
