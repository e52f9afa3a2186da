/** Absolute URLs follow the configured site and base path wherever the archive is deployed. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { absolute, siteRoot } from '../../../src/lib/linking/site-root.ts';

test('the site root joins the site and the base path, always ending in a slash', () => {
  assert.equal(siteRoot('https://kb.example.org', '/').href, 'https://kb.example.org/');
  assert.equal(siteRoot('https://kb.example.org/', '/kbarchive/').href, 'https://kb.example.org/kbarchive/');
  assert.equal(siteRoot(new URL('http://localhost:4321'), '/kbarchive').href, 'http://localhost:4321/kbarchive/');
  assert.equal(siteRoot('https://kb.example.org', '').href, 'https://kb.example.org/');
});

test('paths resolve under the root, with or without a leading slash', () => {
  const root = siteRoot('https://kb.example.org', '/kbarchive/');
  assert.equal(absolute(root, 'kb/311/Q311457/'), 'https://kb.example.org/kbarchive/kb/311/Q311457/');
  assert.equal(absolute(root, '/og-card.png'), 'https://kb.example.org/kbarchive/og-card.png');
});
