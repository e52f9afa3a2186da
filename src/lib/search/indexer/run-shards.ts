/**
 * Indexes shards on up to `jobs` worker threads (shard-worker.ts), each with its own Pagefind service,
 * the largest shards first and spread so the workers finish together. Memory: each service holds one
 * shard's pages at a time. After the first failure (an IndexError) no worker begins another shard;
 * each finishes the one in hand and closes its service, so nothing is written after the run ends.
 */
import { Worker } from 'node:worker_threads';
import type { ShardPageFile, ShardResult } from './index-shard.ts';
import { IndexError } from './index-error.ts';
import type { ShardWorkerData, ShardWorkerMessage, ShardWorkerStop } from './shard-worker.ts';

/** A shard to index. */
export interface ShardTask {
  shard: number;
  pages: ShardPageFile[];
}

/** Runs `tasks` on `jobs` workers; `onShard` hears of each shard as it is done. Rejects on the first failure, once every worker has stopped. */
export async function runShards(bundleRoot: string, tasks: readonly ShardTask[], jobs: number, onShard: (result: ShardResult) => void): Promise<ShardResult[]> {
  const workers = Math.max(1, Math.min(jobs, tasks.length));
  const queues: ShardTask[][] = Array.from({ length: workers }, () => []);
  const load = new Array<number>(workers).fill(0);
  for (const task of [...tasks].sort((a, b) => b.pages.length - a.pages.length || a.shard - b.shard)) {
    const least = load.indexOf(Math.min(...load));
    queues[least]!.push(task);
    load[least]! += task.pages.length;
  }
  const results: ShardResult[] = [];
  const started: Worker[] = [];
  let failure: IndexError | null = null;
  const fail = (error: IndexError): void => {
    failure ??= error;
    for (const worker of started) worker.postMessage('stop' satisfies ShardWorkerStop);
  };
  await Promise.all(
    queues.filter((queue) => queue.length > 0).map(
      (queue) =>
        new Promise<void>((resolve) => {
          const worker = new Worker(new URL('./shard-worker.ts', import.meta.url), { workerData: { bundleRoot, tasks: queue } satisfies ShardWorkerData });
          started.push(worker);
          worker.on('message', (message: ShardWorkerMessage) => {
            if ('error' in message) fail(IndexError.fromData(message.error));
            else {
              results.push(message.done);
              onShard(message.done);
            }
          });
          worker.on('error', (error: Error) => fail(new IndexError(bundleRoot, `a Pagefind worker failed: ${error.message.split('\n')[0]}`, error.stack)));
          worker.on('exit', (code) => {
            if (code !== 0 && !failure) fail(new IndexError(bundleRoot, `a Pagefind worker exited with code ${code}`));
            resolve();
          });
        }),
    ),
  );
  if (failure) throw failure;
  return results.sort((a, b) => a.shard - b.shard);
}
