/**
 * Control characters of article text shown as their Unicode control pictures on the page: C0 but
 * tab, line feed, form feed and carriage return (NUL → ␀, ESC → ␛), and DEL (→ ␡). HTML forbids them
 * in a page (browsers drop NUL; the others are parse errors), a terminal showing a page acts on them,
 * and a picture still shows what the source holds. The model keeps them as read.
 */
import type { Nodes } from 'mdast';
import 'mdast-util-mdx';

const control = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const controls = new RegExp(control.source, 'g');

/** `text` with each control character replaced by its control picture. */
export function showControls(text: string): string {
  return control.test(text) ? text.replace(controls, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0))) : text;
}

/** A copy of plain data (objects, arrays, strings, numbers…) with `showControls` applied to every string in it. */
export function showControlsIn<T>(data: T): T {
  if (typeof data === 'string') return showControls(data) as T;
  if (Array.isArray(data)) return data.map(showControlsIn) as T;
  if (data !== null && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, showControlsIn(value)])) as T;
  return data;
}

/** Applies `showControls` to every text value and JSX attribute value of an mdast tree, in place. */
export function showControlsInTree(node: Nodes): void {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') node.value = showControls(node.value);
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const attribute of node.attributes) if (typeof attribute.value === 'string') attribute.value = showControls(attribute.value);
  }
  if ('children' in node) for (const child of node.children) showControlsInTree(child as Nodes);
}
