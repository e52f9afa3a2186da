/**
 * Front matter writing and reading over the 2,000-article sample, single thread: the project's
 * writer (src/lib/page-format/writer.ts) against the `yaml` library's `stringify`, and the reader's
 * fast path against js-yaml (the reader Astro uses) and `yaml`'s `parse`. Prints the median ms of
 * each over several rounds and each library's ratio to ours; the figures that decide whether the
 * hand-written writer and reader stay (docs/architecture.md).
 * Usage: `npm run bench:page-format [-- --runs 9]`.
 */
import { readFileSync } from 'node:fs';
import yamlJs from 'js-yaml';
import { parse as yamlParse, stringify as yamlStringify } from 'yaml';
import { parseArticle } from '../src/lib/parse/index.ts';
import { frontmatterOf } from '../src/lib/emit/index.ts';
import { parseEmittedFrontmatter } from '../src/lib/page-format/reader.ts';
import { toYaml } from '../src/lib/page-format/writer.ts';
import { corpusDir, hasCorpus, listJekyllArticles } from '../tests/helpers/corpus.ts';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 9 : Math.max(1, Number(process.argv[runsArg + 1]) || 9);
if (!hasCorpus) {
  console.error(`bench:page-format: corpus not found at ${corpusDir} (../shared/corpus); nothing measured.`);
  process.exit(2);
}

const data = listJekyllArticles().map(({ path }) => frontmatterOf(parseArticle(readFileSync(path), { file: path }).article));
const ours = data.map((d) => toYaml(d));
const theirs = data.map((d) => yamlStringify(d));
let sink = 0;

/** Median ms of `runs` timed rounds of `work` (after two warm-up rounds). */
function median(work: () => void): number {
  for (let i = 0; i < 2; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const rows = [
  ['write: writer.ts toYaml', median(() => data.forEach((d) => (sink += toYaml(d).length)))],
  ['write: yaml stringify', median(() => data.forEach((d) => (sink += yamlStringify(d).length)))],
  ['read: reader.ts fast path', median(() => ours.forEach((t) => (sink += Object.keys(parseEmittedFrontmatter(t)!).length)))],
  ['read: js-yaml load', median(() => ours.forEach((t) => (sink += Object.keys(yamlJs.load(t) as object).length)))],
  ['read: yaml parse (of its own output)', median(() => theirs.forEach((t) => (sink += Object.keys(yamlParse(t) as object).length)))],
] as const;

console.log(`${data.length} front matters, median of ${runs} rounds, Node ${process.versions.node}`);
console.log('| work | ms | ratio to ours |\n| --- | ---: | ---: |');
for (const [name, ms] of rows) {
  const base = name.startsWith('write') ? rows[0][1] : rows[2][1];
  console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / base).toFixed(2)} |`);
}
if (sink < 0) console.log(sink);
