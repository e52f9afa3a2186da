/** Converts articles on worker threads, in batches, and hands results back in input order. */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Conversion } from './convert.ts';
import type { ConvertBatch } from './convert-worker.ts';

/** Options of the pool. */
export interface PoolOptions {
  /** Worker threads; default: available cores. */
  threads?: number;
  /** Articles per message; default 64 (fewer messages, less overhead). */
  batchSize?: number;
}

/** An order-preserving conversion pool: `submit` items, `drain` results in the same order. */
export class ConvertPool {
  readonly #workers: Worker[];
  readonly #batchSize: number;
  #pending: Array<{ name: string; bytes: Uint8Array }> = [];
  #seq = 0;
  #next = 0;
  readonly #inflight = new Map<number, Promise<Conversion[]>>();
  readonly #idle: Worker[] = [];
  readonly #waiting: Array<(worker: Worker) => void> = [];

  constructor(options: PoolOptions = {}) {
    const threads = Math.max(1, options.threads ?? availableParallelism());
    this.#batchSize = options.batchSize ?? 64;
    this.#workers = Array.from({ length: threads }, () => new Worker(new URL('./convert-worker.ts', import.meta.url)));
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
  submit(name: string, bytes: Uint8Array): void {
    this.#pending.push({ name, bytes });
    if (this.#pending.length >= this.#batchSize) this.flush();
  }

  /** Sends the partial batch, if any. */
  flush(): void {
    if (this.#pending.length === 0) return;
    const batch: ConvertBatch = { seq: this.#seq++, items: this.#pending };
    this.#pending = [];
    this.#inflight.set(batch.seq, this.#run(batch));
  }

  /** Resolves the oldest batch's results, or null when none is in flight. */
  async nextResults(): Promise<Conversion[] | null> {
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

  async #run(batch: ConvertBatch): Promise<Conversion[]> {
    const worker = await this.#acquire();
    try {
      return await new Promise<Conversion[]>((resolve, reject) => {
        const onMessage = (message: { seq: number; results: Conversion[] }) => {
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
