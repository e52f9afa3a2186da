/** Front matter data → YAML text that YAML 1.1 and 1.2 parsers (js-yaml in Astro, `yaml`) read back identically. */
import { stringify } from 'yaml';

/**
 * YAML for `data`: YAML 1.1 quoting rules so `2002-06-05`, `yes` or `on` stay strings for js-yaml too,
 * no line folding, no aliases; no trailing newline.
 */
export function toYaml(data: unknown): string {
  return stringify(data, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false }).replace(/\n$/, '');
}
