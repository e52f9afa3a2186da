/**
 * A faster `safe` for mdast-util-to-markdown that escapes exactly like the library's own.
 *
 * The library's `safe()` (used for text, code fence info, link destinations and titles…) runs every
 * in-scope unsafe pattern (~100 regular expressions) over `before + value + after`; that is most of
 * the serializer's time. The wrapper hides from the library, for the duration of one call, the
 * patterns that provably cannot match there:
 *
 * - a pattern only matches where its `character` is, so patterns whose character occurs nowhere in
 *   `before + value + after` cannot match;
 * - an `atBreak` pattern (`[\r\n][\t ]*X`) without a `before` condition only matches a character
 *   that follows a line ending and optional spaces or tabs; with `before: '\\d+'` it needs a digit
 *   there; with another `before`, some line ending;
 * - a pattern whose `before` (or `after`) condition is exactly a line ending only matches its
 *   character right after (or before) one.
 *
 * Removing patterns that match nowhere leaves `safe()`'s result unchanged; the escaping itself stays
 * the library's. A property test checks whole documents equal the library's output.
 */
import type { State, Unsafe } from 'mdast-util-to-markdown';
import { BREAK_FLAG, DIGIT_FLAG, FLAGS_AT, NEXT_AT, PRESENT_AT, PREV_AT, RUN_AT, scanned, scanText, type SlotBits } from './text-scan.ts';

/** Pattern conditions that only a line ending satisfies. */
const lineEndingOnly = new Set(['[\\r\\n]', '\\r', '\\n']);

// What a pattern needs besides its character being present somewhere.
const ANY = 0;
/** Its character right after a line ending (`before` is a line ending). */
const PREV = 1;
/** Its character right before a line ending (`after` is a line ending). */
const NEXT = 2;
/** Its character after a line ending and optional spaces or tabs (`atBreak`). */
const RUN = 3;
/** A digit after a line ending and optional spaces or tabs (`atBreak`, `before` is `\d+`). */
const DIGITS = 4;
/** Some line ending (`atBreak` with another `before`). */
const BREAK = 5;

/** A filtered list and the scan result it was made for. */
interface CacheEntry {
  scan: Int32Array;
  subset: Unsafe[];
}

/** Per unsafe list: a slot per ASCII pattern character, each pattern's needs, and the filtered lists. */
interface PatternIndex {
  /** Bit of each ASCII code's slot (0–59 today; one slot per distinct pattern character). */
  bits: SlotBits;
  /** Whether some pattern's character is not one ASCII character (then no filtering is done). */
  unfiltered: boolean;
  /** Slot of each pattern's character, in list order. */
  slots: Int16Array;
  /** What each pattern needs besides its character (`ANY` … `BREAK`). */
  needs: Uint8Array;
  /** Filtered lists by a hash of the scan result. */
  cache: Map<number, CacheEntry[]>;
}

/** At most this many scan results are cached per index (the cache starts over when full). */
const maxCached = 50_000;

const indexes = new WeakMap<Unsafe[], PatternIndex>();
/** The lists indexed so far, to share an index between equal lists (each `toMarkdown` call copies its list). */
const known: Array<{ list: Unsafe[]; index: PatternIndex }> = [];

/** Whether two unsafe lists hold the same pattern objects in the same order. */
function sameList(a: readonly Unsafe[], b: readonly Unsafe[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a pattern needs besides its character (see `ANY` … `BREAK`). */
function needsOf(pattern: Unsafe): number {
  if (pattern.beforeNode || pattern.afterNode) return ANY;
  if (pattern.atBreak) return !pattern.before ? RUN : pattern.before === '\\d+' ? DIGITS : BREAK;
  if (pattern.before && lineEndingOnly.has(pattern.before)) return PREV;
  if (pattern.after && lineEndingOnly.has(pattern.after)) return NEXT;
  return ANY;
}

/** Build the index of an unsafe list. */
function buildIndex(all: readonly Unsafe[]): PatternIndex {
  const slot = new Int16Array(128).fill(-1);
  const slots = new Int16Array(all.length);
  const needs = new Uint8Array(all.length);
  let next = 0;
  let unfiltered = false;
  all.forEach((pattern, i) => {
    const code = pattern.character.charCodeAt(0);
    if (pattern.character.length !== 1 || code >= 128) unfiltered = true;
    else {
      if (slot[code] === -1) slot[code] = next++;
      slots[i] = slot[code]!;
      needs[i] = needsOf(pattern);
    }
  });
  const bits: SlotBits = { low: new Int32Array(128), high: new Int32Array(128) };
  for (let code = 0; code < 128; code++) {
    const s = slot[code]!;
    if (s >= 30) bits.high[code] = 1 << (s - 30);
    else if (s >= 0) bits.low[code] = 1 << s;
  }
  return { bits, slots, needs, unfiltered: unfiltered || next > 60, cache: new Map() };
}

/** The index of an unsafe list (built once per distinct list of patterns). */
function indexOf(all: Unsafe[]): PatternIndex {
  let index = indexes.get(all);
  if (index) return index;
  index = known.find((entry) => sameList(entry.list, all))?.index;
  if (!index) {
    index = buildIndex(all);
    if (known.length < 16) known.push({ list: [...all], index });
  }
  indexes.set(all, index);
  return index;
}

/** Whether a slot's bit is set in the `scanned` pair starting at `at`. */
function marked(at: number, s: number): boolean {
  return s >= 30 ? (scanned[at + 1]! & (1 << (s - 30))) !== 0 : (scanned[at]! & (1 << s)) !== 0;
}

/** A hash of the scan result. */
function hashScan(): number {
  let h = 0;
  for (let i = 0; i < scanned.length; i++) h = Math.imul(h ^ scanned[i]!, 0x9e3779b1) >>> 0;
  return h;
}

/** Whether the scan result equals a stored one. */
function sameScan(stored: Int32Array): boolean {
  for (let i = 0; i < scanned.length; i++) if (stored[i] !== scanned[i]) return false;
  return true;
}

/** The patterns of `all` that can match in the scanned string. */
function selectPatterns(all: readonly Unsafe[], index: PatternIndex): Unsafe[] {
  const flags = scanned[FLAGS_AT]!;
  const subset: Unsafe[] = [];
  for (let i = 0; i < all.length; i++) {
    const s = index.slots[i]!;
    if (!marked(PRESENT_AT, s)) continue;
    const need = index.needs[i];
    if (need === PREV && !marked(PREV_AT, s)) continue;
    if (need === NEXT && !marked(NEXT_AT, s)) continue;
    if (need === RUN && !marked(RUN_AT, s)) continue;
    if (need === DIGITS && (flags & DIGIT_FLAG) === 0) continue;
    if (need === BREAK && (flags & BREAK_FLAG) === 0) continue;
    subset.push(all[i]!);
  }
  return subset;
}

/** The patterns of `all` that can match in the scanned string (cached per distinct scan result). */
function subsetOf(all: readonly Unsafe[], index: PatternIndex): Unsafe[] {
  const hash = hashScan();
  let entries = index.cache.get(hash);
  if (entries) for (const entry of entries) if (sameScan(entry.scan)) return entry.subset;
  const subset = selectPatterns(all, index);
  if (!entries) {
    // Bounded, though the whole archive gives ~13,500 distinct scan results.
    if (index.cache.size >= maxCached) index.cache.clear();
    index.cache.set(hash, (entries = []));
  }
  entries.push({ scan: scanned.slice(), subset });
  return subset;
}

/** Make `state.safe` run the library's `safe` with only the unsafe patterns that can match. */
export function filterSafe(state: State): void {
  const safe = state.safe;
  state.safe = (value, config) => {
    const all = state.unsafe;
    const index = indexOf(all);
    if (index.unfiltered) return safe.call(state, value, config);
    scanText(config.before || '', value || '', config.after || '', index.bits);
    state.unsafe = subsetOf(all, index);
    try {
      return safe.call(state, value, config);
    } finally {
      state.unsafe = all;
    }
  };
}
