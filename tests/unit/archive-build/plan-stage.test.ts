/** The archive build's plan stage: every page's digest recorded, only changed pages planned, gone pages named. */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { planRender, type PlannedRender } from '../../../src/lib/archive-build/plan-stage.ts';
import { readRenderPlan } from '../../../src/lib/archive-build/render-plan.ts';
import { repoRoot } from '../../helpers/cli.ts';

/** A work folder holding a copy of the three default pages. */
function workFolder(): { contentDir: string; stateDir: string } {
  const work = mkdtempSync(join(tmpdir(), 'kbatlas-plan-'));
  cpSync(join(repoRoot, 'content/kb'), join(work, 'content'), { recursive: true });
  return { contentDir: join(work, 'content'), stateDir: join(work, 'render') };
}

/** What the build does once dist/ holds the planned pages: this build's digests become the recorded ones. */
function promote(stateDir: string): void {
  rmSync(join(stateDir, 'done'), { recursive: true, force: true });
  renameSync(join(stateDir, 'next'), join(stateDir, 'done'));
}

const plannedFiles = (planFile: string, part = 0): string[] =>
  Object.values(readRenderPlan(planFile).routes).flatMap((route) => route.parts[part] ?? []).sort();

/** What the render processes render and what the build writes itself (the JSON documents), every part's. */
const allPlanned = (planned: PlannedRender): string[] =>
  [...Array.from({ length: 2 }, (_, part) => plannedFiles(planned.planFile, part)).flat(), ...planned.documents.files.map((d) => d.file)].sort();

test('a first plan renders every page, with every article in it for the render processes', () => {
  const { contentDir, stateDir } = workFolder();
  const planned = planRender({ contentDir, stateDir, parts: 1 });
  const plan = readRenderPlan(planned.planFile);
  assert.deepEqual(plan.articles.map((a) => a.id), ['Q266130', 'Q311457', 'Q313839']);
  assert.equal(planned.stale, planned.pages);
  const files = allPlanned(planned);
  assert.equal(files.length, planned.pages);
  for (const file of ['kb/311/Q311457/index.html', 'kb/311/Q311457/oembed.json']) assert.ok(files.includes(file), file);
  // The JSON documents are the build's to write, with their article's front matter, and no render process's.
  assert.deepEqual(plan.writtenByBuild, ['oembed-json']);
  assert.ok(!plannedFiles(planned.planFile).some((file) => file.endsWith('.json')), 'no JSON document among the pages Astro renders');
  assert.deepEqual(planned.documents.files.map((d) => [d.file, d.data.id]), [
    ['kb/266/Q266130/oembed.json', 'Q266130'], ['kb/311/Q311457/oembed.json', 'Q311457'], ['kb/313/Q313839/oembed.json', 'Q313839'],
  ]);
  assert.ok(files.some((file) => file.startsWith('products/')) && files.some((file) => file.startsWith('keywords/')) && files.some((file) => file.startsWith('years/')));
  assert.deepEqual(planned.obsolete, []);
});

test('once recorded, an unchanged folder plans nothing; an edit plans its pages and those showing its title', () => {
  const { contentDir, stateDir } = workFolder();
  planRender({ contentDir, stateDir, parts: 1 });
  promote(stateDir);
  const unchanged = planRender({ contentDir, stateDir, parts: 1 });
  assert.deepEqual([unchanged.stale, unchanged.documents.files.length], [0, 0]);
  promote(stateDir);
  // Q266130 is cited by Q311457: its new title shows on Q311457's page too.
  const page = join(contentDir, 'Q266130.mdx');
  writeFileSync(page, readFileSync(page, 'utf8').replace(/^title: .*$/m, 'title: "A new title"'));
  const planned = planRender({ contentDir, stateDir, parts: 1 });
  const files = allPlanned(planned);
  for (const file of ['kb/266/Q266130/index.html', 'kb/266/Q266130/oembed.json', 'kb/311/Q311457/index.html']) assert.ok(files.includes(file), `${file} in ${files.join(', ')}`);
  assert.ok(!files.includes('kb/313/Q313839/index.html'), 'an article that does not show it is not planned');
});

test('a removed article\'s files are obsolete, and the stale pages are shared among the parts', () => {
  const { contentDir, stateDir } = workFolder();
  planRender({ contentDir, stateDir, parts: 1 });
  promote(stateDir);
  rmSync(join(contentDir, 'Q313839.mdx'));
  const planned = planRender({ contentDir, stateDir, parts: 2 });
  for (const file of ['kb/313/Q313839/oembed.json']) assert.ok(planned.obsolete.includes(file), file);
  const all = allPlanned(planned);
  assert.equal(all.length, planned.stale);
  assert.equal(new Set(all).size, all.length, 'no page is planned for two parts');
});
