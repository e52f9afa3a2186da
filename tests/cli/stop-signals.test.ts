/**
 * Stopping a run stops all of it. The `kbatlas` launcher on a system Node older than 22.18 runs the
 * CLI in a child process with the pinned Node 24: SIGTERM to the launcher is forwarded (and the
 * launcher ends by it), and even SIGKILL, which it cannot forward, ends the child with it (these run
 * only where such an older Node is on PATH; the machines this project targets have Node 20). And a
 * build killed during its render leaves no Astro process writing on, nor an index killed while it
 * runs a Pagefind service.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { before, test } from 'node:test';
import { LOCK_NAME } from '../../src/lib/folder-lock.ts';
import { jekyllArticle, repoRoot, tempDir } from '../helpers/cli.ts';

/** The command line of `pid` (empty when it is gone). */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** A `node` on PATH older than 22.18 (outside this project's node_modules), or null. */
function olderNode(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const node = join(dir, 'node');
    if (!dir || dir.includes('node_modules') || !existsSync(node)) continue;
    try {
      const [major, minor] = execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim().split('.').map(Number) as [number, number];
      if (major < 22 || (major === 22 && minor < 18)) return node;
    } catch {
      // Not a working node.
    }
  }
  return null;
}

const node = olderNode();
const skip = node ? false : 'no Node older than 22.18 on PATH: the launcher runs the CLI in its own process, there is no child to stop';
const total = 1200;
let src = '';

before(async () => {
  if (!node) return;
  src = await tempDir();
  const body = Array.from({ length: 60 }, (_, i) => `Line ${i} of a long body, with http://example.com/${i} and Q${100000 + i}.`).join('\n');
  for (let g = 0; g < total / 100; g++) {
    await mkdir(join(src, `g${g}`));
    await Promise.all(Array.from({ length: 100 }, (_, i) => writeFile(join(src, `g${g}`, `Q${30000 + g * 100 + i}.md`), jekyllArticle(30000 + g * 100 + i, { body }))));
  }
});

/** Whether `pid` runs (a zombie left for a parent that never reaps it counts as gone). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Pids of the processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) found.push(Number(name));
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

const pagesIn = (out: string) => readdirSync(out).filter((name) => name.endsWith('.mdx') && !name.startsWith('.')).length;

/** Starts an import through the launcher; resolves once the real import (its child) has written a page. */
async function startImport(): Promise<{ launcher: ChildProcess; child: number; out: string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const out = await tempDir();
  const launcher = spawn(node!, [join(repoRoot, 'bin/kbatlas.js'), 'import', src, '--out', out, '--no-progress'], { stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => launcher.on('exit', (code, signal) => resolve({ code, signal })));
  while (launcher.exitCode === null && pagesIn(out) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const [child] = childrenOf(launcher.pid!);
  assert.ok(child, 'the launcher runs the CLI in a child process');
  return { launcher, child, out, exited };
}

/** Waits up to `ms` for `pid` to end; true when it did. */
async function ends(pid: number, ms: number): Promise<boolean> {
  for (const start = performance.now(); performance.now() - start < ms; ) {
    if (!running(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return !running(pid);
}

test('SIGKILL to the launcher ends the real import with it', { skip }, async () => {
  const { launcher, child, out, exited } = await startImport();
  launcher.kill('SIGKILL');
  await exited;
  const stopped = await ends(child, 5_000);
  if (!stopped) process.kill(child, 'SIGKILL');
  assert.ok(stopped, 'the import went on after its launcher was killed');
  assert.ok(pagesIn(out) < total, 'the import was cut short, not finished');
});

test('SIGTERM to the launcher is forwarded: the import stops, releases its folder, and the launcher ends by that signal', { skip }, async () => {
  const { launcher, child, out, exited } = await startImport();
  launcher.kill('SIGTERM');
  const { code, signal } = await exited;
  assert.ok(signal === 'SIGTERM' || code === 143, `launcher ended with code ${code}, signal ${signal}`);
  const stopped = await ends(child, 5_000);
  if (!stopped) process.kill(child, 'SIGKILL');
  assert.ok(stopped, 'the import went on after its launcher was stopped');
  assert.ok(pagesIn(out) < total, 'the import was cut short, not finished');
  assert.ok(!existsSync(join(out, LOCK_NAME)), 'the stopped import released its lock');
});

test('a guarded process whose parent died before the guard loaded still ends (the guard is told its parent)', async () => {
  // A middle process spawns a guarded child and kills itself at once: the child's preload runs with
  // its parent already gone, so its own process.ppid names the reaper, not the parent it must follow.
  const { exitWithParentImport } = await import('../../src/lib/exit-with-parent.ts');
  const middle = `
    const { spawn } = require('node:child_process');
    const guard = ${JSON.stringify(exitWithParentImport())}.replace(/parent=\\d+/, 'parent=' + process.pid);
    const child = spawn(process.execPath, ['--import', guard, '-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore', detached: true });
    process.stdout.write(String(child.pid), () => process.kill(process.pid, 'SIGKILL'));
  `;
  const out = spawnSync(process.execPath, ['-e', middle], { encoding: 'utf8' }).stdout.trim();
  const guarded = Number(out);
  assert.ok(guarded > 0, `the middle process names its child (${out})`);
  const stopped = await ends(guarded, 20_000);
  if (!stopped) process.kill(guarded, 'SIGKILL');
  assert.ok(stopped, 'the guarded process lived on after its parent died');
});

test('a build killed with SIGKILL during its render leaves no Astro process running', async () => {
  const sources = await tempDir();
  for (const n of [230001, 230002]) await writeFile(join(sources, `Q${n}.md`), jekyllArticle(n));
  const root = await tempDir();
  const build = spawn(process.execPath, [join(repoRoot, 'bin/kbatlas.js'), 'build', sources, '--out', join(root, 'dist'), '--work', join(root, 'work'), '--no-progress'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => build.on('exit', resolve));
  let astro: number | undefined;
  while (build.exitCode === null && astro === undefined) {
    astro = childrenOf(build.pid!).find((pid) => commandLine(pid).includes('astro.mjs'));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.ok(astro, 'the build started an Astro process');
  build.kill('SIGKILL');
  await exited;
  // Its watchdog needs the Astro process's Node to start; minutes-long loads here make that seconds.
  const stopped = await ends(astro, 20_000);
  if (!stopped) process.kill(astro, 'SIGKILL');
  assert.ok(stopped, 'the Astro process went on rendering after its build was killed');
});

test('an index killed with SIGKILL while Pagefind indexes leaves no Pagefind service running', async () => {
  const site = await tempDir();
  // Enough pages that the services are still at work when the run is killed.
  for (let n = 300000; n < 301500; n++) {
    const dir = join(site, 'kb', '300', `Q${n}`);
    await mkdir(dir, { recursive: true });
    const words = Array.from({ length: 120 }, (_, i) => `word${(n * 7 + i * 13) % 4000}`).join(' ');
    await writeFile(join(dir, 'index.html'), `<html lang="en"><body><h1 data-pagefind-body>Q${n}</h1><div data-pagefind-body><p>${words}</p></div></body></html>`);
  }
  const run = spawn(process.execPath, [join(repoRoot, 'bin/kbatlas.js'), 'index', site, '--shard-size', '500'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => run.on('exit', resolve));
  let services: number[] = [];
  while (run.exitCode === null && services.length === 0) {
    services = childrenOf(run.pid!).filter((pid) => commandLine(pid).includes('--service'));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.ok(services.length > 0, 'the index started a Pagefind service');
  run.kill('SIGKILL');
  await exited;
  for (const service of services) {
    const stopped = await ends(service, 5_000);
    if (!stopped) process.kill(service, 'SIGKILL');
    assert.ok(stopped, 'a Pagefind service went on after its index was killed');
  }
});
