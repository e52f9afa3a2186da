/**
 * Preloaded (`node --import`) into a process that must not outlive its parent: the `kbatlas`
 * launcher's child on an old system Node, and the build's Astro processes. When the parent ends,
 * however it ends (SIGKILL included, which it cannot pass on), this process is re-parented; a
 * watchdog thread sees its parent id change and ends it: SIGTERM (so a run can release its locks),
 * then SIGKILL two seconds later. A thread, because the main one may be busy for seconds (Astro's
 * start-up blocks it for ~6 s on a loaded machine) and a signal handler on it would wait as long.
 *
 * The spawner names itself in the import URL (`exit-with-parent.ts?parent=<pid>`, see
 * {@link exitWithParentImport}): a parent killed before this preload runs has already handed the
 * process to another, and `process.ppid` read here would name that one, so the watchdog never fired.
 */
import { Worker } from 'node:worker_threads';

const watchdog = `
  const { workerData } = require('node:worker_threads');
  const timer = setInterval(() => {
    if (process.ppid === workerData.parent) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.kill(process.pid, 'SIGKILL'), 2000);
  }, 200);
`;

/** The `--import` argument that preloads this guard into a child of the calling process. */
export function exitWithParentImport(): string {
  const url = new URL(import.meta.url);
  url.search = `?parent=${process.pid}`;
  return url.href;
}

const named = Number(new URL(import.meta.url).searchParams.get('parent'));
// Only as a preload (a named parent): importing this module for exitWithParentImport starts nothing.
// Never keeps this process alive by itself.
if (named > 0) new Worker(watchdog, { eval: true, workerData: { parent: named } }).unref();
