/**
 * Faster stand-ins for two mdast-util-to-markdown state utilities, equal in every result:
 *
 * - `createTracker`: the library's tracker splits every chunk of output into an array of lines (with
 *   a regular expression) just to count them; this one counts line endings in place.
 * - `indentLines`: the library's runs a global regular expression and collects an array; this one
 *   walks the line endings with `indexOf`.
 *
 * `root` is a `root` handler installing both, and the pattern-filtering `safe` of `fast-safe.ts`, on
 * the serializer's state before serializing as usual. A property test checks the tracker and
 * `indentLines` against the library's own functions.
 */
import type { Root } from 'mdast';
import { defaultHandlers, type Handle, type State } from 'mdast-util-to-markdown';
import { filterSafe } from './fast-safe.ts';

type Tracker = ReturnType<State['createTracker']>;
type TrackerConfig = Parameters<State['createTracker']>[0];
type Map = Parameters<State['indentLines']>[1];

/** A position tracker over generated output (same positions as the library's `track`). */
export function createTracker(config: TrackerConfig): Tracker {
  const options = config || {};
  const now = options.now || {};
  let lineShift = options.lineShift || 0;
  let line = now.line || 1;
  let column = now.column || 1;

  return {
    current: () => ({ now: { line, column }, lineShift }),
    shift(value: number) {
      lineShift += value;
    },
    move(input?: string | null) {
      const value = input || '';
      let breaks = 0;
      let tail = 0;
      if (value.indexOf('\r') === -1) {
        for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) {
          breaks++;
          tail = i + 1;
        }
      } else {
        for (let i = 0; i < value.length; i++) {
          const code = value.charCodeAt(i);
          if (code === 13 && value.charCodeAt(i + 1) === 10) i++;
          if (code === 10 || code === 13) {
            breaks++;
            tail = i + 1;
          }
        }
      }
      line += breaks;
      column = breaks === 0 ? column + value.length : 1 + (value.length - tail) + lineShift;
      return value;
    },
  };
}

/** Map each line of `value` (split on `\r\n`, `\r`, `\n`, endings kept) like the library's `indentLines`. */
export function indentLines(value: string, map: Map): string {
  let out = '';
  let start = 0;
  let line = 0;
  const crlf = value.indexOf('\r') !== -1;
  for (let i = crlf ? 0 : value.indexOf('\n'); i !== -1 && i < value.length; i = crlf ? i + 1 : value.indexOf('\n', i + 1)) {
    const code = value.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    const end = code === 13 && value.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    const text = value.slice(start, i);
    out += map(text, line, !text) + value.slice(i, end);
    start = end;
    i = end - 1;
    line++;
  }
  const text = value.slice(start);
  return out + map(text, line, !text);
}

/** The `root` handler: installs the stand-ins and the filtering `safe`, then serializes the root as the library does. */
export const root: Handle = (node: Root, parent, state: State, info) => {
  state.createTracker = createTracker;
  state.indentLines = indentLines;
  filterSafe(state);
  return defaultHandlers.root(node, parent, state, info);
};
