/**
 * `kbatlas build` end to end through the real CLI: the archive build gives the same site as the
 * ordinary `astro build` of the same pages, and an incremental build (nothing changed, one article
 * edited, one removed and one added) gives the same dist/ as a cold build of the same sources,
 * while rendering and indexing less. Pagefind's bundles are deterministic (pages are sent in a fixed
 * order), so every file must match; in shards, an edit re-indexes only its article's shard.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MARKER_NAME } from '../../src/lib/archive-build/output/marker.ts';
import { jekyllArticle, kbatlas, tempDir } from '../helpers/cli.ts';
import { openNodeSearch } from '../helpers/pagefind-node.ts';
import { buildSite } from '../helpers/site-build.ts';
import { diffTrees } from '../helpers/tree-diff.ts';

interface Summary {
  fresh: boolean;
  articles: number;
  stages: {
    import: { written: number; pruned: number };
    render: { files: number };
    merge: { written: number; removed: number };
    index: { pages: number; articles: number; shards: number; rebuilt: number };
  };
}

let root = '';

/**
 * Writes the sources of a small archive. All share a product and a date, so they are browsed in
 * number order and Q200101's neighbours are Q200100 and Q200102. Each page below shows Q200101's
 * title through one input only, so an input missing from the page digests fails the edit test.
 */
function writeSources(dir: string, edits: { titleOf200101?: string; without?: number[]; extra?: number[] } = {}): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bodies: Record<number, string> = {
    // Q200100: through its "next" link alone (and it cites an id not in the archive).
    200100: 'See Q299999 for the details.',
    200101: 'This follows Q200104.',
    // Q200102: through its "previous" link alone.
    200102: 'Compare with Q200100.',
    // Q200103: through its link to Q200101 alone (cited, not citing, not a neighbour).
    200103: 'See Q200101 first.',
    // Q200104: through its "Referenced by" list alone (citing, not cited, not a neighbour).
  };
  for (const n of [200100, 200101, 200102, 200103, 200104, 200105, ...(edits.extra ?? [])]) {
    if (edits.without?.includes(n)) continue;
    const title = n === 200101 && edits.titleOf200101 ? edits.titleOf200101 : undefined;
    writeFileSync(join(dir, `Q${n}.md`), jekyllArticle(n, { ...(title ? { title } : {}), ...(bodies[n] ? { body: bodies[n] } : {}) }));
  }
}

/** The arguments of `kbatlas build` into `<root>/<name>/`. */
const buildArgs = (sources: string, name: string, json: string) =>
  ['build', sources, '--out', join(root, name, 'dist'), '--work', join(root, name, 'work'), '--no-progress', '--json', json];

/** Runs `kbatlas build` (with `extra` arguments) and returns its JSON summary. */
async function build(sources: string, name: string, extra: string[] = []): Promise<Summary> {
  const json = join(root, `${name}.json`);
  const run = await kbatlas([...buildArgs(sources, name, json), ...extra]);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(readFileSync(json, 'utf8')) as Summary;
}

before(async () => {
  root = await tempDir('kbatlas-build-');
});

after(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('kbatlas build', () => {
  const sources = () => join(root, 'sources');
  let cold: Summary;

  test('a cold build renders and indexes every page', async () => {
    writeSources(sources());
    cold = await build(sources(), 'site');
    assert.equal(cold.fresh, true);
    assert.equal(cold.articles, 6);
    assert.equal(cold.stages.index.articles, 6);
    const page = readFileSync(join(root, 'site/dist/kb/200/Q200103/index.html'), 'utf8');
    assert.match(page, /href="\/kb\/200\/Q200101\/"/, 'cross-link to Q200101');
  });

  test('gives the same site as the ordinary astro build of the same pages', async () => {
    const ordinary = join(root, 'ordinary');
    await buildSite({ contentDir: join(root, 'site/work/content'), outDir: ordinary });
    // The archive build's marker (the files it made there) is its own.
    assert.deepEqual(diffTrees(ordinary, join(root, 'site/dist'), (file) => file === MARKER_NAME), []);
  });

  test('under a site URL and base path, gives the same site as the ordinary astro build with the same settings (the JSON documents the build writes itself included)', async () => {
    const env = { KB_SITE_URL: 'https://wiki.example.org', KB_BASE_PATH: '/kbarchive/' };
    const json = join(root, 'based.json');
    const run = await kbatlas(buildArgs(sources(), 'based', json), { env });
    assert.equal(run.code, 0, run.stderr);
    const document = JSON.parse(readFileSync(join(root, 'based/dist/kb/200/Q200101/oembed.json'), 'utf8')) as { url: string };
    assert.equal(document.url, 'https://wiki.example.org/kbarchive/kb/200/Q200101/');
    const ordinary = join(root, 'based-ordinary');
    await buildSite({ contentDir: join(root, 'based/work/content'), outDir: ordinary, base: env.KB_BASE_PATH, env: { KB_SITE_URL: env.KB_SITE_URL } });
    assert.deepEqual(diffTrees(ordinary, join(root, 'based/dist'), (file) => file === MARKER_NAME), []);
  });

  test('with --cpu-prof, leaves a CPU profile and the log of its render process, and builds the same site', async () => {
    const profiles = join(root, 'profiles');
    await build(sources(), 'profiled', ['--cpu-prof', profiles]);
    const names = readdirSync(profiles);
    // Thread 0 of the Astro process: its main thread, with the pages' rendering in it.
    const main = names.find((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
    assert.ok(main, `a main-thread profile among ${names.join(', ')}`);
    const profile = JSON.parse(readFileSync(join(profiles, main), 'utf8')) as { nodes: Array<{ callFrame: { functionName: string } }> };
    assert.ok(profile.nodes.some((node) => node.callFrame.functionName === 'generatePathWithPrerenderer'), 'Astro generating pages');
    assert.match(readFileSync(join(profiles, 'render-0.log'), 'utf8'), /├─ \/kb\/200\/Q200101\/index\.html/);
    assert.deepEqual(diffTrees(join(root, 'site/dist'), join(root, 'profiled/dist')), []);
  });

  test('replaces the output of the ordinary astro build in the same folder (npm run build, then kbatlas build)', async () => {
    const ordinary = join(root, 'ordinary');
    const run = await kbatlas(['build', sources(), '--out', ordinary, '--work', join(root, 'ordinary-work'), '--no-progress']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(diffTrees(join(root, 'site/dist'), ordinary), []);
  });

  test('with nothing changed, renders, writes and indexes nothing', async () => {
    const again = await build(sources(), 'site');
    assert.equal(again.fresh, false);
    assert.equal(again.stages.import.written, 0);
    assert.equal(again.stages.merge.written, 0);
    assert.equal(again.stages.merge.removed, 0);
    assert.equal(again.stages.index.pages, 0);
    assert.equal(again.stages.render.files, 0);
  });

  test('after one article is edited, equals a cold build of the edited sources', async () => {
    writeSources(sources(), { titleOf200101: 'A Retitled Article' });
    const edited = await build(sources(), 'site');
    assert.equal(edited.fresh, false);
    assert.equal(edited.stages.import.written, 1);
    assert.ok(edited.stages.render.files < cold.stages.render.files, `rendered ${edited.stages.render.files} of ${cold.stages.render.files} files`);
    // One shard: every article is indexed again (Q200101's title is in its own page and in Q200103's body).
    assert.equal(edited.stages.index.pages, 6);
    await build(sources(), 'cold-edited');
    assert.deepEqual(diffTrees(join(root, 'cold-edited/dist'), join(root, 'site/dist')), []);
    // The new title reached the pages that show it: a citing article's link title…
    assert.match(readFileSync(join(root, 'site/dist/kb/200/Q200103/index.html'), 'utf8'), /title="Q200101: A Retitled Article"/);
    // …a cited article's "Referenced by" list, and both neighbours' previous/next links.
    for (const id of ['Q200104', 'Q200100', 'Q200102']) {
      assert.match(readFileSync(join(root, `site/dist/kb/200/${id}/index.html`), 'utf8'), /Q200101: A Retitled Article/, id);
    }
  });

  test('after one article is removed and one added, equals a cold build', async () => {
    writeSources(sources(), { titleOf200101: 'A Retitled Article', without: [200105], extra: [200106] });
    const changed = await build(sources(), 'site');
    assert.equal(changed.stages.import.pruned, 1);
    assert.ok(changed.stages.merge.removed >= 2, 'the removed article page and its JSON document (oembed.json)');
    assert.equal(existsSync(join(root, 'site/dist/kb/200/Q200105/oembed.json')), false, 'its JSON document is gone');
    await build(sources(), 'cold-changed');
    assert.deepEqual(diffTrees(join(root, 'cold-changed/dist'), join(root, 'site/dist')), []);
  });

  test('after a build that failed past its import, the next one still renders what that import changed', async () => {
    writeSources(sources(), { titleOf200101: 'Retitled Again', without: [200105], extra: [200106] });
    // An Astro config Astro rejects makes the render stage fail after the import has written the change.
    const failed = await kbatlas(buildArgs(sources(), 'site', join(root, 'failed.json')), { env: { KB_BUILD_CONCURRENCY: 'not a number' } });
    assert.notEqual(failed.code, 0, 'the injected render failure');
    assert.match(failed.stderr, /astro build .* exited with/);
    const next = await build(sources(), 'site');
    assert.equal(next.stages.import.written, 0, 'the failed build had imported the change already');
    assert.ok(next.stages.render.files > 0);
    await build(sources(), 'cold-after-failure');
    assert.deepEqual(diffTrees(join(root, 'cold-after-failure/dist'), join(root, 'site/dist')), []);
  });
});

describe('kbatlas build, search in shards', () => {
  const sources = () => join(root, 'shard-sources');
  /** Six articles, at most two a shard: Q200100 and Q200103 in shard 0 (n % 3), Q200101 and Q200104 in 1, Q200102 and Q200105 in 2. */
  const sharded = ['--shard-size', '2'];
  /** What a few queries find on a built site, in order. */
  const answers = async (dist: string) => {
    const search = await openNodeSearch(dist);
    try {
      return await Promise.all(['article', 'body', 'Q299999', 'edited sentence', 'fixture'].map((q) => search.ids(q, 10)));
    } finally {
      await search.close();
    }
  };

  test('writes one Pagefind bundle per shard; an edit re-indexes only its article\'s shard, and searches as a cold build does', async () => {
    writeSources(sources());
    const cold = await build(sources(), 'sharded', sharded);
    assert.deepEqual([cold.stages.index.shards, cold.stages.index.rebuilt, cold.stages.index.articles], [3, 3, 6]);
    for (const bundle of ['pagefind/pagefind-entry.json', 'pagefind/1/pagefind-entry.json', 'pagefind/2/pagefind-entry.json']) {
      assert.ok(existsSync(join(root, 'sharded/dist', bundle)), bundle);
    }
    assert.equal((await build(sources(), 'sharded', sharded)).stages.index.rebuilt, 0, 'nothing changed, nothing indexed');

    // Q200105's body only: no other article shows it (its neighbours show its title).
    writeFileSync(join(sources(), 'Q200105.md'), jekyllArticle(200105, { body: 'An edited sentence about the fixture.' }));
    const edited = await build(sources(), 'sharded', sharded);
    assert.deepEqual([edited.stages.index.rebuilt, edited.stages.index.pages], [1, 2], 'shard 2 alone: Q200102 and Q200105');
    await build(sources(), 'sharded-cold', sharded);
    assert.deepEqual(diffTrees(join(root, 'sharded-cold/dist'), join(root, 'sharded/dist')), []);
    const [incremental, fresh] = [await answers(join(root, 'sharded/dist')), await answers(join(root, 'sharded-cold/dist'))];
    assert.deepEqual(incremental, fresh);
    assert.deepEqual(incremental[3], ['Q200105']);
  });

  test('a change another article makes to a page outside its body (a new "Referenced by" entry) does not re-index its shard', async () => {
    const digests = () => (JSON.parse(readFileSync(join(root, 'sharded/dist/pagefind/shards.json'), 'utf8')) as { shards: Array<{ digest: string }> }).shards.map((s) => s.digest);
    const before = digests();
    // Q200107 (shard 1) cites Q200100 (shard 0), whose "Referenced by" gains it; Q200105 (shard 2) goes: still six articles, three shards.
    writeSources(sources(), { without: [200105], extra: [200107] });
    writeFileSync(join(sources(), 'Q200107.md'), jekyllArticle(200107, { body: 'See Q200100 for more.' }));
    const changed = await build(sources(), 'sharded', sharded);
    assert.match(readFileSync(join(root, 'sharded/dist/kb/200/Q200100/index.html'), 'utf8'), /Referenced by[\s\S]*Q200107/);
    assert.equal(changed.stages.index.rebuilt, 2, 'shards 1 and 2');
    assert.equal(digests()[0], before[0], 'shard 0 (Q200100) kept');
  });
});
