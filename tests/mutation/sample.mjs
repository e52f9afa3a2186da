// @ts-check
/**
 * A quick, partial check between Stryker runs: applies a random sample of Stryker's own mutants of
 * one file, one at a time, in a copy of src/ and tests/ (the worktree is never changed), and runs
 * the given test files against each. A mutant is killed when a test fails or runs over 30 s. It
 * gives a lower bound of what those files alone kill, in seconds rather than hours; it is no
 * mutation score (docs/testing.md). Usage:
 *
 *   node tests/mutation/sample.mjs src/lib/parse/decode.ts 30 7 tests/unit/parse/decode.test.ts
 *   (file, sample size, seed, test files…)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const [file, size = '30', seed = '1', ...tests] = process.argv.slice(2);
if (!file || tests.length === 0) throw new Error('usage: node tests/mutation/sample.mjs <source file> <sample size> <seed> <test file>…');
const copy = mkdtempSync(join(tmpdir(), 'kbatlas-mutation-sample-'));
for (const folder of ['src', 'tests']) cpSync(folder, join(copy, folder), { recursive: true });
cpSync('package.json', join(copy, 'package.json'));
symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
const path = join(copy, file);
const original = readFileSync(path, 'utf8');
const logger = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, fatal() {}, isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false };
const { mutants } = await new Instrumenter(/** @type {any} */ (logger)).instrument([{ name: file, mutate: true, content: original }], /** @type {any} */ ({ plugins: null, excludedMutations: [], ignorers: [], noHeader: true }));
let state = Number(seed);
const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pool = [...mutants];
const sample = [];
while (sample.length < Math.min(Number(size), mutants.length)) {
  const [picked] = pool.splice(Math.floor(random() * pool.length), 1);
  if (picked) sample.push(picked);
}
const lines = original.split('\n');
/** Offset of a 0-based line and column (the instrumenter's locations). */
const offset = (/** @type {{ line: number, column: number }} */ p) => lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.column;
const survivors = [];
try {
  for (const mutant of sample) {
    const [a, b] = [offset(mutant.location.start), offset(mutant.location.end)];
    writeFileSync(path, original.slice(0, a) + mutant.replacement + original.slice(b));
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=dot', ...tests], { cwd: copy, timeout: 30_000 });
    if (run.status === 0) survivors.push(`${mutant.id} line ${mutant.location.start.line + 1} ${mutant.mutatorName}: ${JSON.stringify(original.slice(a, b)).slice(0, 100)} -> ${JSON.stringify(mutant.replacement).slice(0, 100)}`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
console.log(`${file}: ${mutants.length} mutants; sample of ${sample.length} (seed ${seed}): ${sample.length - survivors.length} killed by ${tests.join(' ')} alone`);
for (const line of survivors) console.log(`  survived ${line}`);
