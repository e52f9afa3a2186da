/** Front matter data → YAML text, written by js-yaml: the library Astro reads front matter with. */
import { dump } from 'js-yaml';

/**
 * YAML for `data`: block style, keys in insertion order, no line folding, no anchors; strings that
 * would read back as another type (`2002-06-05`, `2.0`, `null`, and YAML 1.1 booleans like `yes`
 * or `on`) are quoted, non-printable characters escaped. No trailing newline.
 */
export function toYaml(data: unknown): string {
  return dump(data, { lineWidth: -1, noRefs: true, noCompatMode: false, sortKeys: false }).replace(/\n$/, '');
}
