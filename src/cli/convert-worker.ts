/** Worker thread body: converts batches of articles sent by the pool. */
import { parentPort } from 'node:worker_threads';
import { convertArticle } from './convert.ts';

/** A batch of sources to convert, in order. */
export interface ConvertBatch {
  seq: number;
  items: Array<{ name: string; bytes: Uint8Array }>;
}

parentPort?.on('message', (batch: ConvertBatch) => {
  const results = batch.items.map((item) => convertArticle(item.name, item.bytes));
  parentPort?.postMessage({ seq: batch.seq, results });
});
