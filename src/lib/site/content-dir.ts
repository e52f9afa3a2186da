/**
 * The folder of imported `.mdx` pages the ordinary build (`npm run build`) reads: KB_CONTENT_DIR, or
 * the embedded default `content/kb`. Chosen here once; checked before a build starts, because a
 * mistyped folder would otherwise build an empty site over the previous one (Astro empties its
 * output folder first).
 */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Whether `dir` holds an `.mdx` page at any depth (the collection's glob is `** /*.mdx`). */
function holdsPage(dir: string): boolean {
  return readdirSync(dir, { recursive: true }).some((name) => String(name).endsWith('.mdx'));
}

/** Throws an error naming KB_CONTENT_DIR when `dir` is not a folder or holds no `.mdx` page. */
export function checkContentDir(dir: string): void {
  const info = statSync(dir, { throwIfNoEntry: false });
  const problem = !info ? 'does not exist' : !info.isDirectory() ? 'is not a folder' : !holdsPage(dir) ? 'holds no .mdx page' : null;
  if (!problem) return;
  throw new Error(
    `KB_CONTENT_DIR=${dir} ${problem} (${resolve(dir)}): nothing was built. ` +
      'Point it at a folder of imported pages (`kbatlas import <sources> --out <folder>`), or leave it unset for content/kb.',
  );
}
