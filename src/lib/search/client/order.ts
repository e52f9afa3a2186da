/**
 * Results in display order, loaded a page at a time. Relevance order is Pagefind's own (merged shards
 * are ordered by score); date order over several shards is merged here by each result's `date`,
 * because Pagefind scores a sorted result by its position within its own shard only.
 */
import type { PagefindResult } from './pagefind.ts';

/** A search result whose data (fragment) loads on demand. */
export interface LazyResult {
  id: string;
  data(): Promise<PagefindResult>;
}

/** Results in order: how many there are, and the next ones with their data. */
export interface ResultPager {
  /** Number of results. */
  readonly total: number;
  /** The next `count` results (fewer at the end), data loaded. */
  take(count: number): Promise<PagefindResult[]>;
}

/** Pages through results already in order. */
export function listPager(results: readonly LazyResult[]): ResultPager {
  let next = 0;
  return {
    total: results.length,
    async take(count) {
      const slice = results.slice(next, next + count);
      next += slice.length;
      return Promise.all(slice.map((r) => r.data()));
    },
  };
}

/**
 * Merges lists each already in date order (one per shard) into one, newest or oldest first, by the
 * `date` metadata (`2002-06-05`). Loads a result's data only when it reaches the head of its list, so
 * showing n results loads at most n + (lists − 1) fragments. Equal dates keep the lists' order.
 */
export function dateMergePager(lists: readonly (readonly LazyResult[])[], direction: 'asc' | 'desc'): ResultPager {
  const positions = lists.map(() => 0);
  const heads = new Map<number, Promise<PagefindResult>>();
  /** Data of list `i`'s head, or null when the list is used up. */
  const head = (i: number): Promise<PagefindResult> | null => {
    const result = lists[i]![positions[i]!];
    if (!result) return null;
    if (!heads.has(i)) heads.set(i, result.data());
    return heads.get(i)!;
  };
  const before = (a: string, b: string) => (direction === 'desc' ? a > b : a < b);
  return {
    total: lists.reduce((sum, list) => sum + list.length, 0),
    async take(count) {
      const taken: PagefindResult[] = [];
      while (taken.length < count) {
        const candidates = await Promise.all(lists.map((_, i) => head(i)));
        let best = -1;
        for (const [i, data] of candidates.entries()) {
          if (data && (best < 0 || before(data.meta.date ?? '', candidates[best]!.meta.date ?? ''))) best = i;
        }
        if (best < 0) break;
        taken.push(candidates[best]!);
        heads.delete(best);
        positions[best] = positions[best]! + 1;
      }
      return taken;
    },
  };
}
