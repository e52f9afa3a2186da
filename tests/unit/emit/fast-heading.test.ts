/** The heading handler writes every heading exactly as mdast-util-to-markdown's own handler does. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Heading, PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdastToMdx, referenceOptions } from '../../../src/lib/emit/to-mdx.ts';

/** Heading text: leading spaces and tabs, `#` runs, line endings, markdown and MDX syntax. */
const headingText = fc
  .array(fc.constantFrom(' ', '\t', '#', '##', ' #', 'a', 'Title', '\n', '\r\n', '\r', '*', '_', '{', '<', '`', '&', '1.', '-', '='), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** Heading children: text, sometimes a `KbRef` element or a break. */
const children = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: headingText.map((value): PhrasingContent => ({ type: 'text', value })) },
    { weight: 1, arbitrary: headingText.map((value): PhrasingContent => ({ type: 'mdxJsxTextElement', name: 'KbRef', attributes: [], children: [{ type: 'text', value }] })) },
    { weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: 'break' }) },
  ),
  { maxLength: 3 },
);

test('headings of every depth and content serialize as with the default handler', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 7 }), children, (depth, kids) => {
      const root: Root = { type: 'root', children: [{ type: 'heading', depth: depth as Heading['depth'], children: kids }] };
      assert.equal(mdastToMdx(root), toMarkdown(root, referenceOptions));
    }),
    { numRuns: 3000 },
  );
});
