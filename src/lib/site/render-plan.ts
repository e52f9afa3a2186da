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

/** Output file (relative to dist/) → digest of its inputs. */
export type PageDigests = Record<string, string>;

/** The render state folder, or undefined outside the archive build. */
export function renderStateDir(): string | undefined {
  return process.env.KB_RENDER_STATE || undefined;
}

/** `i/n` of KB_RENDER_PART, or the whole. Throws on a malformed value rather than rendering the wrong slice. */
export function renderPart(value = process.env.KB_RENDER_PART): { index: number; count: number } {
  if (!value) return { index: 0, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) throw new Error(`KB_RENDER_PART must be i/n with 0 <= i < n, got '${value}'`);
  return { index, count };
}

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
  const state = renderStateDir();
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
  const { index, count } = renderPart();
  const stale = digests.filter(({ file, digest }) => done[file] !== digest);
  const size = Math.ceil(stale.length / count);
  return stale.slice(index * size, (index + 1) * size).map(({ page }) => page);
}
