import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { indexShards } from '../../../src/integrations/pagefind.ts';

// A tiny built site: five articles (Q10…Q14), an article (Q23) not in the archive (no data-pagefind-body),
// and a non-article page that has a body, which must not be indexed by the article shards.
let site: string;

/** An article page as the site writes it: only the body is indexed. */
const article = (id: string, words: string) =>
  `<!doctype html><html lang="en"><head><title>${id}</title></head><body><nav>menu</nav><main><h1 data-pagefind-body>${id}</h1><div data-pagefind-body><p>${words}</p></div></main></body></html>`;

before(async () => {
  site = await mkdtemp(join(tmpdir(), 'kb-shards-'));
  for (const [n, words] of [[10, 'alpha'], [11, 'beta'], [12, 'gamma'], [13, 'delta'], [14, 'epsilon']] as const) {
    await mkdir(join(site, 'kb/0', `Q${n}`), { recursive: true });
    await writeFile(join(site, 'kb/0', `Q${n}`, 'index.html'), article(`Q${n}`, words));
  }
  await mkdir(join(site, 'kb/0/Q23'), { recursive: true });
  await writeFile(join(site, 'kb/0/Q23/index.html'), '<!doctype html><html lang="en"><body><p>Not in the archive: zeta</p></body></html>');
  await mkdir(join(site, 'about'), { recursive: true });
  await writeFile(join(site, 'about/index.html'), article('About', 'theta'));
});

after(async () => {
  await rm(site, { recursive: true, force: true });
});

/** Page URLs a bundle holds, read from its fragments (gzip, then `pagefind_dcd` and JSON). */
function bundleUrls(bundle: string): string[] {
  const folder = join(site, bundle, 'fragment');
  return readdirSync(folder)
    .map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    })
    .sort();
}

/** Modification time of a bundle's entry file: changes only when the bundle is rewritten. */
const written = (bundle: string) => statSync(join(site, bundle, 'pagefind-entry.json')).mtimeMs;

test('each shard bundle is built from exactly the articles of its shard, with their site URLs', async () => {
  // Q<n> % 3: Q12 → 0; Q10, Q13 → 1; Q11, Q14 → 2 (Q23 too, but it has no body).
  const reports = await indexShards(site, { shards: 3 });
  assert.deepEqual(reports.map(({ shard, pages }) => ({ shard, pages })), [{ shard: 0, pages: 1 }, { shard: 1, pages: 2 }, { shard: 2, pages: 2 }]);
  assert.deepEqual(bundleUrls('pagefind'), ['/kb/0/Q12/']);
  assert.deepEqual(bundleUrls('pagefind-1'), ['/kb/0/Q10/', '/kb/0/Q13/']);
  assert.deepEqual(bundleUrls('pagefind-2'), ['/kb/0/Q11/', '/kb/0/Q14/']);
  assert.deepEqual(readdirSync(site).filter((name) => name.startsWith('pagefind')).sort(), ['pagefind', 'pagefind-1', 'pagefind-2']);
});

test('rebuilding only one shard rewrites that bundle and leaves the others untouched', async () => {
  await indexShards(site, { shards: 3 });
  const before = { 0: written('pagefind'), 1: written('pagefind-1'), 2: written('pagefind-2') };
  await new Promise((resolve) => setTimeout(resolve, 20));
  await writeFile(join(site, 'kb/0/Q13/index.html'), article('Q13', 'delta omega'));
  const reports = await indexShards(site, { shards: 3, only: [1] });
  assert.deepEqual(reports.map((r) => r.shard), [1]);
  assert.equal(written('pagefind'), before[0]);
  assert.equal(written('pagefind-2'), before[2]);
  assert.notEqual(written('pagefind-1'), before[1]);
  assert.deepEqual(bundleUrls('pagefind-1'), ['/kb/0/Q10/', '/kb/0/Q13/']);
  assert.deepEqual(readdirSync(site).filter((name) => name.includes('.tmp-') || name.includes('.old-')), []);
});

test('fewer shards remove the bundles of the shard numbers no longer used', async () => {
  await indexShards(site, { shards: 3 });
  await indexShards(site, { shards: 1 });
  assert.deepEqual(readdirSync(site).filter((name) => name.startsWith('pagefind')), ['pagefind']);
  assert.deepEqual(bundleUrls('pagefind'), ['/kb/0/Q10/', '/kb/0/Q11/', '/kb/0/Q12/', '/kb/0/Q13/', '/kb/0/Q14/']);
});

test('more shards than articles fail before any bundle is replaced', async () => {
  await indexShards(site, { shards: 2 });
  const before = written('pagefind');
  // Q<n> % 8: shards 0 and 1 get no page at all.
  await assert.rejects(indexShards(site, { shards: 8 }), /search shard 0, 1 of 8 would hold no article: use fewer shards/);
  assert.equal(written('pagefind'), before);
  assert.deepEqual(readdirSync(site).filter((name) => name.startsWith('pagefind')).sort(), ['pagefind', 'pagefind-1']);
});

test('a shard whose pages all lack data-pagefind-body fails instead of writing a bundle the browser cannot merge', async () => {
  // Q<n> % 7: Q23 (no body) is alone in shard 2.
  await assert.rejects(indexShards(site, { shards: 7, only: [2] }), /search shard 2 holds no article page with data-pagefind-body/);
  assert.ok(!existsSync(join(site, 'pagefind-2')));
});

test('a shard outside the count is refused', async () => {
  await assert.rejects(indexShards(site, { shards: 2, only: [2] }), /unexpected shard `2`/);
});
