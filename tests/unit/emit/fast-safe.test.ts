/** The pattern-filtering `safe` (and the other speed-ups) give the same MDX as mdast-util-to-markdown's defaults. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdastToMdx, referenceOptions } from '../../../src/lib/emit/to-mdx.ts';

/** Text rich in everything markdown, GFM and MDX treat specially (line endings included when `breaks`). */
const hostileTextWith = (breaks: boolean) => fc
  .array(
    fc.oneof(
      fc.constantFrom(...'\\`*_{}[]<>()#+-.!|~:&;@=$%"\'/ \t?^0123456789aeiAEI'.split('')),
      fc.constantFrom('import ', 'export ', 'http://', 'www.', 'a@b.co', '&lt;', '&#65;', '1.', '<!--', '```', '~~~', '\u00a0', 'é'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 25 },
  )
  .map((parts) => (breaks ? parts.join('') : parts.join('').replace(/[\r\n]/g, ' ')));
const hostileText = hostileTextWith(false);

/** Text with line endings (`\n`, `\r`, `\r\n`) followed by indentation and characters unsafe at a break. */
const brokenText = fc
  .array(
    fc.oneof(
      hostileTextWith(true),
      fc.constantFrom('\n', '\r', '\r\n', '\n  ', '\n\t', '\r \t'),
      fc.constantFrom(...'#>-+*=_`~[{<|:.)1ie \t'.split('')),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Phrasing: text next to links and `KbRef` elements, so before/after contexts vary. */
const phrasingOf = (texts: fc.Arbitrary<string>) =>
  fc.array(
    fc.oneof(
      texts.map((value): PhrasingContent => ({ type: 'text', value })),
      texts.map((value): PhrasingContent => ({ type: 'link', url: 'http://x', children: [{ type: 'text', value }] })),
      fc.tuple(texts, texts).map(([url, title]): PhrasingContent => ({ type: 'link', url, title, children: [{ type: 'text', value: 'x' }] })),
      texts.map((value): PhrasingContent => ({ type: 'mdxJsxTextElement', name: 'KbRef', attributes: [], children: [{ type: 'text', value }] })),
    ),
    { minLength: 1, maxLength: 4 },
  );
const phrasing = phrasingOf(hostileText);

/** Trees placing phrasing in paragraphs, headings, table cells, list items and JSX flow elements. */
const tree = phrasing.map(
  (children): Root => ({
    type: 'root',
    children: [
      { type: 'paragraph', children },
      { type: 'heading', depth: 2, children: structuredClone(children) },
      { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: structuredClone(children) }] }] },
      { type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: structuredClone(children) }] }] },
      { type: 'mdxJsxFlowElement', name: 'KbNote', attributes: [], children: [{ type: 'paragraph', children: structuredClone(children) }] },
    ],
  }),
);

test('the speed-ups give the same MDX as the defaults for arbitrary text', () => {
  fc.assert(
    fc.property(tree, (root) => {
      assert.equal(mdastToMdx(root), toMarkdown(root, referenceOptions));
    }),
    { numRuns: 3000 },
  );
});

test('the speed-ups give the same MDX as the defaults for text with line endings', () => {
  fc.assert(
    fc.property(phrasingOf(brokenText), (children) => {
      const root: Root = {
        type: 'root',
        children: [
          { type: 'paragraph', children },
          { type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: structuredClone(children) }] }] },
          { type: 'mdxJsxFlowElement', name: 'KbNote', attributes: [], children: [{ type: 'paragraph', children: structuredClone(children) }] },
        ],
      };
      assert.equal(mdastToMdx(root), toMarkdown(root, referenceOptions));
    }),
    { numRuns: 3000 },
  );
});

test('the speed-ups give the same MDX as the defaults for code fence info and content', () => {
  fc.assert(
    fc.property(hostileTextWith(true), hostileText, fc.option(hostileText), (value, lang, meta) => {
      const root: Root = { type: 'root', children: [{ type: 'code', lang, meta, value }, { type: 'code', lang: null, meta: null, value }] };
      assert.equal(mdastToMdx(root), toMarkdown(root, referenceOptions));
    }),
    { numRuns: 2000 },
  );
});
