/**
 * Indexes shards on up to `jobs` worker threads (shard-worker.ts), each with its own Pagefind service,
 * the largest shards first and spread so the workers finish together. Memory: each service holds one
 * shard's pages at a time.
 */
import { Worker } from 'node:worker_threads';
import type { ShardPageFile, ShardResult } from './index-shard.ts';
import type { ShardWorkerData, ShardWorkerMessage } from './shard-worker.ts';

/** A shard to index. */
export interface ShardTask {
  shard: number;
  pages: ShardPageFile[];
}

/** Runs `tasks` on `jobs` workers; `onShard` hears of each shard as it is done. Rejects on the first failure. */
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
  await Promise.all(
    queues.filter((queue) => queue.length > 0).map(
      (queue) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./shard-worker.ts', import.meta.url), { workerData: { bundleRoot, tasks: queue } satisfies ShardWorkerData });
          let failed = false;
          worker.on('message', (message: ShardWorkerMessage) => {
            if ('error' in message) {
              failed = true;
              reject(new Error(`search index: ${message.error}`));
            } else {
              results.push(message.done);
              onShard(message.done);
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (failed ? undefined : code === 0 ? resolve() : reject(new Error(`search index: a shard worker exited with code ${code}`))));
        }),
    ),
  );
  return results.sort((a, b) => a.shard - b.shard);
}
