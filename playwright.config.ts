import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Browsers cannot be downloaded on our machines: use Debian's chromium when present.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
/** Port of the root site; the `/kbarchive/` build is served on the next one. */
const port = Number(process.env.KB_TEST_PORT ?? 4329);
const root = `http://127.0.0.1:${port}/`;
const based = `http://127.0.0.1:${port + 1}/kbarchive/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        }
      : {},
  },
  projects: [
    // The default site (the three embedded articles) at the root of the host.
    { name: 'root', testIgnore: /base-path\.spec\.ts$/, use: { baseURL: root } },
    // The same site built with KB_BASE_PATH=/kbarchive/; its tests use relative URLs.
    { name: 'base-path', testMatch: /base-path\.spec\.ts$/, use: { baseURL: based } },
  ],
  webServer: {
    // Imports the default articles, builds both sites, serves them as a static host would (astro preview).
    command: 'node tests/helpers/site-servers.ts',
    url: based,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
