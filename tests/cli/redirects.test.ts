/** `kbatlas redirects` through the real CLI: rules for each host from a built site, its limits, and files it will not replace. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { nginxMap, redirectsFile } from '../../src/lib/linking/redirect-rules.ts';
import { kbatlas, repoRoot, tempDir } from '../helpers/cli.ts';
import { archived, fakeSite } from '../helpers/fake-site.ts';

test('netlify and cloudflare rules list every page of the site, cited ids too, under the base path the site was built for', async () => {
  const site = await fakeSite(archived, ['Q213410'], 'https://kb.example.org/kbarchive/');
  for (const host of ['netlify', 'cloudflare']) {
    const run = await kbatlas(['redirects', host, site]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, redirectsFile(['Q213410', 'Q266130', 'Q311457', 'Q313839'], '/kbarchive/'));
    assert.match(run.stdout, /^\/kbarchive\/support\/kb\/articles\/Q311\/4\/57\.asp \/kbarchive\/kb\/311\/Q311457\/ 301$/m);
  }
});

test('nginx rules need no site; with one they take its base path', async () => {
  assert.equal((await kbatlas(['redirects', 'nginx'])).stdout, nginxMap('/'));
  assert.equal((await kbatlas(['redirects', 'nginx', '--base-path', '/kb-archive/'])).stdout, nginxMap('/kb-archive/'));
  assert.equal((await kbatlas(['redirects', 'nginx', await fakeSite(archived, [], 'https://x.org/kbarchive/')])).stdout, nginxMap('/kbarchive/'));
});

test('cloudflare refuses more rules than Cloudflare Pages reads; netlify warns past its advice', async () => {
  const titles = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`Q${100000 + i}`, `Fixture ${i}`]));
  const site = await fakeSite(titles);
  const cloudflare = await kbatlas(['redirects', 'cloudflare', site]);
  assert.equal(cloudflare.code, 1);
  assert.match(cloudflare.stderr, /2004 rules for 501 articles, more than the 2000 static redirects Cloudflare Pages reads/);
  assert.equal(cloudflare.stdout, '');
  const netlify = await kbatlas(['redirects', 'netlify', site]);
  assert.equal(netlify.code, 0);
  assert.doesNotMatch(netlify.stderr, /warning/);
});

test('--out writes the file, replaces its own file, and never a file it did not write', async () => {
  const site = await fakeSite();
  const out = join(await tempDir(), '_redirects');
  assert.equal((await kbatlas(['redirects', 'netlify', site, '--out', out])).code, 0);
  assert.equal(readFileSync(out, 'utf8'), redirectsFile(Object.keys(archived).sort(), '/'));
  assert.equal((await kbatlas(['redirects', 'netlify', site, '--out', out])).code, 0);
  writeFileSync(out, '/old /new 301\n');
  const refused = await kbatlas(['redirects', 'netlify', site, '--out', out]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /exists and was not written by kbatlas redirects; not replaced/);
  assert.equal(readFileSync(out, 'utf8'), '/old /new 301\n');
  assert.equal((await kbatlas(['redirects', 'netlify'])).code, 1);
});

test('docs/linking.md shows the nginx map the command prints', () => {
  assert.ok(readFileSync(join(repoRoot, 'docs/linking.md'), 'utf8').includes(nginxMap('/')), 'regenerate the docs\' map with `kbatlas redirects nginx`');
});
