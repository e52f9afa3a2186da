/**
 * Parse + emit CPU on the 2,000-article sample (../shared/corpus/kb/**\/README.md), single thread:
 * prints parse ms, emit ms, ms/MB and articles/s, best of several runs after warm-up.
 * Usage: `npm run bench:convert [-- --runs 7]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle, type Article } from '../src/lib/parse/index.ts';
import { articleToMdx } from '../src/lib/emit/index.ts';

const root = resolve(import.meta.dirname, '../../shared/corpus/kb');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 7 : Math.max(1, Number(process.argv[runsArg + 1]) || 7);
const warmups = 2;

if (!existsSync(root)) {
  console.error(`bench:convert: corpus not found at ${root} (needs ../shared/corpus/kb); nothing measured.`);
  process.exit(2);
}

/** Every `README.md` under the sample, in a stable order. */
function sampleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sampleFiles(path));
    else if (entry.name === 'README.md') out.push(path);
  }
  return out;
}

const files = sampleFiles(root);
const inputs = files.map((file) => readFileSync(file));
const megabytes = inputs.reduce((sum, bytes) => sum + bytes.length, 0) / 1e6;
let sink = 0;

/** One pass: parse all, then emit all; returns both times in ms. */
function pass(): { parse: number; emit: number } {
  let t = performance.now();
  const articles: Article[] = inputs.map((bytes, i) => parseArticle(bytes, { file: files[i] }).article);
  const parse = performance.now() - t;
  t = performance.now();
  for (const article of articles) sink += articleToMdx(article).length;
  return { parse, emit: performance.now() - t };
}

for (let i = 0; i < warmups; i++) pass();
let best = { parse: Infinity, emit: Infinity };
for (let i = 0; i < runs; i++) {
  const r = pass();
  best = { parse: Math.min(best.parse, r.parse), emit: Math.min(best.emit, r.emit) };
}
const total = best.parse + best.emit;
const fmt = (n: number): string => n.toFixed(0).padStart(6);
console.log(`sample: ${files.length} articles, ${megabytes.toFixed(2)} MB; best of ${runs} runs after ${warmups} warm-ups (output ${sink > 0 ? 'ok' : 'empty'})`);
console.log(`parse  ${fmt(best.parse)} ms  ${(best.parse / megabytes).toFixed(1).padStart(6)} ms/MB`);
console.log(`emit   ${fmt(best.emit)} ms  ${(best.emit / megabytes).toFixed(1).padStart(6)} ms/MB`);
console.log(`total  ${fmt(total)} ms  ${(total / megabytes).toFixed(1).padStart(6)} ms/MB  ${((files.length / total) * 1000).toFixed(0)} articles/s`);
