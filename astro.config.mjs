// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** Public URL of the deployed site (absolute links, canonical URLs). Default: the preview server. */
const site = process.env.KB_SITE_URL ?? 'http://localhost:4321';
/** Base path the site is served under (`/kbarchive/`). Default: the root. */
const base = process.env.KB_BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Archival text is shown as written: no curly quotes, no highlighting guesses.
  markdown: { smartypants: false, syntaxHighlight: false },
  integrations: [mdx({ smartypants: false, syntaxHighlight: false })],
});
