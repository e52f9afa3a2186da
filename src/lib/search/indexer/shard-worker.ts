/**
 * A worker thread indexing shards one after another with its own Pagefind service (the Node API
 * keeps one service per module instance, and a service indexes one page at a time): two workers
 * keep two cores busy. Posts each shard's result as it is done; closes its service at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexChunkSize } from '../settings.ts';
import { IndexError, type IndexErrorData } from './index-error.ts';
import { indexShard, type ShardPageFile } from './index-shard.ts';

/** What the worker is given. */
export interface ShardWorkerData {
  bundleRoot: string;
  tasks: Array<{ shard: number; pages: ShardPageFile[] }>;
}

/** A message back: one shard done, or the error that stopped the worker. */
export type ShardWorkerMessage = { done: import('./index-shard.ts').ShardResult } | { error: IndexErrorData };

/** A message to the worker: stop after the shard in hand. */
export type ShardWorkerStop = 'stop';

const { bundleRoot, tasks } = workerData as ShardWorkerData;
// The one way Pagefind takes its chunk size (src/lib/search/settings.ts): its service, started by this
// worker's first call, inherits this thread's environment.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(indexChunkSize);
// `stop` (another worker failed): no further shard is begun. The one in hand is finished, so its
// service has nothing left to write once it is closed, and the caller can remove what was written.
let stopped = false;
parentPort!.on('message', (message: ShardWorkerStop) => (stopped ||= message === 'stop'));
parentPort!.unref();
try {
  for (const task of tasks) {
    if (stopped) break;
    parentPort!.postMessage({ done: await indexShard(bundleRoot, task.shard, task.pages) } satisfies ShardWorkerMessage);
  }
} catch (error) {
  parentPort!.postMessage({ error: IndexError.toData(error, bundleRoot) } satisfies ShardWorkerMessage);
} finally {
  await pagefind.close();
}
