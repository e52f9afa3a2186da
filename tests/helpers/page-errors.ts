/** Collects what a page reports going wrong, for tests that require a clean console. */
import type { Page } from '@playwright/test';

/**
 * Console errors, uncaught exceptions and failed requests (`404 http://…`) of `page`, as they happen.
 * A request the browser makes for itself (the site icon) shows only as Chrome's console line "Failed
 * to load resource: … status of 404", so that line counts too, as the same `404 url` as its response.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  const add = (entry: string) => {
    if (!errors.includes(entry)) errors.push(entry);
  };
  page.on('pageerror', (error) => add(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) add(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const failed = /^Failed to load resource: the server responded with a status of (\d+)/.exec(message.text());
    add(failed ? `${failed[1]} ${message.location().url}` : message.text());
  });
  return errors;
}
