/** Sets of text spans `[start, end)`, asked whether a range touches one: sorted, merged, binary-searched. */

/** A span `[start, end)` of a text. */
export type Span = readonly [number, number];

/** Spans merged into sorted, disjoint ones, so a lookup is a binary search rather than a scan of them all. */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: Iterable<Span>) {
    for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
      const last = this.ends.length - 1;
      if (last >= 0 && start <= this.ends[last]!) this.ends[last] = Math.max(this.ends[last]!, end);
      else {
        this.starts.push(start);
        this.ends.push(end);
      }
    }
  }

  /** Whether `[start, end)` overlaps a span of the set. */
  touches(start: number, end: number): boolean {
    // The last span starting before `end`: the only one that can overlap, the spans being disjoint and sorted.
    let low = 0;
    let high = this.starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! < end) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 && this.ends[found]! > start;
  }
}

/** Spans of every match of each pattern (patterns that cannot backtrack over the text: see link-zones.ts). */
export function spansOf(text: string, patterns: readonly RegExp[]): Span[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const));
}

/**
 * Spans from each match of `open` to the first `close` after it (case-insensitive), in one pass: an
 * opener with no closer keeps the rest of the text, and the scan stops there.
 */
export function pairedSpans(text: string, open: RegExp, closeOf: (opening: RegExpExecArray) => string): Span[] {
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  const pattern = new RegExp(open.source, open.flags.includes('g') ? open.flags : `${open.flags}g`);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const close = closeOf(m).toLowerCase();
    const at = lower.indexOf(close, m.index + m[0].length);
    if (at < 0) {
      spans.push([m.index, text.length]);
      break;
    }
    spans.push([m.index, at + close.length]);
    pattern.lastIndex = at + close.length;
  }
  return spans;
}

/** Spans between balanced `open` and `close` marks (`{{` `}}`), nesting counted, in one pass; an unclosed one runs to the end. */
export function nestedSpans(text: string, open: string, close: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; ) {
    if (text.startsWith(open, i)) {
      if (depth++ === 0) start = i;
      i += open.length;
    } else if (depth > 0 && text.startsWith(close, i)) {
      if (--depth === 0) spans.push([start, i + close.length]);
      i += close.length;
    } else i++;
  }
  if (depth > 0) spans.push([start, text.length]);
  return spans;
}

/** Code spans of equal backtick runs (CommonMark's pairing), in one pass over the runs; an unpaired run is literal. */
export function backtickSpans(text: string): Span[] {
  const runs = [...text.matchAll(/`+/g)].map((m) => [m.index, m[0].length] as const);
  const nextOfLength = new Map<number, number[]>();
  runs.forEach(([, length], i) => {
    const list = nextOfLength.get(length) ?? [];
    list.push(i);
    nextOfLength.set(length, list);
  });
  const cursor = new Map<number, number>();
  const spans: Span[] = [];
  for (let i = 0; i < runs.length; i++) {
    const [start, length] = runs[i]!;
    const list = nextOfLength.get(length)!;
    let k = cursor.get(length) ?? 0;
    while (k < list.length && list[k]! <= i) k++;
    cursor.set(length, k);
    if (k === list.length) continue;
    const j = list[k]!;
    spans.push([start, runs[j]![0] + length]);
    i = j;
  }
  return spans;
}
