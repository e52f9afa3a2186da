/** Astro integration: indexes the built site with Pagefind's Node API at build end, so `dist/` is always searchable. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { includeCharacters } from '../lib/search/ranking.ts';

/** Options of the Pagefind integration. */
export interface PagefindOptions {
  /** Folder under the output folder that receives the bundle. Default: `pagefind`. */
  bundle?: string;
}

/** Throws with every message when a Pagefind call reported errors (it never throws itself). */
function check(step: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Indexes every HTML file of `dir` (only `data-pagefind-body` regions count) and writes the bundle into it. */
export async function indexSite(dir: string, bundle: string, logger?: AstroIntegrationLogger): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: 'en',
      // Heading permalinks (`#`) are not words.
      excludeSelectors: ['.heading-anchor'],
      ...(includeCharacters ? { includeCharacters } : {}),
    });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: dir });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body under ${dir}`);
    const written = await index.writeFiles({ outputPath: `${dir.replace(/\/+$/, '')}/${bundle}` });
    check('writeFiles', written.errors);
    const ms = Math.round(performance.now() - started);
    logger?.info(`indexed ${added.page_count} pages in ${ms} ms → ${bundle}/`);
    return { pages: added.page_count, ms };
  } finally {
    await pagefind.close();
  }
}

/** The integration: runs {@link indexSite} on the output folder in `astro:build:done`. */
export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  const bundle = options.bundle ?? 'pagefind';
  return {
    name: 'kb-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The archive build (kbatlas build) renders in parts and indexes after merging them.
        if (process.env.KB_SKIP_INDEX === '1') return;
        await indexSite(fileURLToPath(dir), bundle, logger);
      },
    },
  };
}
