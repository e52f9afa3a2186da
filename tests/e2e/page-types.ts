/** One page of each type of the default site, for checks that every page type must pass (accessibility, a clean console). */
import { expect, type Page } from '@playwright/test';

/** A page type: its name, a path of that type (relative to the site's base), and what to wait for before checking it. */
export interface PageType {
  name: string;
  path: string;
  ready?: (page: Page) => Promise<void>;
}

/** Waits for the search page's answer: its status line says how many results. */
export const searchAnswered = (page: Page) => expect(page.getByRole('status')).toHaveText(/^\d+ results? for/, { timeout: 15_000 });

/** Every page type of the default site, paths relative to the base (`/` or `/kbarchive/`). */
export const pageTypes: PageType[] = [
  { name: 'home', path: '' },
  { name: 'article', path: 'kb/311/Q311457/' },
  { name: 'not-in-archive article', path: 'kb/213/Q213410/' },
  { name: 'product index', path: 'products/' },
  { name: 'product', path: 'products/microsoft-systems-management-server/' },
  { name: 'keyword index', path: 'keywords/' },
  { name: 'keyword', path: 'keywords/kbsms200/' },
  { name: 'year index', path: 'years/' },
  { name: 'year', path: 'years/2002/' },
  { name: 'search with results', path: 'search/?q=service+pack', ready: searchAnswered },
  { name: '404', path: 'no-such-page/' },
  { name: 'disclaimer', path: 'disclaimer/' },
];
