/**
 * Control characters of article text shown as their Unicode control pictures on the page: C0 but
 * tab, line feed, form feed and carriage return (NUL → ␀, BEL → ␇, ESC → ␛). HTML forbids them in a
 * page (browsers drop NUL; the others are parse errors), a terminal showing a page acts on them, and
 * a picture still shows what the source holds; no real article has one. DEL is left as it is: 20
 * real articles use it in file listings (Q97725), where browsers show nothing and a picture would
 * be noise. The model and its mdast tree keep them as read; the serializer's text and code handlers
 * (to-mdx.ts) and the front matter (frontmatter.ts) map them.
 */

const control = /[\u0000-\u0008\u000b\u000e-\u001f]/;
const controls = new RegExp(control.source, 'g');

/** `text` with each control character replaced by its control picture. */
export function showControls(text: string): string {
  return control.test(text) ? text.replace(controls, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0))) : text;
}

/** Plain data (objects, arrays, strings, numbers…) with `showControls` applied to every string in it; the same object when none changes. */
export function showControlsIn<T>(data: T): T {
  if (typeof data === 'string') return showControls(data) as T;
  if (data === null || typeof data !== 'object') return data;
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(data)) {
    const shown = showControlsIn(value);
    if (shown === value) continue;
    copy ??= (Array.isArray(data) ? [...data] : { ...data }) as Record<string, unknown>;
    copy[key] = shown;
  }
  return (copy ?? data) as T;
}
