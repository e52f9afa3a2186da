/**
 * A faster `text` handler for mdast-util-to-markdown that escapes exactly like the default one.
 *
 * The library's `safe()` runs every in-scope unsafe pattern (~100 regular expressions) over
 * `before + text + after`; that is most of the serializer's time. This handler hides from the
 * library, for the duration of one call, the patterns that provably cannot match there:
 *
 * - a pattern only matches where its `character` is, so patterns whose character occurs nowhere in
 *   `before + text + after` cannot match;
 * - an `atBreak` pattern (`[\r\n][\t ]*X`) without a `before` condition only matches a character
 *   that follows a line ending and optional spaces or tabs; with `before: '\\d+'` it needs a digit
 *   there; with another `before`, some line ending;
 * - a pattern whose `before` (or `after`) condition is exactly a line ending only matches its
 *   character right after (or before) one.
 *
 * Removing patterns that match nowhere leaves `safe()`'s result unchanged; the escaping itself stays
 * the library's. A property test checks the output equals the default handler's on arbitrary text.
 */
import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown';

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

/** Per unsafe list: a slot per ASCII pattern character, each pattern's needs, and the filtered lists. */
interface PatternIndex {
  /** Slot (0–59 today) of each ASCII code that is some pattern's character; -1 otherwise. */
  slot: Int16Array;
  /** Whether some pattern's character is not one ASCII character (then no filtering is done). */
  unfiltered: boolean;
  /** Slot of each pattern's character, in list order. */
  slots: Int16Array;
  /** What each pattern needs besides its character (`ANY` … `BREAK`). */
  needs: Uint8Array;
  /** Filtered lists keyed by the scan state. */
  cache: Map<string, Unsafe[]>;
}

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
  return { slot, slots, needs, unfiltered: unfiltered || next > 60, cache: new Map() };
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

// Scan result, module-level so scanning allocates nothing. `masks` holds pairs of 30-bit slot masks:
// characters present (0, 1), right after a line ending (2, 3), right before one (4, 5), after a line
// ending and optional spaces or tabs (6, 7).
const masks = new Int32Array(8);
const PRESENT_AT = 0;
const PREV_AT = 2;
const NEXT_AT = 4;
const RUN_AT = 6;
let sawBreak = false;
let digitAfterBreak = false;

/** Whether a slot's bit is set in the mask pair starting at `at`. */
function marked(at: number, s: number): boolean {
  return s >= 30 ? (masks[at + 1]! & (1 << (s - 30))) !== 0 : (masks[at]! & (1 << s)) !== 0;
}

/** Fill the scan result for the string `before + value + after`. */
function scan(before: string, value: string, after: string, slot: Int16Array): void {
  let present0 = 0, present1 = 0, prev0 = 0, prev1 = 0, next0 = 0, next1 = 0, run0 = 0, run1 = 0;
  let lineEndings = false;
  let digits = false;
  let inRun = false;
  let previousBreak = false;
  let previousSlot = -1;
  for (let part = 0; part < 3; part++) {
    const string = part === 0 ? before : part === 1 ? value : after;
    for (let i = 0; i < string.length; i++) {
      const code = string.charCodeAt(i);
      const s = code < 128 ? slot[code]! : -1;
      if (s >= 0) {
        const low = s < 30 ? 1 << s : 0;
        const high = s >= 30 ? 1 << (s - 30) : 0;
        present0 |= low;
        present1 |= high;
        if (previousBreak) {
          prev0 |= low;
          prev1 |= high;
        }
        if (inRun) {
          run0 |= low;
          run1 |= high;
        }
      }
      if (code === 10 || code === 13) {
        if (previousSlot >= 30) next1 |= 1 << (previousSlot - 30);
        else if (previousSlot >= 0) next0 |= 1 << previousSlot;
        lineEndings = true;
        inRun = true;
        previousBreak = true;
      } else {
        if (inRun && code !== 32 && code !== 9) {
          if (code >= 48 && code <= 57) digits = true;
          inRun = false;
        }
        previousBreak = false;
      }
      previousSlot = s;
    }
  }
  masks[0] = present0;
  masks[1] = present1;
  masks[2] = prev0;
  masks[3] = prev1;
  masks[4] = next0;
  masks[5] = next1;
  masks[6] = run0;
  masks[7] = run1;
  sawBreak = lineEndings;
  digitAfterBreak = digits;
}

/** The patterns of `all` that can match in the scanned string. */
function subsetOf(all: readonly Unsafe[], index: PatternIndex): Unsafe[] {
  const key = `${masks[0]},${masks[1]},${masks[2]},${masks[3]},${masks[4]},${masks[5]},${masks[6]},${masks[7]},${sawBreak ? 1 : 0}${digitAfterBreak ? 1 : 0}`;
  let subset = index.cache.get(key);
  if (!subset) {
    subset = [];
    for (let i = 0; i < all.length; i++) {
      const s = index.slots[i]!;
      if (!marked(PRESENT_AT, s)) continue;
      switch (index.needs[i]) {
        case PREV:
          if (!marked(PREV_AT, s)) continue;
          break;
        case NEXT:
          if (!marked(NEXT_AT, s)) continue;
          break;
        case RUN:
          if (!marked(RUN_AT, s)) continue;
          break;
        case DIGITS:
          if (!digitAfterBreak) continue;
          break;
        case BREAK:
          if (!sawBreak) continue;
          break;
      }
      subset.push(all[i]!);
    }
    index.cache.set(key, subset);
  }
  return subset;
}

/** The `text` handler: the library's own, run with only the patterns that can apply. */
export const text: Handle = (node: Text, parent, state: State, info) => {
  const all = state.unsafe;
  const index = indexOf(all);
  if (index.unfiltered) return defaultHandlers.text(node, parent, state, info);
  scan(info.before, node.value, info.after, index.slot);
  state.unsafe = subsetOf(all, index);
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};
