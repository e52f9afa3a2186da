/**
 * Section anchors are part of every link people paste into wikis: two imports of the same sources
 * give identical anchors (and identical sections in the oEmbed document), and the default articles' anchors are pinned.
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import GithubSlugger from 'github-slugger';
import { oembed } from '../../../src/lib/linking/oembed.ts';
import { siteRoot } from '../../../src/lib/linking/site-root.ts';
import { buildArchiveIndex } from '../../../src/lib/site/archive-model.ts';
import { kbatlas, repoRoot, tempDir } from '../../helpers/cli.ts';
import { readPages } from './pages.ts';

/** Imports the default sources into a fresh folder and reads the pages back. */
async function importOnce() {
  const out = await tempDir('kbatlas-anchors-');
  try {
    const run = await kbatlas(['import', join(repoRoot, 'content/sources'), '--out', out, '--no-progress']);
    assert.equal(run.code, 0, run.stderr);
    return await readPages(out);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

const root = siteRoot('https://kb.example.org', '/');
const [first, second] = [await importOnce(), await importOnce()];

test('two imports of the same sources give the same anchors, and the same oEmbed document sections', () => {
  assert.deepEqual(second.map((p) => p.sections), first.map((p) => p.sections));
  const sections = (pages: typeof first) => {
    const index = buildArchiveIndex(pages);
    return pages.map((p) => oembed(p, index, root).sections);
  };
  assert.deepEqual(sections(second), sections(first));
});

test('anchors are github-slugger over the headings in order (duplicates numbered)', () => {
  for (const page of first) {
    const slugger = new GithubSlugger();
    const expected = page.sections.map((s) => slugger.slug(s.title));
    assert.deepEqual(page.sections.map((s) => s.anchor), expected, page.id);
  }
});

test('the anchors of Q311457 are the ones already linked from wikis', () => {
  const page = first.find((p) => p.id === 'Q311457')!;
  assert.deepEqual(page.sections.map((s) => s.anchor), ['summary', 'more-information', 'how-to-install-sms-20-sp4']);
});
