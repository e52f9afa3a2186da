/** Compares two folders file by file: what differs, by relative path. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/digest.ts';

/**
 * `only in a: x`, `only in b: y`, `differs: z` lines; empty when both trees hold the same bytes.
 * Files for which `ignore` is true are left out on both sides.
 */
export function diffTrees(a: string, b: string, ignore: (file: string) => boolean = () => false): string[] {
  const left = new Set(filesUnder(a).filter((file) => !ignore(file)));
  const right = new Set(filesUnder(b).filter((file) => !ignore(file)));
  const lines: string[] = [];
  for (const file of left) {
    if (!right.has(file)) lines.push(`only in ${a}: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) lines.push(`differs: ${file}`);
  }
  for (const file of right) if (!left.has(file)) lines.push(`only in ${b}: ${file}`);
  return lines;
}
