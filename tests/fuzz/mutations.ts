/**
 * Damage done to real-looking articles: lines deleted or duplicated, truncation mid-line, CRLF and
 * mixed line endings, a BOM, NUL and control bytes, tabs turned to spaces, a 100k-character line,
 * random `{}<>` and backticks. Each mutation is a fast-check arbitrary of a text → text function.
 */
import fc from 'fast-check';

/** A named change to a source text. */
export type Mutation = (text: string) => string;

const lineEndings = ['\n', '\r\n', '\r'] as const;

/** Applies `f` to the lines of `text` and joins them back with LF. */
function onLines(text: string, f: (lines: string[]) => string[]): string {
  return f(text.split(/\r\n|\r|\n/)).join('\n');
}

/** Every mutation, each drawing its own positions. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((at): Mutation => (t) => onLines(t, (ls) => ls.filter((_, i) => i !== at % ls.length))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([at, n]): Mutation => (t) => onLines(t, (ls) => ls.filter((_, i) => i < at % ls.length || i >= (at % ls.length) + n))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([at, times]): Mutation => (t) => onLines(t, (ls) => ls.flatMap((l, i) => (i === at % ls.length ? Array<string>(times + 1).fill(l) : [l])))),
  fc.nat().map((at): Mutation => (t) => t.slice(0, at % (t.length + 1))),
  fc.constant<Mutation>((t) => t.replace(/\r?\n/g, '\r\n')),
  fc.constant<Mutation>((t) => t.replace(/\r?\n/g, '\r')),
  fc.array(fc.constantFrom(...lineEndings), { minLength: 1, maxLength: 8 }).map((ends): Mutation => (t) => {
    let i = 0;
    return t.replace(/\r?\n/g, () => ends[i++ % ends.length]!);
  }),
  fc.constant<Mutation>((t) => `\uFEFF${t}`),
  fc.tuple(fc.nat(), fc.constantFrom('\0', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u001f', '\u007f', '\u0085', '\u2028', '\uFFFD', '\uD800'))
    .map(([at, c]): Mutation => (t) => { const i = at % (t.length + 1); return t.slice(0, i) + c + t.slice(i); }),
  fc.constant<Mutation>((t) => t.replace(/\t/g, '    ')),
  fc.constant<Mutation>((t) => t.replace(/\t/g, ' ')),
  fc.tuple(fc.nat(), fc.constantFrom('x', ' ', '{', '<', '=', '-', '\t', '&lt;'))
    .map(([at, unit]): Mutation => (t) => onLines(t, (ls) => ls.map((l, i) => (i === at % ls.length ? l + unit.repeat(Math.ceil(100_000 / unit.length)) : l)))),
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('{', '}', '<', '>', '`', '```', '{/*', '*/}', '</', '<!--', '-->', '&lt;', '\\')), { minLength: 1, maxLength: 20 })
    .map((inserts): Mutation => (t) => {
      let out = t;
      for (const [at, s] of inserts) { const i = at % (out.length + 1); out = out.slice(0, i) + s + out.slice(i); }
      return out;
    }),
);

/** One to four mutations applied in turn. */
export const mutations: fc.Arbitrary<Mutation> = fc
  .array(mutation, { minLength: 1, maxLength: 4 })
  .map((ms): Mutation => (t) => ms.reduce((text, m) => m(text), t));
