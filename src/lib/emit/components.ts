/**
 * The MDX components the site provides (no imports are emitted; the page passes a component map).
 *
 * - `<KbRef id="Q266130">Q266130</KbRef>`: an inline mention; children are the id as written.
 * - `<KbRef id="Q266130" listed>Q266130 SMS: Component Versions …</KbRef>`: a reference-list entry;
 *   children are the id as written, a space, and the title the source gives.
 * - `<KbNote kind="warning" label="WARNING">…blocks…</KbNote>`: a callout with block children.
 */
import type { PhrasingContent, BlockContent, DefinitionContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** Component name of article mentions. */
export const KB_REF = 'KbRef';
/** Component name of callouts. */
export const KB_NOTE = 'KbNote';

/**
 * Most JSX elements the emitter writes on one line. Sätteri parses a line holding n JSX elements in
 * time growing as n² (2,000 / 4,000 / 8,000 `<KbRef>` on one line: 69 / 218 / 875 ms; on separate
 * lines 2 / 3 / 10 ms; docs/hardening.md), which made importing and building an article with a
 * paragraph of 16,000 references take minutes. No real article has this many on one line (the
 * archive's most is 234), so real pages are written as before.
 */
export const JSX_PER_LINE = 256;

/** A string-valued JSX attribute (`null` value = boolean attribute like `listed`). */
function attribute(name: string, value: string | null): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** `<KbRef id={id} [listed]>{text}</KbRef>` as an inline JSX element. */
export function kbRef(id: string, text: string, listed = false): MdxJsxTextElement {
  const attributes = [attribute('id', id)];
  if (listed) attributes.push(attribute('listed', null));
  const children: PhrasingContent[] = [{ type: 'text', value: text }];
  return { type: 'mdxJsxTextElement', name: KB_REF, attributes, children };
}

/** `<KbNote kind={kind} label={label}>…</KbNote>` as a flow JSX element holding blocks. */
export function kbNote(
  kind: string,
  label: string,
  children: Array<BlockContent | DefinitionContent>,
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: KB_NOTE,
    attributes: [attribute('kind', kind), attribute('label', label)],
    children,
  };
}
