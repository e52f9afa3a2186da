// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import outputMarker from './src/integrations/output-marker.ts';
import searchIndex from './src/integrations/search-index.ts';
import { checkContentDir, siteContentDir } from './src/lib/site/content-dir.ts';
import { cspDirectives, cspScriptResources, cspStyleResources } from './src/lib/site/csp.ts';

/** Public URL of the deployed site (absolute links, canonical URLs, sitemap). Default: the preview server. */
const site = process.env.KB_SITE_URL ?? 'http://localhost:4321';
/** Base path the site is served under (`/kbarchive/`). Default: the root. */
const base = process.env.KB_BASE_PATH ?? '/';
/**
 * Output folder. Default: `dist`. Tests build into their own folder (and cache, since the content
 * data store lives there) so parallel builds of other content or bases never collide.
 */
const outDir = process.env.KB_OUT_DIR ?? 'dist';
const cacheDir = process.env.KB_OUT_DIR ? `${outDir.replace(/\/+$/, '')}.cache` : undefined;

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
  build: { format: 'directory', concurrency: Number(process.env.KB_BUILD_CONCURRENCY ?? 8) },
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
    // (the archive build, KB_ARCHIVE_DIR, chooses its folder itself).
    {
      name: 'kb-atlas:content-dir',
      hooks: {
        'astro:config:setup': ({ command }) => {
          if ((command === 'build' || command === 'dev') && !process.env.KB_ARCHIVE_DIR) checkContentDir(siteContentDir());
        },
      },
    },
    mdx({ smartypants: false, syntaxHighlight: false }),
    searchIndex(),
    // Last: marks every file of the output (the search index's too) as this build's (output-marker.ts).
    outputMarker(),
  ],
});
