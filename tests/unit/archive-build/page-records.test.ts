/**
 * The plan stage reads again only the imported pages whose file changed (page-records.ts): an
 * unchanged page's record comes from the last plan, a page edited by hand is read whatever its size
 * and modification time, and the plan is the same as a plan that read every page.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SETTLE_MS } from '../../../src/lib/file-stamp.ts';
import { planRender } from '../../../src/lib/archive-build/plan-stage.ts';
import { readRenderPlan } from '../../../src/lib/archive-build/render-plan.ts';
import { repoRoot } from '../../helpers/cli.ts';

/** A modification time in whole seconds, which `utimes` can set back exactly. */
const past = new Date('2001-01-01T00:00:00Z');

/** A work folder holding a copy of the three default pages, dated in the past, old enough for their stamps to be kept. */
async function settledWorkFolder(): Promise<{ contentDir: string; stateDir: string }> {
  const work = mkdtempSync(join(tmpdir(), 'kbatlas-records-'));
  cpSync(join(repoRoot, 'content/kb'), join(work, 'content'), { recursive: true });
  for (const name of readdirSync(join(work, 'content'))) utimesSync(join(work, 'content', name), past, past);
  await sleep(SETTLE_MS + 100);
  return { contentDir: join(work, 'content'), stateDir: join(work, 'render') };
}

test('unchanged pages are not read again; a page rewritten by hand with the same size and modification time is', async () => {
  const { contentDir, stateDir } = await settledWorkFolder();
  const first = planRender({ contentDir, stateDir, parts: 1 });
  assert.equal(first.read, 3);
  const firstPlan = readFileSync(first.planFile, 'utf8');
  const again = planRender({ contentDir, stateDir, parts: 1 });
  assert.equal(again.read, 0, 'every page as the last plan read it');
  assert.equal(readFileSync(again.planFile, 'utf8'), firstPlan, 'the same plan as from the pages themselves');

  // A hand edit that keeps the size and the modification time: only the change time tells.
  const page = join(contentDir, 'Q266130.mdx');
  const before = statSync(page, { bigint: true });
  const text = readFileSync(page, 'utf8');
  const title = /^title: "(.)/m.exec(text)!;
  const edited = text.replace(/^title: "./m, `title: "${title[1] === 'X' ? 'Y' : 'X'}`);
  assert.equal(edited.length, text.length);
  writeFileSync(page, edited);
  utimesSync(page, past, past);
  assert.deepEqual([statSync(page, { bigint: true }).size, statSync(page, { bigint: true }).mtimeNs], [before.size, before.mtimeNs]);
  const afterEdit = planRender({ contentDir, stateDir, parts: 1 });
  assert.equal(afterEdit.read, 1);
  const article = readRenderPlan(afterEdit.planFile).articles.find((a) => a.id === 'Q266130')!;
  const firstTitle = (JSON.parse(firstPlan) as { articles: Array<{ id: string; data: { title: string } }> }).articles.find((a) => a.id === 'Q266130')!.data.title;
  assert.notEqual(article.data.title, firstTitle, 'the edited title, read from the page');
  assert.equal(article.data.title.slice(1), firstTitle.slice(1));
  // The plan is the one a stage reading every page gives.
  const reread = planRender({ contentDir, stateDir, parts: 1, reread: true });
  assert.equal(reread.read, 3);
  assert.deepEqual(readRenderPlan(reread.planFile).articles, readRenderPlan(afterEdit.planFile).articles);
});

test('records are used only with the render plan they were written with', async () => {
  const { contentDir, stateDir } = await settledWorkFolder();
  planRender({ contentDir, stateDir, parts: 1 });
  // A plan written by a build that stopped before recording its pages: another plan file.
  const plan = join(stateDir, 'plan.json');
  const text = readFileSync(plan, 'utf8');
  await sleep(50);
  rmSync(plan);
  writeFileSync(plan, text);
  assert.equal(planRender({ contentDir, stateDir, parts: 1 }).read, 3);
  assert.equal(planRender({ contentDir, stateDir, parts: 1 }).read, 0);
});
