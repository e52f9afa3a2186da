// @ts-check
/**
 * An estimate of a part's mutation score over the mutants Stryker has not run (docs/testing.md,
 * "The parser's score, estimated"): a uniform random sample of them, drawn with a recorded seed from
 * Stryker's own mutants (its instrumenter), each applied in a copy of the repository and tested as
 * Stryker decides a kill: the part's test files (its config, in order) each in its own `node`
 * process, stopping at the first failure; a file that runs past its timeout counts as a timeout
 * (detected, as Stryker counts it; each is read before it is called a loop). Results go one line a
 * mutant to a JSON Lines file, in the sample's order, so an interrupted run is still a uniform
 * sample (its complete prefix) and a re-run with the same seed continues it.
 *
 *   node tests/mutation/estimate.mjs parser 600 2512 [workers]     run (or continue) the sample
 *   node tests/mutation/estimate.mjs parser 600 2512 --summary      the estimate and the survivors
 *
 * "Not run by Stryker" is decided against tests/mutation/<part>.incremental.json: a mutant counts as
 * run when a result there has the same file, mutator, replacement and source line(s).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { globSync } from 'glob';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const [part = 'parser', size = '600', seed = '1', mode = '1'] = process.argv.slice(2);
const summaryOnly = mode === '--summary';
// `--retest`: test the sample's survivors again (after tests were written for them); their first
// result is kept in the record (`was`), so the estimate can be given before and after.
const retest = mode === '--retest';
const workers = summaryOnly ? 0 : retest ? 2 : Number(mode);
if (process.env['KB_ESTIMATE_AT'] && !summaryOnly) throw new Error('KB_ESTIMATE_AT is for --summary only: mutants are tested in a copy of the working tree');
const config = /** @type {any} */ ((await import(resolve(`tests/mutation/${part}.config.mjs`))).default);
const out = `reports/mutation/estimate-${part}-${seed}.jsonl`;

/** @param {string[]} patterns */
const expand = (patterns) => [...new Set(patterns.flatMap((p) => globSync(p).sort()))];
// `KB_ESTIMATE_AT=<commit>`: the summary of a sample drawn at that commit — its sources and Stryker
// results read from git, so the same mutants are drawn after the branch moved on (a rebase, a new
// Stryker piece). The sample's results (the JSON Lines file) are the same either way.
const at = process.env['KB_ESTIMATE_AT'];
const git = (/** @type {string[]} */ args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
const sources = at
  ? git(['ls-tree', '-r', '--name-only', at, '--', ...config.mutate.map((/** @type {string} */ p) => p.replace(/\/\*\*.*$/, ''))]).split('\n').filter((f) => f.endsWith('.ts')).sort()
  : expand(config.mutate);
const testFiles = expand(config.tap.testFiles);

// Stryker's own mutants of every mutated file.
const logger = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, fatal() {}, isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false };
const texts = new Map(sources.map((f) => [f, at ? git(['show', `${at}:${f}`]) : readFileSync(f, 'utf8')]));
const { mutants } = await new Instrumenter(/** @type {any} */ (logger)).instrument(
  sources.map((name) => ({ name, mutate: true, content: /** @type {string} */ (texts.get(name)) })),
  /** @type {any} */ ({ plugins: null, excludedMutations: [], ignorers: [], noHeader: true }),
);

/** The lines a location spans and its columns: with file, mutator and replacement, a mutant's key. */
const keyOf = (/** @type {string} */ file, /** @type {string} */ source, /** @type {any} */ m, /** @type {number} */ base) => {
  const lines = source.split('\n');
  const { start, end } = m.location;
  return [file, m.mutatorName, m.replacement ?? '', start.column - base, end.column - base, lines.slice(start.line - base, end.line - base + 1).join('\n')].join('\u0000');
};
/** @type {Map<string, string[]>} */
const run = new Map();
const incremental = JSON.parse(at ? git(['show', `${at}:tests/mutation/${part}.incremental.json`]) : readFileSync(`tests/mutation/${part}.incremental.json`, 'utf8'));
for (const [file, { source, mutants: done }] of Object.entries(incremental.files)) {
  // The report's lines and columns are 1-based, the instrumenter's 0-based.
  for (const m of done) if (m.status !== 'Pending') run.set(keyOf(file, source, m, 1), [...(run.get(keyOf(file, source, m, 1)) ?? []), m.status]);
}
/** The Stryker results that hold for today's mutants (their status), by file. */
/** @type {Map<string, string[]>} */
const exact = new Map();
const notRun = mutants.filter((m) => {
  const key = keyOf(m.fileName, /** @type {string} */ (texts.get(m.fileName)), m, 0);
  const status = run.get(key)?.pop();
  if (status) exact.set(m.fileName, [...(exact.get(m.fileName) ?? []), status]);
  return !status;
});

// The sample: a seeded shuffle's first `size` (a prefix of a larger sample with the same seed).
let state = Number(seed);
const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
const order = [...notRun];
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [/** @type {any} */ (order[j]), /** @type {any} */ (order[i])];
}
const sample = order.slice(0, Number(size));

/** @type {Map<number, any>} */
const done = new Map();
/** How many of the sample, from its start, have a result. */
function prefixOf(/** @type {Map<number, any>} */ results) {
  let prefix = 0;
  while (results.has(prefix) && prefix < sample.length) prefix++;
  return prefix;
}
if (existsSync(out)) for (const line of readFileSync(out, 'utf8').split('\n').filter(Boolean)) { const r = JSON.parse(line); done.set(r.index, r); }

if (!summaryOnly) {
  mkdirSync('reports/mutation', { recursive: true });
  process.env['NODE_COMPILE_CACHE'] ??= join(tmpdir(), 'kbatlas-estimate-compile-cache');
  const corpus = resolve('../shared/corpus');
  if (existsSync(corpus)) process.env['KB_CORPUS_DIR'] ??= corpus;
  const copies = Array.from({ length: workers }, () => {
    const copy = mkdtempSync(join(tmpdir(), 'kbatlas-mutation-estimate-'));
    for (const folder of ['src', 'tests', 'content']) cpSync(folder, join(copy, folder), { recursive: true });
    cpSync('package.json', join(copy, 'package.json'));
    symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
    return copy;
  });
  // Stopped (a deadline): the copies go, the results written so far stay.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => { for (const copy of copies) rmSync(copy, { recursive: true, force: true }); process.exit(130); });
  /** Runs test files in a copy (several in one process, `--test-isolation=none`): 'pass', 'fail' or 'timeout', and the time taken. */
  const runTests = (/** @type {string} */ cwd, /** @type {string[]} */ tests, /** @type {number} */ timeout) =>
    new Promise((done) => {
      const began = Date.now();
      const isolation = tests.length > 1 ? ['--test-isolation=none'] : [];
      const child = spawn(process.execPath, ['--test', ...isolation, '--test-reporter=dot', ...tests], { cwd, stdio: 'ignore', detached: true });
      const timer = setTimeout(() => { try { process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL'); } catch {} }, timeout);
      child.on('exit', (code, signal) => { clearTimeout(timer); done({ result: signal ? 'timeout' : code === 0 ? 'pass' : 'fail', ms: Date.now() - began }); });
    });
  // Which file fails first does not change the verdict, only the time: the mutated file's own test
  // alone, then the construct fixtures alone (they kill most), then all the part's files in one
  // process (a survivor costs one start-up, not twenty). Each step's timeout is ten times its time
  // on the code as it is (measured first, with a check that all pass), at least 20 s.
  /** @type {Map<string, number>} */
  const timeouts = new Map();
  const first = /** @type {string} */ (testFiles[0]);
  for (const step of [...testFiles.map((t) => [t]), testFiles]) {
    const { result, ms } = /** @type {any} */ (await runTests(/** @type {string} */ (copies[0]), step, 300_000));
    if (result !== 'pass') throw new Error(`${step.join(' ')} does not pass on the code as it is`);
    timeouts.set(step.length > 1 ? 'all' : /** @type {string} */ (step[0]), Math.max(20_000, ms * 10));
    console.log(`baseline ${step.length > 1 ? 'all in one process' : step[0]} ${ms} ms`);
  }
  let next = 0;
  const work = async (/** @type {string} */ copy) => {
    for (let index = next++; index < sample.length; index = next++) {
      if (retest ? done.get(index)?.status !== 'Survived' || index >= prefixOf(done) : done.has(index)) continue;
      const m = /** @type {any} */ (sample[index]);
      const path = join(copy, m.fileName);
      const original = /** @type {string} */ (texts.get(m.fileName));
      const lines = original.split('\n');
      const offset = (/** @type {{ line: number, column: number }} */ p) => lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.column;
      const [a, b] = [offset(m.location.start), offset(m.location.end)];
      writeFileSync(path, original.slice(0, a) + m.replacement + original.slice(b));
      let status = 'Survived', by = null;
      const began = Date.now();
      const own = `tests/unit/parse/${m.fileName.split('/').pop()?.replace(/\.ts$/, '.test.ts')}`;
      const steps = [...new Set([own, first])].filter((t) => testFiles.includes(t)).map((t) => [t]).concat([testFiles]);
      for (const step of steps) {
        const name = step.length > 1 ? 'all' : /** @type {string} */ (step[0]);
        const { result } = /** @type {any} */ (await runTests(copy, step, /** @type {number} */ (timeouts.get(name))));
        if (result !== 'pass') { status = result === 'fail' ? 'Killed' : 'Timeout'; by = name; break; }
      }
      writeFileSync(path, original);
      const record = { ...(retest ? { was: done.get(index)?.was ?? 'Survived', retested: new Date().toISOString() } : {}), index, file: m.fileName, line: m.location.start.line + 1, column: m.location.start.column + 1, mutator: m.mutatorName, original: original.slice(a, b).slice(0, 200), replacement: (m.replacement ?? '').slice(0, 200), status, by, ms: Date.now() - began };
      done.set(index, record);
      appendFileSync(out, `${JSON.stringify(record)}\n`);
      console.log(`${index} ${status} ${m.fileName}:${record.line} ${m.mutatorName} ${record.ms} ms`);
    }
  };
  try {
    await Promise.all(copies.map(work));
  } finally {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  }
}

// The estimate over the complete prefix (a uniform sample however the run was stopped).
const prefix = prefixOf(done);
const results = [...Array(prefix).keys()].map((i) => done.get(i));
const detected = results.filter((r) => r.status !== 'Survived').length;
const n = results.length;
// Wilson's 95 % interval, with the finite population correction for the mutants not run.
const z = 1.96, p = n ? detected / n : 0, fpc = n > 1 ? Math.sqrt((notRun.length - n) / (notRun.length - 1)) : 1;
const zc = z * fpc, centre = (p + (zc * zc) / (2 * n)) / (1 + (zc * zc) / n), half = (zc / (1 + (zc * zc) / n)) * Math.sqrt((p * (1 - p)) / n + (zc * zc) / (4 * n * n));
const pct = (/** @type {number} */ x) => `${(100 * x).toFixed(1)} %`;
console.log(`${part}: ${mutants.length} mutants, ${mutants.length - notRun.length} with a Stryker result, ${notRun.length} not run by Stryker`);
console.log(`sample (seed ${seed}): ${n} of ${sample.length} drawn tested in order; detected ${detected} (killed ${results.filter((r) => r.status === 'Killed').length}, timeout ${results.filter((r) => r.status === 'Timeout').length}), survived ${n - detected}`);
if (n) console.log(`estimate: ${pct(p)}, 95 % interval ${pct(centre - half)} to ${pct(centre + half)}`);
// The whole part: Stryker's own results where they hold (exact), the estimate for the rest, weighted by mutant counts.
const statuses = [...exact.values()].flat();
const exactDetected = statuses.filter((s) => s === 'Killed' || s === 'Timeout').length;
if (n) {
  const whole = (/** @type {number} */ rate) => (exactDetected + rate * notRun.length) / mutants.length;
  console.log(`exact (Stryker): ${exactDetected} of ${statuses.length} detected (${pct(exactDetected / statuses.length)}) in ${[...exact.keys()].join(', ')}`);
  console.log(`whole ${part}: ${pct(whole(p))}, 95 % interval ${pct(whole(centre - half))} to ${pct(whole(centre + half))} (exact ${statuses.length} + estimated ${notRun.length} = ${mutants.length} mutants)`);
}
const before = results.filter((r) => (r.was ?? r.status) !== 'Survived').length;
if (before !== detected) console.log(`before the retest: detected ${before} of ${n} (${pct(before / n)}); killed at the retest: ${detected - before}`);
/** @type {Map<string, number[]>} */
const byFile = new Map();
for (const m of notRun) byFile.set(m.fileName, [(byFile.get(m.fileName)?.[0] ?? 0) + 1, 0, 0]);
for (const r of results) { const f = /** @type {number[]} */ (byFile.get(r.file)); f[1] = (f[1] ?? 0) + 1; if (r.status !== 'Survived') f[2] = (f[2] ?? 0) + 1; }
for (const [file, [all, tested, det]] of [...byFile].sort((a, b) => (b[1][0] ?? 0) - (a[1][0] ?? 0))) console.log(`  ${file}: ${all} not run, ${tested} sampled, ${det} detected`);
/** The part of a mutant that differs from the code (a regular expression's mutant changes a few characters of a long one). */
const change = (/** @type {string} */ a, /** @type {string} */ b) => {
  let s = 0, e = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  while (e < a.length - s && e < b.length - s && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  const at = Math.max(0, s - 12);
  return `${JSON.stringify(a.slice(at, a.length - e + 12))} -> ${JSON.stringify(b.slice(at, b.length - e + 12))}`;
};
/**
 * A sampled mutant's code and replacement, whole (the records keep their first 200 characters).
 * @returns {[string, string]}
 */
const whole = (/** @type {number} */ index) => {
  const m = /** @type {any} */ (sample[index]);
  const text = /** @type {string} */ (texts.get(m.fileName));
  const lines = text.split('\n');
  const offset = (/** @type {{ line: number, column: number }} */ p) => lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.column;
  return [text.slice(offset(m.location.start), offset(m.location.end)), m.replacement ?? ''];
};
for (const r of results) if (r.status !== 'Killed') console.log(`  ${r.status.toLowerCase()} #${r.index} ${r.file}:${r.line}:${r.column} ${r.mutator}: ${change(...whole(r.index))}`);
