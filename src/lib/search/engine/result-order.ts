/**
 * The order of a search's results, worked out only as far as it is read: a common word matches tens
 * of thousands of articles and a first page needs the best ten, so sorting them all cost the browser
 * 2–9 ms per query (measured). Best score first, ties by article number (the index order).
 */

/** Results a packed key can index (19 bits), and the factor the score is scaled by before them. */
const span = 2 ** 19;

/** Rearranges `keys[from..to)` so that position `target` holds the value it would hold sorted, smaller ones before it and larger after (Wirth's selection). */
function select(keys: Float64Array, from: number, to: number, target: number): void {
  let left = from;
  let right = to - 1;
  while (left < right) {
    const pivot = keys[target]!;
    let i = left;
    let j = right;
    do {
      while (keys[i]! < pivot) i++;
      while (pivot < keys[j]!) j--;
      if (i <= j) {
        const swap = keys[i]!;
        keys[i] = keys[j]!;
        keys[j] = swap;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < target) left = i;
    if (target < i) right = j;
  }
}

/** Result indexes in rank order; see the module comment. */
export class ResultOrder {
  readonly length: number;
  /** Explicit order, when given or when the results are too many to pack. */
  private readonly fixed: number[] | null;
  /** Packed keys (`-(scaled score × span + span − 1 − index)`: ascending is rank order), sorted over `[0, sorted)`; every later key is larger. */
  private readonly keys: Float64Array | null;
  private sorted = 0;

  protected constructor(length: number, fixed: number[] | null, keys: Float64Array | null) {
    this.length = length;
    this.fixed = fixed;
    this.keys = keys;
  }

  /** An order given in full. */
  static of(order: number[]): ResultOrder {
    return new ResultOrder(order.length, order, null);
  }

  /** Indexes of `scores` best first, ties by index. Scores closer than one part in 2^33 of the best count as tied. */
  static byScore(scores: Float64Array): ResultOrder {
    const count = scores.length;
    if (count >= span) return ResultOrder.of(Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]! || a - b));
    let best = 0;
    for (const score of scores) best = Math.max(best, score);
    const scale = 2 ** Math.floor(Math.log2(2 ** 33 / Math.max(1, best)));
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = -(Math.floor(scores[i]! * scale) * span + (span - 1 - i));
    return new ResultOrder(count, null, keys);
  }

  /** Indexes at ranks `from` to `to` (exclusive). */
  slice(from: number, to = this.length): number[] {
    to = Math.min(to, this.length);
    if (this.fixed) return this.fixed.slice(from, to);
    const keys = this.keys!;
    if (to > this.sorted) {
      // Sort a little ahead (twice what is read so far), so paging on costs one selection per doubling.
      const upTo = Math.min(this.length, Math.max(to, 2 * this.sorted, 64));
      if (upTo < this.length) select(keys, this.sorted, this.length, upTo - 1);
      keys.subarray(this.sorted, upTo).sort();
      this.sorted = upTo;
    }
    const indexes: number[] = [];
    for (let rank = from; rank < to; rank++) indexes.push(span - 1 - (-keys[rank]! % span));
    return indexes;
  }

  /** Every index in rank order. */
  all(): number[] {
    return this.slice(0);
  }

  /** True when `index` is among the results (an order given in full may have left some out). */
  has(index: number): boolean {
    return this.fixed ? this.fixed.includes(index) : index >= 0 && index < this.length;
  }

  /** This order with `first` (indexes among its results) moved to the front, in that order. */
  withFirst(first: readonly number[]): ResultOrder {
    return new Reordered(this, first);
  }
}

/** An order with some of its results moved to the front. */
class Reordered extends ResultOrder {
  private readonly base: ResultOrder;
  private readonly first: readonly number[];
  private readonly moved: ReadonlySet<number>;

  constructor(base: ResultOrder, first: readonly number[]) {
    super(base.length, null, null);
    this.base = base;
    this.first = first;
    this.moved = new Set(first);
  }

  override slice(from: number, to = this.length): number[] {
    to = Math.min(to, this.length);
    const front = this.first.slice(from, to);
    if (to <= this.first.length) return front;
    // The base's ranks up to `to` hold every result shown up to `to` once the moved ones are skipped.
    const rest = this.base.slice(0, to).filter((index) => !this.moved.has(index));
    return [...front, ...rest.slice(Math.max(0, from - this.first.length), to - this.first.length)];
  }

  override has(index: number): boolean {
    return this.base.has(index);
  }
}
