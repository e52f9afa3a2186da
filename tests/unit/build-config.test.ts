/** The build's configuration: defaults, each variable read and checked, and the render processes' environment read back. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { archiveRenderEnv, readBuildConfig } from '../../src/lib/build-config.ts';
import { articleSource } from '../../src/lib/archive-build/article-source.ts';
import { repoRoot } from '../helpers/cli.ts';

test('an empty environment gives the documented defaults: the ordinary build of content/kb', () => {
  const config = readBuildConfig({});
  assert.deepEqual(config, {
    site: 'http://localhost:4321',
    base: '/',
    outDir: 'dist',
    cacheDir: undefined,
    concurrency: 8,
    contentDir: 'content/kb',
    archive: undefined,
    skipIndex: false,
  });
  assert.deepEqual(articleSource(config), { kind: 'collection', dir: 'content/kb' });
});

test('what kbatlas build sets for a render process reads back as that archive build', () => {
  const env = archiveRenderEnv({ planFile: '/w/render/plan.json', outDir: '/w/part-1', part: { index: 1, count: 2 } });
  const config = readBuildConfig(env);
  assert.deepEqual(config.archive, { plan: '/w/render/plan.json', part: { index: 1, count: 2 } });
  assert.equal(config.outDir, '/w/part-1');
  assert.equal(config.cacheDir, '/w/part-1.cache');
  assert.equal(config.skipIndex, true);
  assert.deepEqual(articleSource(config), { kind: 'archive', plan: '/w/render/plan.json' });
});

test('a malformed value is refused naming the variable', () => {
  assert.throws(() => readBuildConfig({ KB_RENDER_PLAN: '/a', KB_RENDER_PART: '2/2' }), /^Error: KB_RENDER_PART=2\/2: must be i\/n with 0 <= i < n/);
  assert.throws(() => readBuildConfig({ KB_BUILD_CONCURRENCY: 'many' }), /^Error: KB_BUILD_CONCURRENCY=many/);
  assert.throws(() => readBuildConfig({ KB_SITE_URL: 'example' }), /^Error: KB_SITE_URL=example/);
});

test('no module outside the configuration reads process.env', () => {
  const readers: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // Reading: process.env.X used as a value, or process.env passed on; writing a variable for a library's child (`process.env.X = …`) is not reading.
      else if (/\.(ts|mjs|astro)$/.test(entry.name) && /process\.env(?!\.\w+ = )/.test(readFileSync(path, 'utf8'))) readers.push(relative(repoRoot, path));
    }
  };
  walk(join(repoRoot, 'src'));
  assert.deepEqual(readers, ['src/lib/build-config.ts']);
});
