/** Compares two folders file by file: what differs, by relative path. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Relative paths of the files under `dir`, sorted. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * `only in a: x`, `only in b: y`, `differs: z` lines; empty when both trees hold the same bytes.
 * Files for which `ignore` is true are left out on both sides.
 */
export function diffTrees(a: string, b: string, ignore: (file: string) => boolean = () => false): string[] {
  const left = new Set(filesOf(a).filter((file) => !ignore(file)));
  const right = new Set(filesOf(b).filter((file) => !ignore(file)));
  const lines: string[] = [];
  for (const file of left) {
    if (!right.has(file)) lines.push(`only in ${a}: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) lines.push(`differs: ${file}`);
  }
  for (const file of right) if (!left.has(file)) lines.push(`only in ${b}: ${file}`);
  return lines;
}
