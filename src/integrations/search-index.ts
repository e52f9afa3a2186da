/**
 * Astro integration: indexes the built site with Pagefind (src/lib/search/indexer) at build end, so
 * `dist/` is always searchable. `KB_SKIP_INDEX=1` skips it (the archive build indexes once after
 * merging its render parts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { diagnosticLine, indexProblem } from '../lib/diagnostics/diagnostic-line.ts';
import { buildConfig } from '../lib/build-config.ts';
import { indexSite } from '../lib/search/indexer/index-site.ts';

/** The integration. */
export default function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'kb-atlas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (buildConfig().skipIndex) {
          logger.info('KB_SKIP_INDEX=1: search index not built');
          return;
        }
        const report = await indexSite(fileURLToPath(dir), { log: (line) => logger.info(line) });
        logger.info(`search index (Pagefind): ${report.articles} articles in ${report.shards} shard${report.shards === 1 ? '' : 's'}; ${report.ms} ms`);
        // The others are indexed; the build still fails, so an article missing from search is never silent.
        if (report.failed.length > 0) {
          throw new Error(`search index: ${report.failed.length} pages could not be indexed:\n  ${report.failed.map((problem) => diagnosticLine(indexProblem(problem))).join('\n  ')}`);
        }
      },
    },
  };
}
