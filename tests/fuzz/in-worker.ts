/** Runs the fuzz oracle (convert + compile) on one text in a worker thread, killed after `limitMs`: a hang fails instead of blocking the run. */
import { Worker } from 'node:worker_threads';

/** What the worker answered. */
export type WorkerOutcome = { ok: true; page: number; refused: string | null } | { ok: false; error: string };

/** Converts `text` in a fresh worker; rejects when it takes longer than `limitMs` (a hang, not a slow case). */
export function convertInWorker(text: string, limitMs: number): Promise<WorkerOutcome> {
  const worker = new Worker(new URL('./convert-worker.ts', import.meta.url));
  return new Promise<WorkerOutcome>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${limitMs} ms: the converter hangs`)), limitMs);
    worker.once('message', (outcome: WorkerOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.postMessage(text);
  }).finally(() => void worker.terminate());
}
