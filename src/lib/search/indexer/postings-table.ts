/** The whole index's postings while it is built: term → article numbers (ascending) and impact bytes. */
import type { Postings } from '../engine/format.ts';

/** One term's postings as growable arrays. */
interface Row {
  numbers: number[];
  impacts: number[];
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

  /** Adds article `n` with its term impacts. */
  addArticle(n: number, impacts: ReadonlyMap<string, number>): void {
    for (const [term, impact] of impacts) this.addPosting(term, n, impact);
  }

  /** Adds one posting. */
  addPosting(term: string, n: number, impact: number): void {
    let row = this.rows.get(term);
    if (!row) {
      row = { numbers: [], impacts: [], unsorted: false };
      this.rows.set(term, row);
    }
    const last = row.numbers[row.numbers.length - 1];
    if (last !== undefined && last >= n) row.unsorted = true;
    row.numbers.push(n);
    row.impacts.push(impact);
  }

  /** Adds a term's decoded postings (from a previous index), leaving out the articles in `skip`. */
  addPostings(term: string, postings: Postings, skip: ReadonlySet<number>): void {
    for (let i = 0; i < postings.numbers.length; i++) {
      const n = postings.numbers[i]!;
      if (!skip.has(n)) this.addPosting(term, n, postings.impacts[i]!);
    }
  }

  /** Every term with its postings, terms in code-unit order (the order the browser's binary search assumes). */
  *sorted(): Generator<[string, Postings]> {
    const terms = [...this.rows.keys()].sort();
    for (const term of terms) {
      const row = this.rows.get(term)!;
      let order = row.numbers.map((_, i) => i);
      if (row.unsorted) order = order.sort((a, b) => row.numbers[a]! - row.numbers[b]!);
      yield [term, { numbers: Uint32Array.from(order, (i) => row.numbers[i]!), impacts: Uint8Array.from(order, (i) => row.impacts[i]!) }];
    }
  }
}
