/** The whole index's postings while it is built: term → article numbers (ascending), impact bytes and follower masks. */
import type { IndexedPostings, Postings } from '../engine/format.ts';

/** One term's postings as growable arrays. */
interface Row {
  numbers: number[];
  impacts: number[];
  followers: number[];
  /** True when appended out of order (after an incremental patch). */
  unsorted: boolean;
}

/** Postings of every term; articles are added whole and removed whole. */
export class PostingsTable {
  private readonly rows = new Map<string, Row>();

  /** Number of distinct terms. */
  get size(): number {
    return this.rows.size;
  }

  /** Adds article `n` with its term impacts and follower masks (a term with no mask gets 0). */
  addArticle(n: number, impacts: ReadonlyMap<string, number>, followers: ReadonlyMap<string, number>): void {
    for (const [term, impact] of impacts) this.addPosting(term, n, impact, followers.get(term) ?? 0);
  }

  /** Adds one posting. */
  addPosting(term: string, n: number, impact: number, followers: number): void {
    let row = this.rows.get(term);
    if (!row) {
      row = { numbers: [], impacts: [], followers: [], unsorted: false };
      this.rows.set(term, row);
    }
    const last = row.numbers[row.numbers.length - 1];
    if (last !== undefined && last >= n) row.unsorted = true;
    row.numbers.push(n);
    row.impacts.push(impact);
    row.followers.push(followers);
  }

  /** Adds a term's decoded postings and masks (from a previous index), leaving out the articles in `skip`. */
  addPostings(term: string, postings: Postings, followers: Uint16Array, skip: ReadonlySet<number>): void {
    for (let i = 0; i < postings.numbers.length; i++) {
      const n = postings.numbers[i]!;
      if (!skip.has(n)) this.addPosting(term, n, postings.impacts[i]!, followers[i]!);
    }
  }

  /** Every term with its postings, terms in code-unit order (the order the browser's binary search assumes). */
  *sorted(): Generator<[string, IndexedPostings]> {
    const terms = [...this.rows.keys()].sort();
    for (const term of terms) {
      const row = this.rows.get(term)!;
      let order = row.numbers.map((_, i) => i);
      if (row.unsorted) order = order.sort((a, b) => row.numbers[a]! - row.numbers[b]!);
      yield [
        term,
        {
          numbers: Uint32Array.from(order, (i) => row.numbers[i]!),
          impacts: Uint8Array.from(order, (i) => row.impacts[i]!),
          followers: Uint16Array.from(order, (i) => row.followers[i]!),
        },
      ];
    }
  }
}
