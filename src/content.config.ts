import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/page-format/schema.ts';
import { archiveDir } from './lib/site/archive-source.ts';
import { siteContentDir } from './lib/site/content-dir.ts';

/** Folder of imported `.mdx` pages: `content/kb` (the embedded default) unless KB_CONTENT_DIR says otherwise (checked before the build starts: astro.config.mjs). */
const contentDir = siteContentDir();

const articles = defineCollection({
  // An archive build (KB_ARCHIVE_DIR, set by `kbatlas build`) reads its folder directly
  // (src/lib/site/articles.ts), so the collection stays empty there.
  loader: archiveDir()
    ? () => []
    : // Ids are the file names (`Q311457.mdx` → `Q311457`), which the importer names after the article id.
      glob({
        pattern: '**/*.mdx',
        base: contentDir,
        generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
      }),
  schema: articleSchema,
});

export const collections = { articles };
