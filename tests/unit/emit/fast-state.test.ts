/** The tracker and line indenter stand-ins give the same results as mdast-util-to-markdown's own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { toMarkdown, type State } from 'mdast-util-to-markdown';
import { createTracker, indentLines } from '../../../src/lib/emit/fast-state.ts';

/** The library's own utilities, as it puts them on the state it hands to handlers. */
const library = ((): Pick<State, 'createTracker' | 'indentLines'> => {
  let found: Pick<State, 'createTracker' | 'indentLines'> | undefined;
  toMarkdown({ type: 'root', children: [] }, {
    handlers: {
      root: (_node, _parent, state) => {
        found = { createTracker: state.createTracker, indentLines: state.indentLines };
        return '';
      },
    },
  });
  if (!found) throw new Error('the root handler was not called');
  return found;
})();

/** Output chunks full of line endings of every kind. */
const chunk = fc
  .array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', '\t', 'é', ''), { maxLength: 12 })
  .map((parts) => parts.join(''));

test('the tracker reports the same positions as the library tracker after any moves and shifts', () => {
  const step = fc.oneof(chunk.map((value) => ({ move: value })), fc.integer({ min: 0, max: 4 }).map((shift) => ({ shift })));
  const start = fc.record({ line: fc.integer({ min: 1, max: 9 }), column: fc.integer({ min: 1, max: 9 }), lineShift: fc.integer({ min: 0, max: 4 }) });
  fc.assert(
    fc.property(start, fc.array(step, { maxLength: 10 }), ({ line, column, lineShift }, steps) => {
      const config = { now: { line, column }, lineShift };
      const ours = createTracker(config);
      const theirs = library.createTracker(config);
      for (const s of steps) {
        if ('move' in s) assert.equal(ours.move(s.move), theirs.move(s.move));
        else {
          ours.shift(s.shift);
          theirs.shift(s.shift);
        }
        assert.deepEqual(ours.current(), theirs.current());
      }
    }),
    { numRuns: 3000 },
  );
});

test('the tracker treats a missing config and empty moves like the library tracker', () => {
  const ours = createTracker(undefined as never);
  const theirs = library.createTracker(undefined as never);
  assert.equal(ours.move(undefined), theirs.move(undefined));
  assert.deepEqual(ours.current(), theirs.current());
});

test('indentLines maps the same lines with the same arguments and joins them the same way', () => {
  fc.assert(
    fc.property(chunk, (value) => {
      const calls: unknown[] = [];
      const map = (line: string, index: number, blank: boolean): string => {
        calls.push([line, index, blank]);
        return blank ? '' : `> ${line}`;
      };
      const ours = indentLines(value, map);
      const ourCalls = calls.splice(0);
      assert.equal(ours, library.indentLines(value, map));
      assert.deepEqual(ourCalls, calls);
    }),
    { numRuns: 3000 },
  );
});
