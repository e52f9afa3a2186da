/**
 * Property-based tests of the parser and emitter together (fast-check): whatever the input, parsing
 * either gives a model or throws `KbSourceError` (nothing else), and every page emitted compiles with
 * Sätteri and @mdx-js/mdx. Cases per property: see runs.ts (FUZZ_RUNS raises them).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { jekyllArticle } from '../helpers/cli.ts';
import { assertCompiles, convert } from './convert.ts';
import { mutations } from './mutations.ts';
import { corpusSkip, corpusSources, ownSources } from './sources.ts';
import { params } from './runs.ts';

/** Text made of what markdown, MDX and the parser treat specially, with line breaks and tabs. */
const hostileLine = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'{}<>`*_[]()#|~:&;=$!\\/"\'-+. \t'.split('')),
      fc.constantFrom('<script>', '</div>', '{/* */}', 'export const x = 1', 'import a from "b"', 'http://a.bc/x', 'www.a.bc.de', 'x@y.com', 'Q123456', '&lt;', '<!--', '```', 'NOTE:', '1. ', '- ', '====', '----'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join('').replace(/[\r\n]/g, ' '));
const hostileBody = fc.array(hostileLine, { maxLength: 30 }).map((lines) => lines.join('\n'));

test('arbitrary text is parsed or refused with KbSourceError, and what is emitted compiles', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), hostileBody, fc.string({ maxLength: 200 })), async (text) => {
      const outcome = convert(text);
      if ('mdx' in outcome) await assertCompiles(outcome.mdx);
    }),
    params(200),
  );
});

test('arbitrary bytes, alone or spliced into an article, are parsed or refused with KbSourceError', async () => {
  const article = new TextEncoder().encode(jekyllArticle(4242, { body: 'Some text.\n\n- a list\n\n  code line' }));
  const spliced = fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 300 })).map(([at, bytes]) => {
    const i = at % article.length;
    return Uint8Array.from([...article.subarray(0, i), ...bytes, ...article.subarray(i)]);
  });
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 600 }), spliced), async (bytes) => {
      const outcome = convert(bytes);
      if ('mdx' in outcome) await assertCompiles(outcome.mdx);
    }),
    params(200),
  );
});

test('any printable body in a well-formed article is imported, never refused, and compiles', async () => {
  await fc.assert(
    fc.asyncProperty(hostileBody.filter((b) => !/[\u0000-\u0008\u000b-\u001f]/.test(b)), fc.string({ maxLength: 60 }).filter((t) => !/[\u0000-\u001f"\\]/.test(t)), async (body, title) => {
      const outcome = convert(jekyllArticle(123456, { body, title: title.trim() || 'T' }));
      assert.ok('mdx' in outcome, `refused: ${'refused' in outcome ? outcome.refused : ''}`);
      await assertCompiles(outcome.mdx);
    }),
    params(150),
  );
});

test('mutated project articles (lines lost or doubled, truncation, line endings, BOM, controls, long lines, stray {}<>`) never crash, and compile', async () => {
  const sources = ownSources();
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...sources), mutations, async (source, mutate) => {
      const outcome = convert(mutate(source));
      if ('mdx' in outcome) await assertCompiles(outcome.mdx);
    }),
    params(200),
  );
});

test('mutated corpus sample articles never crash, and compile', { skip: corpusSkip }, async () => {
  const sources = corpusSources(200);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...sources), mutations, async (source, mutate) => {
      const outcome = convert(mutate(source));
      if ('mdx' in outcome) await assertCompiles(outcome.mdx);
    }),
    params(150),
  );
});
