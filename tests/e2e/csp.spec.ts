/**
 * The Content-Security-Policy of the default site: every page carries one `<meta>` policy that lets
 * only hashed inline scripts run (and Pagefind's WebAssembly and worker); article, search and highlight pages work under it with no violation
 * reported; and a script injected into a page is blocked.
 */
import { expect, test, type Page } from '@playwright/test';

/** Collects `securitypolicyviolation` events (from the first script on) and CSP console messages. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

/** The page's CSP meta contents. */
function policies(page: Page): Promise<string[]> {
  return page.locator('meta[http-equiv="content-security-policy" i]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
}

for (const path of ['/', '/kb/311/Q311457/', '/kb/213/Q213410/', '/products/', '/keywords/', '/years/', '/search/', '/no-such-page/']) {
  test(`${path} carries one CSP meta allowing only hashed inline scripts`, async ({ page }) => {
    await page.goto(path);
    const [policy, ...more] = await policies(page);
    expect(more).toEqual([]);
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    expect(scriptSrc).toMatch(/'sha256-/);
    // Pagefind needs WebAssembly compiled and its same-origin worker, and nothing more.
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:|data:|blob:/);
    expect(scriptSrc).toMatch(/'wasm-unsafe-eval'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/worker-src 'self'(;|$)/);
  });
}

test('an article page reports no CSP violation, and its copy buttons and shortcut still work', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/kb/311/Q311457/');
  await page.locator('body').press('/');
  await expect(page).toHaveURL(/\/search\/$/);
  expect(await violations()).toEqual([]);
});

test('search works under the CSP (Pagefind\'s WebAssembly in its worker) with no violation reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/search/?q=service+pack');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for/, { timeout: 15_000 });
  await expect(page.locator('.result-title a').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('an article opened from a result highlights the terms with no violation reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/kb/311/Q311457/?highlight=upgrade');
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible({ timeout: 15_000 });
  expect(await violations()).toEqual([]);
});

test('an injected inline script and event handler are blocked and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/kb/311/Q311457/');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __ran?: string[] };
    const script = document.createElement('script');
    script.textContent = 'window.__ran = (window.__ran || []).concat("inline")';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__ran = (window.__ran || []).concat("handler")');
    img.src = 'data:,x';
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return w.__ran ?? [];
  });
  expect(ran).toEqual([]);
  const reported = await violations();
  expect(reported.some((v) => v.startsWith('script-src'))).toBe(true);
});
