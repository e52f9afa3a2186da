/**
 * The site built from the 2,000-article sample: every article has its page, and no internal link
 * (cross-reference, backlink, browse page, anchor, asset) points nowhere; the archive build
 * (`kbatlas build`) gives the same files. Prints import and build times.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Parser } from 'htmlparser2';
import { median, pageBreakdown } from '../../scripts/page-weight/breakdown.ts';
import { searchFilters } from '../../src/lib/search/filters.ts';
import { idVariants } from '../../src/lib/search/ids.ts';
import { compactDate } from '../../src/lib/search/meta-date.ts';
import { frontMatter } from '../unit/linking/pages.ts';
import { articlePath } from '../../src/lib/site/urls.ts';
import { kbatlas, tempDir } from '../helpers/cli.ts';
import { corpusDir, corpusSkip } from '../helpers/corpus.ts';
import { checkLinks } from '../helpers/links.ts';
import { buildSite } from '../helpers/site-build.ts';
import { MARKER_NAME } from '../../src/lib/archive-build/output/marker.ts';
import { diffTrees } from '../helpers/tree-diff.ts';

const skip = corpusSkip;
let work = '';
let contentDir = '';
let outDir = '';
let ids: string[] = [];

before(async () => {
  if (skip) return;
  work = await tempDir('kbatlas-site-');
  contentDir = join(work, 'content');
  outDir = join(work, 'dist');
  let start = performance.now();
  const run = await kbatlas(['import', join(corpusDir, 'kb'), '--out', contentDir, '--no-progress']);
  assert.equal(run.code, 0, run.stderr);
  console.log(`# import of the sample: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  ids = readdirSync(contentDir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
  start = performance.now();
  await buildSite({ contentDir, outDir });
  console.log(`# astro build of ${ids.length} articles: ${((performance.now() - start) / 1000).toFixed(1)} s`);
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('every sample article has its page at /kb/NNN/QID/', { skip }, () => {
  assert.ok(ids.length >= 2000, `expected the 2,000 sample articles, imported ${ids.length}`);
  const missing = ids.filter((id) => {
    const number = Number(id.slice(1));
    return !existsSync(join(outDir, 'kb', String(Math.floor(number / 1000)).padStart(3, '0'), id, 'index.html'));
  });
  assert.deepEqual(missing, []);
});

test('every article page carries its title, canonical URL and description', { skip }, () => {
  const html = readFileSync(join(outDir, 'kb/311/Q311457/index.html'), 'utf8');
  assert.ok(/<h1[^>]*>Q311457: <span data-pagefind-meta="title">SMS: How to Obtain and Install SMS 2\.0 SP4<\/span><\/h1>/.test(html), 'title heading');
  assert.ok(/<link rel="canonical" href="[^"]*\/kb\/311\/Q311457\/">/.test(html), 'canonical URL');
  assert.ok(/<meta name="description" content="This article describes how to upgrade/.test(html), 'meta description');
});

test('no internal link of the built sample site points nowhere', { skip }, () => {
  const report = checkLinks(outDir);
  console.log(`# checked ${report.links} internal links on ${report.pages} pages`);
  assert.ok(report.pages > ids.length);
  assert.deepEqual(report.broken.slice(0, 20), [], `${report.broken.length} broken links`);
});

/**
 * Pagefind's fields of a page as Pagefind reads them: `data-pagefind-meta` / `-filter` naming a key takes
 * the element's text, `key:value` its value. Sorted `key=value` lines (filters deduplicated, as Pagefind
 * keeps a page once under a value).
 */
function pagefindFields(html: string): { meta: string[]; filters: string[] } {
  const meta: string[] = [];
  const filters = new Set<string>();
  const open: Array<{ kind: 'meta' | 'filter'; key: string; text: string } | null> = [];
  const parser = new Parser(
    {
      onopentag(_name, attribs) {
        let frame: (typeof open)[number] = null;
        for (const kind of ['meta', 'filter'] as const) {
          const value = attribs[`data-pagefind-${kind}`];
          if (value === undefined) continue;
          const colon = value.indexOf(':');
          if (colon === -1) frame = { kind, key: value, text: '' };
          else if (kind === 'meta') meta.push(`${value.slice(0, colon)}=${value.slice(colon + 1)}`);
          else filters.add(`${value.slice(0, colon)}=${value.slice(colon + 1)}`);
        }
        open.push(frame);
      },
      ontext(text) {
        for (const frame of open) if (frame) frame.text += text;
      },
      onclosetag() {
        const frame = open.pop();
        if (!frame) return;
        if (frame.kind === 'meta') meta.push(`${frame.key}=${frame.text.trim()}`);
        else filters.add(`${frame.key}=${frame.text.trim()}`);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { meta: meta.sort(), filters: [...filters].sort() };
}

test('every article page gives Pagefind exactly its metadata and filters, wherever the page marks them', { skip }, () => {
  const wrong: string[] = [];
  for (const id of ids) {
    const data = frontMatter(readFileSync(join(contentDir, `${id}.mdx`), 'utf8'));
    const expected = {
      meta: [`title=${data.title}`, `id=${data.id}`, ...(data.lastModified ? [`date=${compactDate(data.lastModified)}`] : []), `ids=${idVariants(data.id).join(' ')}`].sort(),
      filters: searchFilters(data).map(([key, value]) => `${key}=${value}`).sort(),
    };
    const found = pagefindFields(readFileSync(join(outDir, articlePath(id), 'index.html'), 'utf8'));
    if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${id}: ${JSON.stringify(found)} != ${JSON.stringify(expected)}`);
  }
  assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} pages`);
});

test('the sitemap lists every article page', { skip }, () => {
  const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const listed = new Set([...sitemap.matchAll(/\/kb\/\d{3}\/(Q\d+)\/<\/loc>/g)].map((m) => m[1]));
  assert.deepEqual(ids.filter((id) => !listed.has(id)), []);
});

test('article pages carry no inline script or style: shared code is in content-hashed _astro/ files', { skip }, () => {
  const pages = ids.map((id) => readFileSync(join(outDir, articlePath(id), 'index.html'), 'utf8'));
  for (const [i, html] of pages.entries()) {
    const id = ids[i]!;
    const parts = pageBreakdown(html);
    assert.equal(parts['inline script'] + parts['inline style'], 0, `${id}: inline script or style`);
    for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) assert.match(src!, /^\/_astro\/(?:[^/]+\.)?[\w-]{8}\.js$/, id);
  }
  // 7.7× when every page carried its own copy of the scripts and styles (docs/deploy.md#page-weight).
  const sourceSize = (id: string) => statSync(join(corpusDir, 'kb', articlePath(id).split('/')[1]!, id, 'README.md')).size;
  const ratio = median(pages.map((html) => Buffer.byteLength(html))) / median(ids.map(sourceSize));
  console.log(`# median article page / median source: ${ratio.toFixed(2)}`);
  assert.ok(ratio <= 5, `median article page is ${ratio.toFixed(2)}× its source`);
});

test('the archive build (kbatlas build) gives the same site as the ordinary build', { skip }, async () => {
  const archiveOut = join(work, 'archive-dist');
  const json = join(work, 'archive-build.json');
  const start = performance.now();
  const run = await kbatlas(['build', join(corpusDir, 'kb'), '--out', archiveOut, '--work', join(work, 'archive-work'), '--no-progress', '--json', json]);
  assert.equal(run.code, 0, run.stderr);
  console.log(`# kbatlas build of the sample: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  // Every file, the search index included (it is deterministic), must match.
  // The archive build's marker (the files it made there) is its own.
  const differences = diffTrees(outDir, archiveOut, (file) => file === MARKER_NAME);
  assert.deepEqual(differences.slice(0, 20), [], `${differences.length} files differ`);
});
