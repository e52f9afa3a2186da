/**
 * Benchmark of `kbatlas import` over the whole archive (a script that prints figures, not a test).
 * Usage: npm run bench:import [-- <archive or folder> [--threads N]]
 * Default input: ../shared/corpus/kb-full.tar.xz. Runs a cold import into an empty folder, then
 * the same import again (every page unchanged), and prints wall and CPU seconds (all threads),
 * articles/s, MB/s and peak memory. CPU seconds stay comparable when the machine is shared.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImport } from '../src/lib/import/import-command.ts';

const args = process.argv.slice(2);
const threadsAt = args.indexOf('--threads');
const threads = threadsAt >= 0 ? Number(args.splice(threadsAt, 2)[1]) : availableParallelism();
const input = args[0] ?? fileURLToPath(new URL('../../shared/corpus/kb-full.tar.xz', import.meta.url));
if (!existsSync(input)) {
  console.error(`bench:import: ${input} not found (the corpus lives in ../shared/corpus); nothing measured.`);
  process.exit(2);
}

const out = await mkdtemp(join(tmpdir(), 'kbatlas-bench-import-'));
const rows: string[] = [];
for (const run of ['cold', 'unchanged'] as const) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const summary = await runImport([input], { out, threads, progress: false, log: () => {} });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = summary.sourceBytes / 1e6;
  rows.push(
    `| ${run} | ${summary.seen} | ${summary.failed} | ${summary.written} | ${seconds.toFixed(1)} | ` +
      `${cpuSeconds.toFixed(1)} | ${Math.round(summary.seen / seconds)} | ${(mb / seconds).toFixed(1)} | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} |`,
  );
}
await rm(out, { recursive: true, force: true });
console.log(`input: ${input} (${threads} worker threads, Node ${process.versions.node})`);
console.log('| run | articles | failed | written | wall s | CPU s | articles/s | MB/s | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
