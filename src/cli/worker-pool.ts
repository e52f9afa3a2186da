/** Converts articles on worker threads, in batches, and hands results back in input order. */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ConvertBatch, StagedConversion } from './convert-worker.ts';

/** Options of the pool. */
export interface PoolOptions {
  /** Folder the workers stage pages in. */
  outDir: string;
  /** Worker threads; default: available cores. */
  threads?: number;
  /** Articles per message; default 64 (fewer messages, less overhead). */
  batchSize?: number;
}

/** An order-preserving conversion pool: `submit` items, take results with `nextResults` in the same order. */
export class ConvertPool {
  readonly #workers: Worker[];
  readonly #batchSize: number;
  readonly #outDir: string;
  /** Items of the batch being filled: sources to convert, or results already known (skipped sources). */
  #pending: Array<{ name: string; digest: string; bytes: Uint8Array } | { known: StagedConversion }> = [];
  #seq = 0;
  #next = 0;
  readonly #inflight = new Map<number, Promise<StagedConversion[]>>();
  readonly #idle: Worker[] = [];
  readonly #waiting: Array<(worker: Worker) => void> = [];

  constructor(options: PoolOptions) {
    this.#outDir = options.outDir;
    const threads = Math.max(1, options.threads ?? availableParallelism());
    this.#batchSize = options.batchSize ?? 64;
    this.#workers = Array.from({ length: threads }, () => new Worker(new URL('./convert-worker.ts', import.meta.url), {
        // A larger young generation: conversion allocates many short-lived strings and nodes.
        resourceLimits: { maxYoungGenerationSizeMb: 48 },
      }));
    this.#idle.push(...this.#workers);
  }

  /** Number of batches being converted; callers drain before submitting more to bound memory. */
  get inflight(): number {
    return this.#inflight.size;
  }

  /** Threads in the pool. */
  get threads(): number {
    return this.#workers.length;
  }

  /** Queues one article; sends a batch when full. */
  submit(name: string, digest: string, bytes: Uint8Array): void {
    this.#pending.push({ name, digest, bytes });
    if (this.#pending.length >= this.#batchSize) this.flush();
  }

  /** Queues a result known without converting, so it comes out in input order with the others. */
  submitKnown(result: StagedConversion): void {
    this.#pending.push({ known: result });
    if (this.#pending.length >= this.#batchSize * 4) this.flush();
  }

  /** Sends the partial batch, if any. */
  flush(): void {
    if (this.#pending.length === 0) return;
    const entries = this.#pending;
    this.#pending = [];
    const items = entries.filter((entry): entry is { name: string; digest: string; bytes: Uint8Array } => !('known' in entry));
    const seq = this.#seq++;
    const converted = items.length > 0 ? this.#run({ seq, outDir: this.#outDir, items }) : Promise.resolve([]);
    // Put the known results back in their places among the converted ones.
    const merged = converted.then((results) => {
      let next = 0;
      return entries.map((entry) => ('known' in entry ? entry.known : results[next++]!));
    });
    this.#inflight.set(seq, merged);
  }

  /** Resolves the oldest batch's results, or null when none is in flight. */
  async nextResults(): Promise<StagedConversion[] | null> {
    const promise = this.#inflight.get(this.#next);
    if (!promise) return null;
    const results = await promise;
    this.#inflight.delete(this.#next);
    this.#next += 1;
    return results;
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  async #run(batch: ConvertBatch): Promise<StagedConversion[]> {
    const worker = await this.#acquire();
    try {
      return await new Promise<StagedConversion[]>((resolve, reject) => {
        const onMessage = (message: { seq: number; results: StagedConversion[] }) => {
          worker.off('error', reject);
          resolve(message.results);
        };
        worker.once('message', onMessage);
        worker.once('error', reject);
        worker.postMessage(batch);
      });
    } finally {
      this.#release(worker);
    }
  }

  #acquire(): Promise<Worker> {
    const worker = this.#idle.pop();
    if (worker) return Promise.resolve(worker);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(worker: Worker): void {
    const waiter = this.#waiting.shift();
    if (waiter) waiter(worker);
    else this.#idle.push(worker);
  }
}
