// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import outputMarker from './src/integrations/output-marker.ts';
import searchIndex from './src/integrations/search-index.ts';
import { buildConfig } from './src/lib/build-config.ts';
import { checkContentDir } from './src/lib/site/content-dir.ts';
import { cspDirectives, cspScriptResources, cspStyleResources } from './src/lib/site/csp.ts';

/**
 * The build's settings, read from the environment once (src/lib/build-config.ts documents each and
 * its default). Tests build into their own output folder (and cache, since the content data store
 * lives there) so parallel builds of other content or bases never collide.
 */
const { site, base, outDir, cacheDir, concurrency, contentDir, archive } = buildConfig();

export default defineConfig({
  site,
  base,
  outDir,
  ...(cacheDir ? { cacheDir } : {}),
  // Pages are written as `dir/index.html` and every link we emit ends in `/`; 'ignore' (not 'always') so that
  // `astro preview` hands slashless short links like `/Q311457` to 404.html, whose script resolves them,
  // instead of answering with its own trailing-slash error page.
  trailingSlash: 'ignore',
  // Pages render a few at a time so one page's file write overlaps the next page's rendering
  // (at 1, about a third of a large build was spent idle waiting on writes).
  // Shared style and script are content-hashed files under `_astro/` that a browser fetches once and
  // caches (docs/deploy.md#page-weight), never copied into each of 60,000 pages: Astro inlines a
  // stylesheet or script below Vite's `assetsInlineLimit` (4 KB) unless told not to.
  build: { format: 'directory', concurrency, inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Those files are named by their content hash alone (`_astro/BF6vQsHm.js`), not also by the component
    // and script index Astro puts first (`CopyLinks.astro_astro_type_script_index_0_lang.BF6vQsHm.js`):
    // every page names them, so each character is paid 60,000 times.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js', assetFileNames: '_astro/[hash][extname]' },
          },
        },
      },
    },
  },
  // Archival text is shown as written: no curly quotes, no highlighting guesses.
  markdown: { smartypants: false, syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page: only hashed inline scripts run (src/lib/site/csp.ts).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...cspScriptResources] },
      styleDirective: { resources: [...cspStyleResources] },
    },
  },
  integrations: [
    // First: a KB_CONTENT_DIR naming no folder of pages stops `build` and `dev` before anything starts
    // (the archive build reads the articles of its render plan, KB_RENDER_PLAN).
    {
      name: 'kb-atlas:content-dir',
      hooks: {
        'astro:config:setup': ({ command }) => {
          if ((command === 'build' || command === 'dev') && !archive) checkContentDir(contentDir);
        },
      },
    },
    mdx({ smartypants: false, syntaxHighlight: false }),
    searchIndex(),
    // Last: marks every file of the output (the search index's too) as this build's (output-marker.ts).
    outputMarker(),
  ],
});
