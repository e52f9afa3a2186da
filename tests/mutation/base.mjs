// @ts-check
/**
 * What the two mutation runs (parser.config.mjs, escaping.config.mjs) share. StrykerJS's tap runner
 * runs each test file in its own `node` process (Node strips the types itself), so Stryker knows
 * which files reach a mutant and runs only those, fastest first, stopping at the first failure.
 * See docs/testing.md for how to run it, the score and the survivors judged harmless.
 */
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Every mutant run starts a fresh `node` on the same instrumented sources: Node's compile cache
// keeps their type-stripped, compiled code between runs (about half of each run's start-up).
process.env['NODE_COMPILE_CACHE'] ??= join(tmpdir(), 'kbatlas-stryker-compile-cache');
// The tests run in a copy of the repository (.stryker-tmp/sandbox-…), where `../shared/corpus` is
// not: tests/helpers/corpus.ts reads this instead.
const corpus = resolve('../shared/corpus');
if (existsSync(corpus)) process.env['KB_CORPUS_DIR'] ??= corpus;

/**
 * Options of one part: its own mutated files, test files, incremental file and report folder.
 * @param {{ name: string, mutate: string[], testFiles: string[] }} part
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function mutationConfig({ name, mutate, testFiles }) {
  return {
    mutate,
    testRunner: 'tap',
    plugins: ['@stryker-mutator/tap-runner'],
    tap: {
      testFiles,
      nodeArgs: ['--test-reporter=tap', '-r', '{{hookFile}}', '{{testFile}}'],
    },
    coverageAnalysis: 'perTest',
    // Two cores, shared with other work: never more than two test processes at once.
    concurrency: 2,
    // Committed beside this file, so a re-run (on any clone) tests only the mutants whose code or
    // covering test files changed since the last run.
    incremental: true,
    incrementalFile: `tests/mutation/${name}.incremental.json`,
    // A mutant that loops is stopped by Stryker's hit limit (100 times the dry run's hits on it) in
    // about the tests' own time; this timeout is the last resort. It is long because the machine is
    // shared: under load a normal run can take several times its dry-run time, and a timeout counts
    // as a kill, so a short one would inflate the score.
    timeoutMS: 60_000,
    reporters: ['clear-text', 'html', 'json', 'progress-append-only'],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    clearTextReporter: { reportMutants: false, reportTests: false },
    thresholds: { high: 90, low: 85, break: null },
    ignorePatterns: ['dist', '.astro', '.cache', '.kbatlas', 'reports', 'test-results', 'playwright-report', 'tests/e2e'],
    // Node strips the types of the tests and sources itself, so the sandbox needs no tsconfig
    // rewrite (and Stryker's rewrite calls a TypeScript 5 API that TypeScript 7 lacks).
    tsconfigFile: 'no-tsconfig-rewrite.json',
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
  };
}
