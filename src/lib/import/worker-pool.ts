/**
 * Converts articles on worker threads, in batches, and hands results back in input order. The
 * threads, their scheduling, a failed task's error and the shutdown are tinypool's
 * (docs/architecture.md: measured against the hand-written pool it replaced, and piscina); this
 * module only batches items and keeps the batches' order.
 */
import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import type { ConvertBatch, StagedConversion } from './convert-worker.ts';

/** Options of the pool. */
export interface PoolOptions {
  /** Folder the workers stage pages in. */
  outDir: string;
  /** Worker threads; default: available cores. */
  threads?: number;
  /** Articles per task; default 64 (fewer messages, less overhead). */
  batchSize?: number;
}

/** An order-preserving conversion pool: `submit` items, take results with `nextResults` in the same order. */
export class ConvertPool {
  readonly #pool: Tinypool;
  readonly #threads: number;
  readonly #batchSize: number;
  readonly #outDir: string;
  /** Items of the batch being filled: sources to convert, or results already known (skipped sources). */
  #pending: Array<{ name: string; digest: string; bytes: Uint8Array } | { known: StagedConversion }> = [];
  #seq = 0;
  #next = 0;
  readonly #inflight = new Map<number, Promise<StagedConversion[]>>();

  constructor(options: PoolOptions) {
    this.#outDir = options.outDir;
    this.#threads = Math.max(1, options.threads ?? availableParallelism());
    this.#batchSize = options.batchSize ?? 64;
    this.#pool = new Tinypool({
      filename: new URL('./convert-worker.ts', import.meta.url).href,
      minThreads: this.#threads,
      maxThreads: this.#threads,
      // A larger young generation: conversion allocates many short-lived strings and nodes.
      resourceLimits: { maxYoungGenerationSizeMb: 48 },
    });
  }

  /** Number of batches being converted; callers drain before submitting more to bound memory. */
  get inflight(): number {
    return this.#inflight.size;
  }

  /** Threads in the pool. */
  get threads(): number {
    return this.#threads;
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
    const batch: ConvertBatch = { seq, outDir: this.#outDir, items };
    const converted: Promise<StagedConversion[]> = items.length > 0 ? this.#pool.run(batch) : Promise.resolve([]);
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
    await this.#pool.destroy();
  }
}
