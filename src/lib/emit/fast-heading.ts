/**
 * A `heading` handler equal to mdast-util-to-markdown's own, minus its setext check when that
 * check cannot succeed. The library decides between ATX and setext by walking the heading with
 * unist-util-visit (which renames a closure per node visited: ~5 µs a heading); setext is only
 * chosen with the `setext` option or when some text holds a line ending, so a heading whose
 * children are all text without line endings is written here by the library's ATX code, copied.
 * Any other heading goes to the library's handler. A property test compares both on arbitrary text.
 */
import type { Heading } from 'mdast';
import { defaultHandlers, type Handle, type State } from 'mdast-util-to-markdown';

/** Whether the library would write `node` as ATX without needing to look (see the file comment). */
function plainAtx(node: Heading, state: State): boolean {
  if (state.options.setext) return false;
  for (const child of node.children) if (child.type !== 'text' || /[\r\n]/.test(child.value)) return false;
  return true;
}

/** The `heading` handler: the library's ATX serialization when setext is ruled out, else the library's handler. */
export const heading: Handle = (node: Heading, parent, state: State, info) => {
  if (!plainAtx(node, state)) return defaultHandlers.heading(node, parent, state, info);
  const rank = Math.max(Math.min(6, node.depth || 1), 1);
  const tracker = state.createTracker(info);
  const sequence = '#'.repeat(rank);
  const exit = state.enter('headingAtx');
  const subexit = state.enter('phrasing');
  tracker.move(sequence + ' ');
  let value = state.containerPhrasing(node, { before: '# ', after: '\n', ...tracker.current() });
  const head = value.charCodeAt(0);
  // A leading tab or space would be eaten: the library writes it as a character reference.
  if (head === 9 || head === 32) value = `&#x${head.toString(16).toUpperCase()};` + value.slice(1);
  value = value ? sequence + ' ' + value : sequence;
  if (state.options.closeAtx) value += ' ' + sequence;
  subexit();
  exit();
  return value;
};
