/**
 * Incremental rendering for the archive build. Each route's getStaticPaths hands its pages here
 * with a digest of everything the page shows; only pages whose digest differs from the one recorded
 * when dist/ was last written are rendered. The digests of this build are written next to the old
 * ones, and the archive build promotes them once the rendered pages are merged into dist/.
 *
 *   KB_RENDER_STATE=<dir>   `<dir>/done/<route>.json` (pages in dist/) → `<dir>/next/<route>.json`
 *   KB_RENDER_PART=i/n      render only the i-th of n contiguous slices (parallel Astro processes;
 *                           contiguous, so each part's pages share folders the merge moves whole)
 *
 * Without KB_RENDER_STATE every page renders: the ordinary build is untouched.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfig } from '../build-config.ts';

/** Output file (relative to dist/) → digest of its inputs. */
export type PageDigests = Record<string, string>;


/** Reads one route's recorded digests (`{}` when none). */
export function readDigests(dir: string, route: string): PageDigests {
  try {
    return JSON.parse(readFileSync(join(dir, `${route}.json`), 'utf8')) as PageDigests;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Writes one route's digests atomically (parallel processes write the same content). */
export function writeDigests(dir: string, route: string, digests: PageDigests): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${route}.json.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(digests));
  renameSync(tmp, join(dir, `${route}.json`));
}

/**
 * The pages of `route` this build must render: all of them outside the archive build; in it, those
 * whose digest (`digestOfPage`, from page-digests.ts) changed since dist/ was written, sliced by
 * KB_RENDER_PART.
 */
export function planPages<T>(route: string, pages: readonly T[], fileOf: (page: T) => string, digestOfPage: (page: T) => string): T[] {
  const state = buildConfig().archive?.stateDir;
  if (!state) return [...pages];
  const next: PageDigests = {};
  const digests = pages.map((page) => {
    const file = fileOf(page);
    const digest = digestOfPage(page);
    next[file] = digest;
    return { page, file, digest };
  });
  writeDigests(join(state, 'next'), route, next);
  const done = readDigests(join(state, 'done'), route);
  const { index, count } = buildConfig().archive!.part;
  const stale = digests.filter(({ file, digest }) => done[file] !== digest);
  const size = Math.ceil(stale.length / count);
  return stale.slice(index * size, (index + 1) * size).map(({ page }) => page);
}
