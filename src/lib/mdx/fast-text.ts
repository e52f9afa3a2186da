/**
 * A faster `text` handler for mdast-util-to-markdown that escapes exactly like the default one.
 *
 * The library's `safe()` runs every in-scope unsafe pattern (~90 regular expressions) over each
 * text; that is most of the serializer's time on long paragraphs. A pattern can only flag a
 * position holding its `character`, and positions outside the text are only read back when they
 * hold a flagged character too, so patterns whose character occurs neither in the text nor in its
 * `before`/`after` context cannot change the result. This handler hides those patterns from the
 * library for the duration of one call; the escaping itself stays the library's.
 * A property test checks the output equals the default handler's on arbitrary text.
 */
import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown';

/** Distinct pattern characters of an unsafe list, cached per list instance. */
const charactersOf = new WeakMap<Unsafe[], string[]>();

/** The `text` handler: the library's own, run with only the patterns that can apply. */
export const text: Handle = (node: Text, parent, state: State, info) => {
  const all = state.unsafe;
  let characters = charactersOf.get(all);
  if (!characters) {
    characters = [...new Set(all.map((pattern) => pattern.character))];
    charactersOf.set(all, characters);
  }
  const subject = info.before + node.value + info.after;
  const present = new Set<string>();
  for (const character of characters) if (subject.includes(character)) present.add(character);
  state.unsafe = all.filter((pattern) => present.has(pattern.character));
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};
