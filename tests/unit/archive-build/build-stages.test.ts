/** The archive build runs its stages in order, as data: each timed and logged the same way, until one stops it. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runBuild } from '../../../src/lib/archive-build/build.ts';
import { buildStages, type Stage } from '../../../src/lib/archive-build/stages.ts';

function folders(): { out: string; work: string } {
  const root = mkdtempSync(join(tmpdir(), 'kbatlas-stages-'));
  return { out: join(root, 'dist'), work: join(root, 'work') };
}

test('the build\'s stages are import, plan, render, merge, index, commit, in that order', () => {
  assert.deepEqual(buildStages.map((stage) => stage.name), ['import', 'plan', 'render', 'merge', 'index', 'commit']);
});

test('each stage runs once in order, is logged as `<stage>: <line>; <seconds> s`, and its counts go to the summary', async () => {
  const ran: string[] = [];
  const lines: string[] = [];
  const stage = (name: string, counts: Record<string, number>): Stage => ({
    name,
    counts: Object.keys(counts),
    run: async (build) => {
      ran.push(name);
      assert.ok(build.contentDir.endsWith(join('work', 'content')));
      return { counts, line: `did ${name}` };
    },
  });
  const summary = await runBuild(['in'], { ...folders(), log: (line) => lines.push(line) }, [stage('first', { a: 1 }), stage('second', { b: 2, c: 3 })]);
  assert.deepEqual(ran, ['first', 'second']);
  assert.match(lines.join('\n'), /^first: did first; \d+(\.\d)? s\nsecond: did second; \d+(\.\d)? s\nbuild: 0 articles → .* built in /m);
  assert.equal(summary.stages.first!.a, 1);
  assert.deepEqual({ ...summary.stages.second, seconds: 0 }, { seconds: 0, b: 2, c: 3 });
});

test('a stage that stops the build skips the later ones, whose figures are zero', async () => {
  const lines: string[] = [];
  const stages: Stage[] = [
    { name: 'check', counts: [], run: () => ({ counts: {}, line: 'nothing to do', stop: 'unchanged' }) },
    { name: 'never', counts: ['files'], run: () => assert.fail('ran after the build stopped') },
  ];
  const summary = await runBuild(['in'], { ...folders(), log: (line) => lines.push(line) }, stages);
  assert.deepEqual(summary.stages.never, { seconds: 0, files: 0 });
  assert.match(lines.at(-1)!, / unchanged in /);
});

test('a failing stage fails the build with its error, and the later ones never run', async () => {
  const stages: Stage[] = [
    { name: 'broken', counts: [], run: () => { throw new Error('broken stage'); } },
    { name: 'never', counts: [], run: () => assert.fail('ran after a failure') },
  ];
  await assert.rejects(runBuild(['in'], { ...folders(), log: () => {} }, stages), /broken stage/);
});
