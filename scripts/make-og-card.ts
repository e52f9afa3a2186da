/**
 * Renders the site-wide link-preview card, `public/og-card.png` (1200×630), in headless Chromium.
 * Run once when the design changes (`npx node scripts/make-og-card.ts`) and commit the PNG.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CARD } from '../src/lib/linking/card.ts';

const out = fileURLToPath(new URL(`../public/${CARD.path}`, import.meta.url));
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

const html = `<!doctype html><html><head><style>
  html, body { margin: 0; width: ${CARD.width}px; height: ${CARD.height}px; }
  body { box-sizing: border-box; padding: 72px 88px; display: flex; flex-direction: column; justify-content: space-between;
    background: #fdfdfb; color: #1d1f21; font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; border-top: 24px solid #0b57b0; }
  .kicker { font-size: 30px; letter-spacing: 0.12em; text-transform: uppercase; color: #5b6168; }
  h1 { margin: 18px 0 0; font-size: 112px; line-height: 1; }
  p { margin: 28px 0 0; font-size: 42px; line-height: 1.3; max-width: 920px; }
  .ids { font-family: 'DejaVu Sans Mono', monospace; font-size: 34px; color: #0b57b0; }
</style></head><body>
  <div><div class="kicker">Microsoft Knowledge Base archive</div><h1>KB Atlas</h1>
  <p>Archived support articles, cross-linked and searchable.</p></div>
  <div class="ids">/kb/311/Q311457/ · Q266130 · KB313839</div>
</body></html>`;

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: CARD.width, height: CARD.height } });
  await page.setContent(html);
  await page.screenshot({ path: out, type: 'png' });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
