/**
 * Benchmark of `kbatlas links` over a folder of real text (a script that prints figures, not a test).
 * Usage: npm run bench:links [-- <folder>]   Default: ../shared/corpus/kb (2,000 articles, 21 MB of
 * Markdown full of `Q` ids and a few old Microsoft URLs), a stand-in for a large wiki export.
 * Three passes in one process, each repeated 5 times (median printed): the report alone, the report
 * checked against a built site folder (`--site`, one oembed.json per distinct id, most absent), and a
 * dry-run rewrite with `--ids` (every file read twice, diffs made). Nothing is written.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runLinks, type LinksOptions } from '../src/cli/links-command.ts';
import { fakeSite } from '../tests/helpers/fake-site.ts';

const input = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/kb', import.meta.url));
if (!existsSync(input)) {
  console.error(`bench:links: ${input} not found (the corpus lives in ../shared/corpus); nothing measured.`);
  process.exit(2);
}
const site = await fakeSite();
const passes: [string, LinksOptions][] = [
  ['report', {}],
  ['report --site <folder>', { site }],
  ['--rewrite --ids (dry run)', { site, rewrite: true, ids: true, base: 'https://kb.example.org/' }],
];
const quiet = { out: () => {}, log: () => {} };
console.log(`input: ${input} (Node ${process.versions.node}; medians of 5)`);
console.log('| pass | files | references | distinct ids | links to rewrite | wall s | CPU s | files/s |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [name, options] of passes) {
  const runs: { wall: number; cpu: number; files: number; refs: number; ids: number; links: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const report = await runLinks([input], { ...options, ...quiet });
    const wall = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const refs = report.files.flatMap((f) => f.references);
    runs.push({ wall, cpu: (cpu.user + cpu.system) / 1e6, files: report.files.length, refs: refs.length, ids: new Set(refs.map((r) => r.id)).size, links: report.rewrite?.links ?? 0 });
  }
  const median = (key: 'wall' | 'cpu') => [...runs].sort((a, b) => a[key] - b[key])[2]![key];
  const r = runs[0]!;
  console.log(`| ${name} | ${r.files} | ${r.refs} | ${r.ids} | ${r.links} | ${median('wall').toFixed(2)} | ${median('cpu').toFixed(2)} | ${Math.round(r.files / median('wall'))} |`);
}
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
