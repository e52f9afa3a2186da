/**
 * Renders the site's icons from `public/favicon.svg` in headless Chromium: `public/favicon.ico`
 * (16, 32 and 48 px, for browsers and tools that ask for `/favicon.ico` or do not read SVG icons) and
 * `public/apple-touch-icon.png` (180 px, for home screens). Run once when the icon changes
 * (`npx node scripts/make-icons.ts`) and commit the files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import pngToIco from 'png-to-ico';

const publicDir = (name: string) => fileURLToPath(new URL(`../public/${name}`, import.meta.url));
const svg = readFileSync(publicDir('favicon.svg'));
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  /** The icon drawn at `size` × `size` px as a PNG: its rounded corners transparent, or filled with `corners` (home screens mask icons themselves). */
  const render = async (size: number, corners = 'transparent'): Promise<Buffer> => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:${corners}}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg.toString('base64')}">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    return page.screenshot({ type: 'png', omitBackground: corners === 'transparent' });
  };
  // One size after another: they share the page.
  const sizes: Buffer[] = [];
  for (const size of [16, 32, 48]) sizes.push(await render(size));
  writeFileSync(publicDir('favicon.ico'), await pngToIco(sizes));
  writeFileSync(publicDir('apple-touch-icon.png'), await render(180, '#0b57b0'));
  console.log('wrote public/favicon.ico and public/apple-touch-icon.png');
} finally {
  await browser.close();
}
