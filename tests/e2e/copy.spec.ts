import { expect, test, type Page } from '@playwright/test';

// The copy buttons in real Chromium: what each one puts on the clipboard, read back with
// navigator.clipboard.read() (both text/plain and text/html for the HTML link).

const ARTICLE = '/kb/311/Q311457/';
const LABEL = 'Q311457: SMS: How to Obtain and Install SMS 2.0 SP4';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Every type on the clipboard and its text. */
function clipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });
}

/** The links of an HTML fragment as the browser parses it: href and text. */
function anchors(page: Page, html: string): Promise<{ href: string; text: string }[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return [...doc.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' }));
  }, html);
}

/** The canonical URL the page declares: copied links must be exactly it. */
async function canonical(page: Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
}

/** Clears the clipboard so a test never reads what a previous click left there. */
async function clear(page: Page): Promise<void> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

test.describe('the article’s copy buttons', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ARTICLE);
    await clear(page);
  });

  test('Copy URL writes the canonical URL', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy URL' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied URL');
    expect(await clipboard(page)).toEqual({ 'text/plain': await canonical(page) });
  });

  test('Copy Markdown link writes [id: title](url)', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy Markdown link' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied Markdown link');
    expect((await clipboard(page))['text/plain']).toBe(`[${LABEL}](${await canonical(page)})`);
  });

  test('Copy MediaWiki link writes [url id: title]', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy MediaWiki link' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied MediaWiki link');
    expect((await clipboard(page))['text/plain']).toBe(`[${await canonical(page)} ${LABEL}]`);
  });

  test('Copy HTML link writes an anchor as text/html and the label and URL as text/plain', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy HTML link' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied HTML link');
    const url = await canonical(page);
    const content = await clipboard(page);
    expect(await anchors(page, content['text/html']!)).toEqual([{ href: url, text: LABEL }]);
    expect(content['text/plain']).toBe(`${LABEL} <${url}>`);
  });

  test('Copy citation writes author, title, source, modification date and URL', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied citation');
    expect((await clipboard(page))['text/plain']).toBe(
      `Microsoft. "${LABEL}." Microsoft Knowledge Base, last modified 5 June 2002. <${await canonical(page)}>`,
    );
  });
});

test.describe('a heading’s copy menu', () => {
  test('it offers every format for the section’s anchor', async ({ page }) => {
    await page.goto(ARTICLE);
    const url = `${await canonical(page)}#more-information`;
    const expected: Record<string, string> = {
      'Copy URL': url,
      'Copy Markdown link': `[${LABEL} § MORE INFORMATION](${url})`,
      'Copy MediaWiki link': `[${url} ${LABEL} § MORE INFORMATION]`,
      'Copy HTML link': `${LABEL} § MORE INFORMATION <${url}>`,
      'Copy citation': `Microsoft. "${LABEL}." Microsoft Knowledge Base, last modified 5 June 2002, section "MORE INFORMATION". <${url}>`,
    };
    const toggle = page.getByRole('button', { name: 'Copy link to section: MORE INFORMATION' });
    const menu = page.getByRole('group', { name: 'Copy link to section: MORE INFORMATION' });
    for (const [name, text] of Object.entries(expected)) {
      await clear(page);
      await toggle.click();
      await menu.getByRole('button', { name }).click();
      await expect(menu).toBeHidden();
      // The clipboard write is asynchronous and may finish after the menu closes.
      await expect.poll(async () => (await clipboard(page))['text/plain'], { message: name }).toBe(text);
      const content = await clipboard(page);
      if (name === 'Copy HTML link') expect(await anchors(page, content['text/html']!)).toEqual([{ href: url, text: `${LABEL} § MORE INFORMATION` }]);
    }
  });

  test('it closes when focus or a click goes elsewhere on the page', async ({ page }) => {
    await page.goto(ARTICLE);
    const toggle = page.getByRole('button', { name: 'Copy link to section: SUMMARY' });
    const menu = page.getByRole('group', { name: 'Copy link to section: SUMMARY' });
    await toggle.click();
    await expect(menu).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(menu).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('it works from the keyboard: Enter opens, arrows move, Escape closes and returns focus', async ({ page }) => {
    await page.goto(ARTICLE);
    await clear(page);
    const toggle = page.getByRole('button', { name: 'Copy link to section: How to Install SMS 2.0 SP4' });
    const menu = page.getByRole('group', { name: 'Copy link to section: How to Install SMS 2.0 SP4' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('button', { name: 'Copy URL' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('button', { name: 'Copy Markdown link' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(toggle).toBeFocused();
    const expected = `[${LABEL} § How to Install SMS 2.0 SP4](${await canonical(page)}#how-to-install-sms-20-sp4)`;
    await expect.poll(async () => (await clipboard(page))['text/plain']).toBe(expected);
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('no copy button is shown and the permalinks still work', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('group', { name: 'Copy a link to this article' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Copy link to section/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Permalink: MORE INFORMATION' }).click();
    await expect(page).toHaveURL(/#more-information$/);
  });
});
